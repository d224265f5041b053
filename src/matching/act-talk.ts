// The words of the talks' statements, lemmatised once when the reader is built: which talk reports an act asked about
// ("why did China thank Vietnam?": thanked, at the 2020 call), and which statements use a word of the question, so that
// an act or a subject told in the question's own words bears a talk out against a date no talk has.
import type { Statement, Talk } from '../facts/types.js';

export interface StatementWords {
  /** The one talk whose statements report every act (a lemma) asked; null when none are asked, or they are at more talks or none. */
  readonly actTalk: (acts: readonly string[]) => Talk | null;
  /** The lemmas of a statement's words. */
  readonly of: (statement: Statement) => ReadonlySet<string>;
}

export function statementWords(talks: readonly Talk[], lemma: (word: string) => string): StatementWords {
  // Each statement's lemmas on first look: most questions ask of no act, and a thousand talks' statements took
  // tens of milliseconds of start-up.
  const statements: ReadonlySet<Statement> = new Set(talks.flatMap((t) => t.statements));
  const byStatement = new Map<Statement, ReadonlySet<string>>();
  const none: ReadonlySet<string> = new Set();
  const of = (s: Statement) => {
    let words = byStatement.get(s);
    if (words === undefined) {
      if (!statements.has(s)) return none;
      words = new Set((s.text.toLowerCase().match(/[a-z]+/g) ?? []).map(lemma));
      byStatement.set(s, words);
    }
    return words;
  };
  // The talks whose statements report an act, once per act (bounded): every talk's statements are read for it.
  const talksWith = new Map<string, ReadonlySet<Talk>>();
  const reporting = (act: string): ReadonlySet<Talk> => {
    let at = talksWith.get(act);
    if (at === undefined) {
      at = new Set(talks.filter((t) => t.statements.some((s) => of(s).has(act))));
      if (talksWith.size < MAX_ACTS) talksWith.set(act, at);
    }
    return at;
  };
  return {
    of,
    actTalk: (acts) => {
      if (acts.length === 0) return null;
      const each = acts.map(reporting);
      const fewest = each.reduce((a, b) => (b.size < a.size ? b : a));
      const at = [...fewest].filter((t) => each.every((set) => set.has(t)));
      return at.length === 1 ? (at[0] ?? null) : null;
    },
  };
}

/** Acts whose talks are remembered: the words of questions asked, so bounded. */
const MAX_ACTS = 10_000;
