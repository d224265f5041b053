// "Did Trung ask Vietnam to comply with the land border documents?": a yes/no on a call made of one side, when the
// sentences found report the call made of the other ("called on China to…"). The call is what they share, the side
// it was made of is what is asked: Yes would confirm the wrong side. The words of asking are data
// (data/lexicon/en.json `claims.status.hoped`), the sides' names come from the knowledge base.
import type { Organisation, Statement } from '../facts/types.js';
import { messagesFor } from '../i18n/index.js';
import { normalize } from '../matching/normalize.js';
import type { Reading } from '../matching/reading.js';
import { answerFrom, line } from './result.js';
import type { Answer, Knowledge } from './types.js';

/** The words this check reads with, built once per knowledge base: the sides' names and the words of asking. */
interface CallWords {
  readonly names: ReadonlyMap<Organisation, readonly string[]>;
  readonly asking: readonly string[];
  /** The sides each statement reports a call made of, read on first use (statements are the articles' own). */
  readonly told: WeakMap<Statement, readonly Organisation[]>;
}

const built = new WeakMap<Knowledge, CallWords>();

function callWordsOf(k: Knowledge): CallWords {
  const known = built.get(k);
  if (known) return known;
  const names = new Map<Organisation, readonly string[]>();
  for (const org of k.kb.organisations.values()) {
    if (org.sides.length > 0) names.set(org, [...org.sides, ...org.sideTerms.en].map((t) => normalize(t)).filter(Boolean));
  }
  const asking = k.claims().words.status.hoped.map((p) => normalize(p)).filter(Boolean);
  const words = { names, asking, told: new WeakMap<Statement, readonly Organisation[]>() };
  built.set(k, words);
  return words;
}

/** The side a call is made of in these words: the one named right after a word of asking and before "to". */
function sidesCalledOn(text: string, { asking, names }: CallWords): Organisation[] {
  const said = ` ${normalize(text)} `;
  const found = new Set<Organisation>();
  for (const verb of asking) {
    // Most texts hold no word of asking at all: the names are tried only after one that does.
    if (!said.includes(` ${verb} `)) continue;
    for (const [side, terms] of names) {
      // "urged the Vietnamese side to", "called on China to" (not "called on China and Vietnam to": both).
      if (terms.some((t) => said.includes(` ${verb} ${t} to `) || said.includes(` ${verb} the ${t} to `))) found.add(side);
    }
  }
  return [...found];
}

/** The sides a statement reports a call made of, read once per statement. */
function toldIn(s: Statement, words: CallWords): readonly Organisation[] {
  const known = words.told.get(s);
  if (known) return known;
  const sides = sidesCalledOn(s.text, words);
  words.told.set(s, sides);
  return sides;
}

/** The answer with No in place of its Yes, when every cited call was made of another side than the one asked. */
export function addresseeOtherwise(k: Knowledge, reading: Reading, reply: Answer): Answer | null {
  const m = messagesFor(reading.lang);
  if (reading.lang !== 'en' || !reading.aspects.yesNo || !reply.answered || reply.lines[0]?.text !== m.yes) return null;
  const words = callWordsOf(k);
  const asked = sidesCalledOn(reading.said.text, words);
  if (asked.length !== 1) return null;
  const statements = reply.citations.flatMap((c) => k.kb.talks.find((t) => t.id === c.talk)?.statements.filter((s) => s.quote === c.quote) ?? []);
  const told = statements.flatMap((s) => toldIn(s, words));
  if (told.length === 0 || told.some((s) => asked.includes(s))) return null;
  const rest = reply.lines.slice(1).map((l) => line(l.text, l.cites.flatMap((n) => reply.citations[n - 1] ?? [])));
  return answerFrom(reply.intent, reading.lang, [m.no, ...rest]);
}
