// The messages of each language.
import { en } from './en.js';
import type { Lang } from '../languages.js';
import type { Messages } from './messages.js';
import { vi } from './vi.js';
import { zh } from './zh.js';

const ALL: Readonly<Record<Lang, Messages>> = { en, vi, zh };

export function messagesFor(lang: Lang): Messages {
  return ALL[lang];
}
