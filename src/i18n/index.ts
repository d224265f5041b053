// The messages of each language.
import { en } from './en.js';
import type { Lang } from './languages.js';
import type { Messages } from './messages.js';

const ALL: Readonly<Record<Lang, Messages>> = { en, vi: en, zh: en };

export function messagesFor(lang: Lang): Messages {
  return ALL[lang];
}
