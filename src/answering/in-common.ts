// "两篇报道在谈到疫情下怎么交流时，有什么共同的说法？", "what do both reports say in common about exchanges under COVID?":
// what the talks have in common on a subject is what each report says in wording the other shares, not each talk's
// best statements on the subject (which may say different things). Pairs of statements, one from each talk, are
// weighed by the rare words they share ("flexible forms"), one of the pair at least on the subject asked.
import type { Statement, Talk, Topic } from '../facts/types.js';
import type { Knowledge } from './types.js';

/** A word used by more statements than this says nothing particular (a side, "said", "cooperation"). */
export const MAX_SHARED_BY = 3;
/** Pairs sharing at least this share of the best pair's weight are common ground too. */
const NEAR_BEST = 0.75;
/** A pair of statements on no subject in common weighs this share of one on a subject they share. */
const ONE_SIDED = 0.5;
/** Most pairs an answer gives. */
const MAX_PAIRS = 2;

/**
 * The rare English lemmas of a statement, said in its own wording: its article sentence may hold a neighbouring
 * clause's words ("talks held via videoconferencing"), and a pivot's native keys ("vi:…") are no shared wording.
 */
function rareWords(k: Knowledge, s: Statement): ReadonlySet<string> {
  const out = new Set<string>();
  const own = s.text.toLowerCase();
  for (const f of k.facts.factsOf(s)) {
    for (const lemma of f.lemmas.keys()) {
      if (!lemma.includes(':') && /^[a-z]{3,}$/u.test(lemma) && own.includes(lemma) && k.facts.statementsUsing(lemma).length <= MAX_SHARED_BY) out.add(lemma);
    }
  }
  return out;
}

/**
 * The statements of each of two talks that say what both said on the subjects asked: the pairs sharing the most rare
 * words, each weighed by how rare it is; null when the talks are not two or no pair on a subject shares a rare word
 * (of `sharing`, when given: the words a question says the talks share, "a common word on forms of exchange").
 */
export function commonGround(k: Knowledge, talks: readonly Talk[], subjects: ReadonlySet<Topic>, sharing?: ReadonlySet<string>): ReadonlyMap<Talk, readonly Statement[]> | null {
  const [a, b] = talks;
  if (talks.length !== 2 || !a || !b) return null;
  const words = new Map<Statement, ReadonlySet<string>>();
  const wordsOf = (s: Statement) => words.get(s) ?? words.set(s, rareWords(k, s)).get(s) ?? new Set<string>();
  const pairs: { readonly a: Statement; readonly b: Statement; readonly weight: number }[] = [];
  for (const x of a.statements) {
    for (const y of b.statements) {
      // A pair weighs as much of its shared wording as it covers of the subjects asked ("疫情下怎么交流": COVID-19 and exchanges).
      const covered = [...subjects].filter((t) => x.topics.includes(t) || y.topics.includes(t)).length / Math.max(1, subjects.size);
      if (covered === 0) continue;
      const shared = [...wordsOf(x)].filter((w) => wordsOf(y).has(w));
      if (sharing && !shared.some((w) => sharing.has(w))) continue;
      // What both reports say on one subject ("高层交往方式": flexible forms of contact, both filed under high-level
      // contacts) is common ground more than a pair of statements on no subject in common, only one of them on the one
      // asked: their wording is shared by chance ("healthy, stable" development against stable relations).
      const oneSubject = x.topics.some((t) => y.topics.includes(t));
      const weight = covered * (oneSubject ? 1 : ONE_SIDED) * shared.reduce((sum, w) => sum + 1 / k.facts.statementsUsing(w).length, 0);
      if (weight > 0) pairs.push({ a: x, b: y, weight });
    }
  }
  const best = Math.max(0, ...pairs.map((p) => p.weight));
  if (best === 0) return null;
  const kept = pairs.filter((p) => p.weight >= best * NEAR_BEST).sort((p, q) => q.weight - p.weight).slice(0, MAX_PAIRS);
  const inOrder = (talk: Talk, chosen: readonly Statement[]) => talk.statements.filter((s) => chosen.includes(s));
  return new Map([
    [a, inOrder(a, kept.map((p) => p.a))],
    [b, inOrder(b, kept.map((p) => p.b))],
  ]);
}
