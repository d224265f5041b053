// Who gave to whom. A claim that one side gave something to the other ("Vietnam donated medical supplies to
// China") says which way the gift went; an article sentence giving a gift's figure says who gave it (the
// figure's giver, data/talks) and so which side received it. The two are compared as one detail: the claim
// reversed is contradicted by the sentence that gives the gift, whatever else it shares with it.
import type { Organisation, Talk } from '../../facts/types.js';
import type { ClaimIndex } from './claim-index.js';
import type { Mentions } from './mentions.js';
import type { Lang } from '../../languages.js';

/** A claim's direction of giving: the party that gave and the one that received, as far as it names them. */
export interface Giving {
  readonly giver: Organisation | null;
  readonly recipient: Organisation | null;
  /** The body of the giver's side the claim names as the giver ("the Chinese government"), when it names one. */
  readonly giverBody?: SideBody | null;
}

/** A body of a side named with the side ("the Chinese government", "China's army", "中国政府"). */
export interface SideBody {
  /** The lexicon's words for the body ("government"). */
  readonly body: string;
  /** The claim's words, side and body ("chinese government"), to quote back. */
  readonly words: string;
}

/** The first and last token of the name or side's place that covers token i. */
function mentionSpan(m: Mentions, i: number): { readonly at: number; readonly end: number } {
  const span = [...m.names, ...m.allPlaces].find((x) => i >= x.at && i < x.end);
  return span ? { at: span.at, end: span.end } : { at: i, end: i + 1 };
}

/**
 * The body of a side named at token i ("the Chinese government", "the government of China"): a word of the
 * lexicon's `institutions` right after the side's name, or before it and "of". Null when the side is named alone.
 */
export function sideBodyAt(index: ClaimIndex, m: Mentions, i: number, nounFirst = false): SideBody | null {
  const { at, end } = mentionSpan(m, i);
  const typed = (from: number, to: number) => m.text.slice(m.tokens[from]?.at ?? 0, (m.tokens[to - 1]?.at ?? 0) + (m.tokens[to - 1]?.word.length ?? 0));
  const words = (from: number, to: number) => m.tokens.slice(from, to).map((t) => t.word).join(' ');
  const after = index.institutions.at(m.tokens, end);
  if (after) return { body: words(end, end + after.length), words: typed(at, end + after.length) };
  // Vietnamese puts the noun first ("chính phủ Trung Quốc": government China).
  for (let from = Math.max(0, at - INSTITUTION_WORDS); nounFirst && from < at; from++) {
    const hit = index.institutions.at(m.tokens, from);
    if (hit && from + hit.length === at) return { body: words(from, at), words: typed(from, end) };
  }
  const of = m.tokens[at - 1]?.word === 'of' ? at - 1 : m.tokens[at - 1]?.word === 'the' && m.tokens[at - 2]?.word === 'of' ? at - 2 : -1;
  for (let from = Math.max(0, of - INSTITUTION_WORDS); of > 0 && from < of; from++) {
    const hit = index.institutions.at(m.tokens, from);
    if (hit && from + hit.length === of) return { body: words(from, of), words: typed(from, end) };
  }
  return null;
}

/** "(the) government of (the) China": the token of the side a body's name at token i is "of", or null. */
function bodyOfSide(index: ClaimIndex, m: Mentions, i: number): number | null {
  const at = m.tokens[i]?.word === 'the' ? i + 1 : i;
  const hit = index.institutions.at(m.tokens, at);
  if (!hit || m.tokens[at + hit.length]?.word !== 'of') return null;
  const side = at + hit.length + 1;
  return m.tokens[side]?.word === 'the' ? side + 1 : side;
}

/** Words of a body's name, at most ("ministry of foreign affairs"). */
const INSTITUTION_WORDS = 4;

/** Words between the giver and the verb of giving, at most ("China's liaison department quickly donated"). */
const GIVER_REACH = 4;
/** Words between the verb and the "to" (or "from") naming the other party ("donated medical supplies worth … to"). */
const OBJECT_REACH = 8;

/**
 * The direction a claim gives a gift: the party named just before a verb of giving, and the party named after
 * "to" (or right after the verb: "gave Vietnam supplies"); for a verb of receiving, the other way round, the
 * giver after "from". Null when the claim has no such verb or names neither party.
 */
export function readGiving(index: ClaimIndex, m: Mentions, text: string): Giving | null {
  const lemmas = m.tokens.map((t) => (t.value === undefined ? { ...t, word: index.lemma(t.word) } : t));
  const word = (i: number) => m.tokens[i]?.word ?? '';
  const pause = (i: number) => /[,.;:!?()]/.test(text.slice((m.tokens[i]?.at ?? 0) + word(i).length, m.tokens[i + 1]?.at ?? 0));
  const partyAt = (i: number) => partyNamedAt(index, m, i);
  const giverBefore = (at: number): number | null => {
    for (let i = at - 1; i >= Math.max(0, at - GIVER_REACH) && !pause(i); i--) if (partyAt(i)) return i;
    return null;
  };
  // The verb with its doer before it: in "the medical aid China handed over", "aid" is the thing given, and the
  // party after it the giver of the verb that follows, not the recipient.
  const hits = index.giving.all(lemmas);
  const verb = hits.find((h) => giverBefore(h.at) !== null) ?? hits[0];
  // "Was it from the Chinese government?": no verb of giving, a thing said to come from a side names its giver.
  if (!verb) return sourceNamed(index, m, partyAt);
  const end = verb.at + verb.length;
  const beforeAt = giverBefore(verb.at);
  const before = beforeAt === null ? null : partyAt(beforeAt);
  const link = verb.value === 'give' ? 'to' : 'from';
  let afterAt = verb.value === 'give' && !pause(end - 1) && partyAt(end) ? end : null;
  for (let i = end; afterAt === null && i < Math.min(m.tokens.length, end + OBJECT_REACH); i++) {
    if (pause(i - 1) && i > end) break;
    if (word(i) !== link) continue;
    for (let k = i + 1; k <= i + 3 && afterAt === null; k++) if (partyAt(k)) afterAt = k;
    // "from the government of China": the side after the body it names.
    const body = afterAt === null ? bodyOfSide(index, m, i + 1) : null;
    if (body !== null && partyAt(body)) afterAt = body;
    break;
  }
  const after = afterAt === null ? null : partyAt(afterAt);
  const bodyOf = (at: number | null) => (at === null ? null : sideBodyAt(index, m, at));
  // Receiving needs its giver named ("got … from China"): "relations got worse" gives nothing.
  if (verb.value === 'receive') return after ? { giver: after, recipient: before, giverBody: bodyOf(afterAt) } : null;
  return before || after ? { giver: before, recipient: after, giverBody: bodyOf(beforeAt) } : null;
}

/** Words between "from" and the side it names as a source, at most ("from the Chinese government"). */
const SOURCE_REACH = 2;

/** "From" a side with no verb of giving ("was it from the Chinese government?"): that side gave it, to no one named. */
function sourceNamed(index: ClaimIndex, m: Mentions, partyAt: (i: number) => Organisation | null): Giving | null {
  const from = m.tokens.findIndex((t) => t.word === 'from');
  if (from < 0) return null;
  for (let i = from + 1; i <= from + 1 + SOURCE_REACH && i < m.tokens.length; i++) {
    const giver = partyAt(i);
    if (giver) return { giver, recipient: null, giverBody: sideBodyAt(index, m, i) };
    if (!index.functionWords.has(m.tokens[i]?.word ?? '')) return null;
  }
  return null;
}

/** The party a name at token i stands for: a person's, an organisation's, or a side's country. */
export function partyNamedAt(index: ClaimIndex, m: Mentions, i: number): Organisation | null {
  for (const n of m.names) if (i >= n.at && i < n.end) return index.partyOf(n.named);
  for (const p of m.allPlaces) {
    if (i >= p.at && i < p.end && p.place.side) {
      for (const n of m.names) if (n.named.kind === 'organisation' && n.named.organisation.id === p.place.id) return n.named.organisation;
      return index.sideParty(p.place.id);
    }
  }
  return null;
}

/**
 * Who did an act to whom, read off the words either side of it: the party named last before the verb at `at` and
 * the first after it, in the same clause (no pause between); `from`, where the one before is named. A party named as a possessive ("China's help") is
 * no actor; that does not matter here, where both sides are read the same way.
 */
export function partiesAround(index: ClaimIndex, m: Mentions, at: number, end: number, reach: number): { before: Organisation | null; after: Organisation | null; from: number } {
  const word = (i: number) => m.tokens[i]?.word ?? '';
  const pause = (i: number) => /[,.;:!?()]/.test(m.text.slice((m.tokens[i]?.at ?? 0) + word(i).length, m.tokens[i + 1]?.at ?? 0));
  let before: Organisation | null = null;
  let from = at;
  for (let i = at - 1; i >= Math.max(0, at - reach) && !pause(i) && !before; i--) {
    before = partyNamedAt(index, m, i);
    from = i;
  }
  let after: Organisation | null = null;
  for (let i = end; i < Math.min(m.tokens.length, end + reach) && !after; i++) {
    after = partyNamedAt(index, m, i);
    if (pause(i)) break;
  }
  return { before, after, from };
}

/** The party that gave what a sentence gives the figure of, from the figures' givers; null when it gives none. */
export function giverOf(index: ClaimIndex, figures: readonly { readonly from: Organisation }[]): Organisation | null {
  const parties = new Set(figures.map((f) => index.partyOf({ kind: 'organisation', organisation: f.from })).filter((p): p is Organisation => p !== null));
  return parties.size === 1 ? ([...parties][0] ?? null) : null;
}

/** The talk's other party: who received what one side gave. */
export function otherParty(talk: Talk, party: Organisation): Organisation | null {
  return talk.participants.map((p) => p.party).find((p) => p !== party) ?? null;
}

/** Who did an act to whom: the doer and the receiver, and where in the claim the act's words are. */
export interface Acting {
  readonly doer: Organisation;
  readonly receiver: Organisation;
  /** Tokens between the two parties as named (first, second). */
  readonly from: number;
  readonly to: number;
  /** The act's words, those to look for first in front ("offered condolences", "表示慰问" after "向越方"). */
  readonly act: readonly number[];
  /**
   * Whether the act found as claimed counts as a detail confirmed. In English the side speaking is checked already, and
   * a sentence without the act's word would leave it unconfirmed ("did the Chinese side praise Vietnam… both times?").
   */
  readonly confirms: boolean;
}

/** Words after the doer of a cleft ("it was China that…", "it was Quan who…"). */
const CLEFT_LINKS: ReadonlySet<string> = new Set(['that', 'who', 'which']);
const CLEFT_COPULAS: ReadonlySet<string> = new Set(['was', 'is', 'were', 'are']);

/** Whether "it was" (and "the") stands right before token `at`: the doer of a cleft ("it was the Chinese side that…"). */
export function cleftBefore(m: Mentions, at: number): boolean {
  let i = at - 1;
  if (m.tokens[i]?.word === 'the') i--;
  return i >= 1 && CLEFT_COPULAS.has(m.tokens[i]?.word ?? '') && m.tokens[i - 1]?.word === 'it';
}

/** Words a person's Vietnamese term may have before the one asked about ("ong tong dao"). */
const TERM_WORDS = 3;

/** The party at token i: a name or side the mentions found, or a side's or person's own Chinese term. */
export function partyAtToken(index: ClaimIndex, m: Mentions, i: number): Organisation | null {
  const named = partyNamedAt(index, m, i);
  if (named) return named;
  for (let from = i; from >= Math.max(0, i - TERM_WORDS); from--) {
    const hit = index.partyTerms.at(m.tokens, from);
    if (hit && from + hit.length > i) return hit.value;
  }
  return null;
}

/** Words after a claim's receiver its act may still be in ("中方 向 越方 表示 慰问": "expressed sympathy"). */
export const ACT_AFTER = 3;
/** Words before the second party the word turning the act round may stand ("by the Chinese side"). */
const TURN_REACH = 2;

/**
 * A claim in subject-verb-object order, in any language ("Vietnam thanked China", "越方 祝贺 中方", "中方 向 越方 表示
 * 慰问", "phía Trung Quốc chia buồn với Việt Nam"): the first party named is the doer, the next, after words between,
 * the receiver; turned round by "by" or "from" before the second ("Vietnam was congratulated by China", "received
 * condolences from China"). Null when the two are joined ("and", "each other"), the act is done together ("discussed
 * with"), nothing stands between them and no act follows, or the claim names fewer than two.
 */
export function readActing(index: ClaimIndex, m: Mentions, lang: Lang): Acting | null {
  // A side named as where something happened ("中国洪灾的时候", when China had floods) does nothing to the other.
  const where = (i: number) => m.places.some((p) => i >= p.at && i < p.end);
  const at = m.tokens.map((_, i) => i).filter((i) => partyAtToken(index, m, i) !== null && !where(i));
  const first = at[0];
  if (first === undefined) return null;
  const firstParty = partyAtToken(index, m, first);
  let end = first + 1;
  while (at.includes(end) && partyAtToken(index, m, end) === firstParty) end++;
  // "Chinese party official Song Tao praised…": the same party named again after a word for who they are (an
  // official, a head) is the one doer named twice, not an act on itself.
  const sameDoer = (i: number) => partyAtToken(index, m, i) === firstParty && [...Array(i - end).keys()].every((k) => index.functionWords.has(m.tokens[end + k]?.word ?? '') || index.notCounted.at(m.tokens, end + k) !== null || index.titles.at(m.tokens, end + k) !== null);
  for (let i = at.find((k) => k >= end); i !== undefined && i > end - 1 && sameDoer(i); i = at.find((k) => k >= end)) {
    end = i + 1;
    while (at.includes(end) && partyAtToken(index, m, end) === firstParty) end++;
  }
  // "Quan sent Vietnam's condolences to China": the doer's own side as a possessive says whose the thing given is,
  // no receiver ("thanked China's people" still names one).
  const possessive = (i: number) => /^[\p{L}\p{M}]+['’]s(?![\p{L}\p{M}])/u.test(m.text.slice(m.tokens[i]?.at ?? 0));
  /** The last token of the doer's side named from token i on. */
  const ownUntil = (i: number) => {
    let last = i;
    while (at.includes(last + 1) && partyAtToken(index, m, last + 1) === firstParty) last++;
    return last;
  };
  let next = at.find((i) => i > end);
  // Nor is the doer's side named again by one of its people ("Chinese party diplomat Song Tao lauds Vietnam's…"): no
  // side acts on itself.
  const person = (i: number) => m.names.some((n) => n.named.kind === 'person' && i >= n.at && i < n.end);
  while (next !== undefined && partyAtToken(index, m, next) === firstParty && (possessive(ownUntil(next)) || person(next))) {
    const last = ownUntil(next);
    next = at.find((i) => i > last);
  }
  // "中国遭遇洪灾，越方表示慰问": a party undergoing an event is where it was, no doer of the act after it.
  if (next === undefined || !firstParty || index.undergoing.at(m.tokens, end) || index.undergoing.at(m.tokens, end + 1)) return null;
  const secondParty = partyAtToken(index, m, next);
  if (!secondParty || at.some((i) => i >= end && i < next)) return null;
  // "…hit many localities in Vietnam": a side named where something happened is a place, no receiver of an act.
  if (m.places.some((x) => next >= x.at && next < x.end)) return null;
  const word = (i: number) => m.tokens[i]?.word ?? '';
  const { doerAfter, turning, receiverAfter, mutual } = index.actDirection;
  // "It was China that sent Vietnam…": the cleft's "it was" before the doer is no passive, nor a link between the two.
  // Its doer may end in a word for who ("the Chinese side that…", "the Vietnamese official who…").
  const cleft = cleftBefore(m, first) && (CLEFT_LINKS.has(word(end)) || (index.notCounted.at(m.tokens, end) !== null && CLEFT_LINKS.has(word(end + 1))));
  const from = cleft ? first : 0;
  // "by" or "from" before the second party, after a passive or a verb of receiving ("were offered … by", "got … from").
  const passive = m.tokens.slice(from, next).some((t) => turning.has(t.word));
  const turnAt = passive ? [...Array(TURN_REACH).keys()].map((k) => next - 1 - k).find((i) => i >= end && doerAfter.has(word(i))) : undefined;
  const between = [...Array(next - end).keys()].map((k) => end + k);
  // "越南收到中国的医疗物资" (Vietnam received China's medical supplies): a verb of receiving between the two, with no
  // "from" or "by", turns the act round as they do.
  const lemmas = m.tokens.map((x) => ({ ...x, word: index.lemma(x.word) }));
  const receivedAt = turnAt === undefined && secondParty !== firstParty ? between.find((i) => index.giving.at(lemmas, i)?.value === 'receive') : undefined;
  const received = receivedAt !== undefined;
  const turned = turnAt !== undefined || received;
  // "Song Tao, head of the CPC's department": a title between gives the first a role in the second, no act on it.
  if (between.some((i) => index.titles.at(m.tokens, i))) return null;
  const actWords = (ids: readonly number[]) => ids.filter((i) => !index.sideLinks.has(word(i)) && !index.functionWords.has(word(i)) && !index.talkWords.has(word(i)));
  for (let i = from; i < next; i++) {
    if (!index.sideLinks.has(word(i))) continue;
    // Turned round: the passive's or the receiving's own words go with the "by" or "from" ("were offered to … by").
    if (turned) continue;
    // "condolences with Vietnam": "with" after the act names its receiver; "Vietnam with China", "discussed with" join them.
    const acts = actWords(between.filter((k) => k < i));
    if (receiverAfter.has(word(i)) && i >= end && acts.length > 0 && !acts.some((k) => mutual.has(index.lemma(word(k))))) continue;
    return null;
  }
  // "Quan spoke to Song Tao by phone", "Quân điện đàm với Tống Đào" (phone talks with): a verb of the talk held together
  // (`mutual`: talk, speak, meet) or how it was held ("phone"), with no other act word beside it, is the talk the two
  // held, whatever word joins them ("to", "with"); what follows ("by phone") says how they met, not what one did to the other.
  const heldAs = (i: number) => m.formats.some((f) => i >= f.at && i < f.end);
  if (actWords(between).every(heldAs) && between.some((i) => heldAs(i) || mutual.has(index.lemma(word(i))))) return null;
  const after = [...Array(ACT_AFTER).keys()].map((k) => next + 1 + k).filter((i) => i < m.tokens.length);
  // "向越方表示慰问" ("to vietnam expressed sympathy"): in Chinese a receiver marked by "to" has its act after it; what
  // comes before is the doer's saying ("宣布"). In English and Vietnamese the act stands between.
  const marked = lang === 'zh' && word(next - 1) === 'to';
  // Passive, the act before both ("condolences were offered to Vietnam by China"): its words before the first party.
  const before = turnAt !== undefined ? [...Array(first).keys()] : [];
  // Received, the words before the verb are the receiver's own thing ("越南抗疫成绩受到中方高度评价": Vietnam's achievements
  // received China's praise), no act: the act is what the giver's side gives, after the verb.
  const own = receivedAt !== undefined ? between.filter((i) => i >= receivedAt) : between;
  const act = marked ? [...after, ...between] : actWords(own).length > 0 ? own : [...after, ...before];
  const confirms = lang !== 'en';
  return turned ? { doer: secondParty, receiver: firstParty, from: end, to: next, act, confirms } : { doer: firstParty, receiver: secondParty, from: end, to: next, act, confirms };
}
