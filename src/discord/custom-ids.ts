// What a button carries. Buttons hold no state on the bot's side: everything a click needs is in its custom_id
// (at most 100 characters), so they keep working after a restart. Quotes are named by their article's place
// in id order and their number in it ("1.c"), with a checksum of the sentences named, so a button made
// before the articles changed is recognised as outdated rather than showing other sentences.
import { z } from 'zod';
import type { MatchLabel } from '../answering/message-sources.js';
import type { ArticleSentence, SentenceIndex } from '../answering/sentences.js';
import { DETAIL_KINDS, type DetailKind } from '../i18n/messages.js';
import { LANGS, type Lang } from '../languages.js';
import { DiscordLimits } from './limits.js';

const CUSTOM_ID_MAX = DiscordLimits.customId;

export type ButtonData =
  /** The next quotes of an answer, numbered from `first` of `total`. */
  | { readonly kind: 'more'; readonly lang: Lang; readonly first: number; readonly total: number; readonly refs: string; readonly sum: string }
  /** The next article sentences for a message (`target`, replied to when one is posted). */
  | { readonly kind: 'match'; readonly lang: Lang; readonly first: number; readonly total: number; readonly target: string | null; readonly refs: string; readonly sum: string }
  /** Post one sentence in the channel, as a reply to `target` where possible. */
  | { readonly kind: 'post'; readonly lang: Lang; readonly target: string | null; readonly sentence: string }
  /** Ask the suggested question. */
  | { readonly kind: 'ask'; readonly lang: Lang; readonly question: string };

export type ButtonKind = ButtonData['kind'];

const lang = z.enum(LANGS);
const count = z.coerce.number().int().min(1).max(10_000);
const target = z.union([z.literal('-').transform(() => null), z.string().regex(/^\d{17,20}$/)]);
/** "1.c", or with Find sources' label of the sentence: "1.c~cd" (contradicts: the date). */
const refs = z.string().regex(/^[0-9a-z]+\.[0-9a-z]+(~[a-z]+)?(,[0-9a-z]+\.[0-9a-z]+(~[a-z]+)?)*$/);
const sum = z.string().regex(/^[0-9a-z]{1,7}$/);

const schemas = {
  more: z.tuple([lang, count, count, sum, refs]).transform(([l, first, total, s, r]) => ({ kind: 'more' as const, lang: l, first, total, sum: s, refs: r })),
  match: z
    .tuple([lang, count, count, target, sum, refs])
    .transform(([l, first, total, t, s, r]) => ({ kind: 'match' as const, lang: l, first, total, target: t, sum: s, refs: r })),
  post: z.tuple([lang, target, z.string().regex(/^[^\s:]+:\d+$/)]).transform(([l, t, sentence]) => ({ kind: 'post' as const, lang: l, target: t, sentence })),
  ask: z.tuple([lang, z.string().min(1)]).transform(([l, question]) => ({ kind: 'ask' as const, lang: l, question })),
};

/** How many ':'-separated fields each kind has after its name (the last one may itself hold ':'). */
const FIELDS: Readonly<Record<ButtonKind, number>> = { more: 5, match: 6, post: 3, ask: 2 };

function isKind(value: string): value is ButtonKind {
  return Object.hasOwn(FIELDS, value);
}

/** The button's data, or null for a custom_id this bot never made (or an older form of it). */
export function parseCustomId(customId: string): ButtonData | null {
  if (customId.length > CUSTOM_ID_MAX) return null;
  const colon = customId.indexOf(':');
  const kind = customId.slice(0, colon);
  if (colon < 0 || !isKind(kind)) return null;
  const parts = customId.slice(colon + 1).split(':');
  const n = FIELDS[kind];
  const fields = [...parts.slice(0, n - 1), parts.slice(n - 1).join(':')];
  if (parts.length < n) return null;
  const parsed = schemas[kind].safeParse(fields);
  return parsed.success ? parsed.data : null;
}

const NEWLINE = '\n'.charCodeAt(0);

/** FNV-1a step over each code point of `text`, walked in place (no joined string, no iterator): every answer with more quotes than shown pays it. */
function fnv(h: number, text: string): number {
  let hash = h;
  for (let i = 0; i < text.length; i++) {
    const point = text.codePointAt(i) ?? 0;
    if (point > 0xffff) i++;
    hash = Math.imul(hash ^ point, 0x01000193) >>> 0;
  }
  return hash;
}

/** FNV-1a over the sentences' ids and texts (each followed by a newline), code point by code point, in base 36. */
export function checksum(sentences: readonly ArticleSentence[]): string {
  let h = 0x811c9dc5;
  for (const s of sentences) {
    h = Math.imul(fnv(h, s.id) ^ NEWLINE, 0x01000193) >>> 0;
    h = Math.imul(fnv(h, s.text) ^ NEWLINE, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

function refOf(index: SentenceIndex, s: ArticleSentence): string | null {
  const position = index.articles.indexOf(s.article);
  return position < 0 ? null : `${position.toString(36)}.${s.n.toString(36)}`;
}

/** A label in a few letters: the verdict's initial, then one letter per kind of detail that differs. */
const VERDICT_CODES = { supports: 's', contradicts: 'c', related: 'r' } as const;
const DETAIL_CODES: Readonly<Record<DetailKind, string>> = {
  number: 'n', amount: 'a', date: 'd', period: 'p', place: 'l', format: 'f', person: 'w', role: 'o', polarity: 'y', status: 't', kind: 'k',
};

function labelCode(label: MatchLabel): string {
  return `${VERDICT_CODES[label.verdict]}${label.differs.map((k) => DETAIL_CODES[k]).join('')}`;
}

/** The labels a More matches button carries, one per sentence (null for a sentence without one). */
export function labelsOf(data: { readonly refs: string }): (MatchLabel | null)[] {
  return data.refs.split(',').map((ref) => {
    const code = ref.split('~')[1];
    const verdict = (Object.keys(VERDICT_CODES) as (keyof typeof VERDICT_CODES)[]).find((v) => VERDICT_CODES[v] === code?.[0]);
    if (!code || !verdict) return null;
    const differs = [...code.slice(1)].flatMap((c) => DETAIL_KINDS.filter((k) => DETAIL_CODES[k] === c));
    return { verdict, differs };
  });
}

/**
 * `head` (which must end with ":") followed by the checksum and the references of as many of `sentences` as
 * fit in a custom_id (each with its label, when given), and how many that is; null when not even one fits.
 */
function withRefs(head: string, index: SentenceIndex, sentences: readonly ArticleSentence[], labels: readonly (MatchLabel | null)[] = []): { id: string; count: number } | null {
  const all: string[] = [];
  for (const [i, s] of sentences.entries()) {
    const ref = refOf(index, s);
    if (ref === null) break;
    const label = labels[i];
    all.push(label ? `${ref}~${labelCode(label)}` : ref);
  }
  for (let k = all.length; k >= 1; k--) {
    const id = `${head}${checksum(sentences.slice(0, k))}:${all.slice(0, k).join(',')}`;
    if (id.length <= CUSTOM_ID_MAX) return { id, count: k };
  }
  return null;
}

/** The More sources button of an answer whose quotes from number `first` on (of `total`) are `sentences`. */
export function moreId(index: SentenceIndex, l: Lang, first: number, total: number, sentences: readonly ArticleSentence[]): string | null {
  return withRefs(`more:${l}:${first}:${total}:`, index, sentences)?.id ?? null;
}

/** The More matches button of Find sources (with each sentence's label, so the next page shows it too). */
export function matchId(
  index: SentenceIndex,
  l: Lang,
  first: number,
  total: number,
  targetId: string | null,
  sentences: readonly ArticleSentence[],
  labels: readonly (MatchLabel | null)[] = [],
): string | null {
  return withRefs(`match:${l}:${first}:${total}:${targetId ?? '-'}:`, index, sentences, labels)?.id ?? null;
}

export function postId(l: Lang, targetId: string | null, sentence: ArticleSentence): string | null {
  const id = `post:${l}:${targetId ?? '-'}:${sentence.id}`;
  return id.length <= CUSTOM_ID_MAX ? id : null;
}

export function askId(l: Lang, question: string): string | null {
  const id = `ask:${l}:${question}`;
  return id.length <= CUSTOM_ID_MAX ? id : null;
}

/** The sentences a button names, or null when they are not those it was made for (the articles changed). */
export function sentencesOf(index: SentenceIndex, data: { readonly refs: string; readonly sum: string }): ArticleSentence[] | null {
  const out: ArticleSentence[] = [];
  for (const ref of data.refs.split(',')) {
    const [a = '', n = ''] = (ref.split('~')[0] ?? '').split('.');
    const article = index.articles[parseInt(a, 36)];
    const sentence = article ? index.byId(`${article.id}:${parseInt(n, 36)}`) : undefined;
    if (!sentence) return null;
    out.push(sentence);
  }
  return checksum(out) === data.sum ? out : null;
}
