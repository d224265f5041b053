// The context an answer message carries, so a reply to it continues from it even after a restart (nothing is
// kept on the bot's side): a compact marker at the end of the embed footer, made of the answer's language,
// intent and ids, e.g. "↩ en agreements t:2022-04-19-videoconference p:le-hoai-trung,song-tao".
import type { Answer } from '../answering/types.js';
import { contextOf, type Context } from './context.js';
import { parseContext } from './context-schema.js';

const SIGN = '↩';
/** One letter per kind of id. */
const KINDS = { t: 'talks', p: 'people', o: 'organisations', s: 'topics', d: 'documents' } as const;
const MARKER = new RegExp(`${SIGN} ([a-z]{2}) ([a-z]+)((?: [tposd]:[a-z0-9-]+(?:,[a-z0-9-]+)*)*)$`);

/** The marker for an answer, or null when it leaves nothing to continue from. */
export function markerOf(answer: Answer): string | null {
  const context = contextOf(answer);
  if (!context) return null;
  const parts = Object.entries(KINDS)
    .filter(([, kind]) => context[kind].length > 0)
    .map(([letter, kind]) => `${letter}:${context[kind].join(',')}`);
  return [SIGN, context.lang, context.intent, ...parts].join(' ');
}

/** The context a text (an embed footer) ends with a marker for, or null. */
export function contextFromMarker(text: string): Context | null {
  const match = MARKER.exec(text);
  if (!match) return null;
  const [, lang, intent, rest = ''] = match;
  const ids: Record<string, string[]> = { talks: [], people: [], organisations: [], topics: [], documents: [] };
  for (const part of rest.trim().split(' ').filter(Boolean)) {
    const kind = KINDS[part[0] as keyof typeof KINDS];
    ids[kind] = part.slice(2).split(',');
  }
  return parseContext({ lang, intent, ...ids });
}
