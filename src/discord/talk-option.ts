// The options several commands share, as definitions (definition.ts): the optional `talk`, whose choices come
// from the data so that a third article adds a choice, and `hide`.
import { longDate } from '../answering/wording.js';
import type { KnowledgeBase, Talk } from '../facts/types.js';
import { truncate } from './rendering/truncate.js';
import { DiscordLimits } from './limits.js';
import type { BooleanOptionSpec, StringOptionSpec } from './definition.js';

export const TALK_OPTION = 'talk';
export const HIDE_OPTION = 'hide';

export function talkChoiceName(talk: Talk): string {
  return truncate(`${longDate(talk.date)} — ${talk.format.label}`, DiscordLimits.choiceName);
}

/** `talk`: which talk (default all). Past Discord's 25 fixed choices it autocompletes (suggestTalks). */
export const talkOption = {
  type: 'string',
  description: 'Which talk (default: all)',
  localizations: { vi: { name: 'cuộc-hội-đàm', description: 'Cuộc hội đàm nào (mặc định: tất cả)' }, zh: { name: '哪次会谈', description: '哪次会谈（默认：全部）' } },
  choices: (kb) => kb.talks.map((t) => ({ name: talkChoiceName(t), value: t.id })),
} as const satisfies StringOptionSpec;

/** `hide`: only the asker sees the answer (the 'hide-option' visibility). */
export const hideOption = {
  type: 'boolean',
  description: 'Only you see the answer',
  localizations: { vi: { name: 'ẩn', description: 'Chỉ bạn thấy câu trả lời' }, zh: { name: '隐藏', description: '只有你能看到回答' } },
} as const satisfies BooleanOptionSpec;

/** Talks for the `talk` option's autocomplete (used when there are more talks than fixed choices allow). */
export function suggestTalks(kb: KnowledgeBase, typed: string): { name: string; value: string }[] {
  const needle = typed.trim().toLowerCase();
  return kb.talks
    .map((t) => ({ name: talkChoiceName(t), value: t.id }))
    .filter((c) => !needle || c.name.toLowerCase().includes(needle) || c.value.includes(needle))
    .slice(0, DiscordLimits.autocompleteChoices);
}

/** The talk a `talk` value names, null for "all", or undefined when it names no talk (stale client, typed value). */
export function talkNamed(value: string | null, kb: KnowledgeBase): Talk | null | undefined {
  if (value === null) return null;
  return kb.talks.find((t) => t.id === value);
}
