// A yes/no asking whether one side took up or answered what the other said ("did China accept that?", "did Song Tao
// agree to it?"). Only a sentence of that side can say so: a sentence of the side that proposed it says nothing of the
// response, and a Yes read from it would be confidently wrong. The verbs are data (data/lexicon/en.json
// `claims.responses`); the sides and people come from the knowledge base.
import type { KnowledgeBase, Organisation } from '../facts/types.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import type { Reading } from '../matching/reading.js';
import { normalize } from '../matching/normalize.js';
import { anyWordsAt } from '../matching/words-at.js';
import { once } from '../once.js';
import type { Answer } from './types.js';

/** The side whose response a yes/no asks and the answer's sentences never report speaking; null when none. */
export type UnreportedResponse = (reading: Reading, reply: Answer) => Organisation | null;

export function unreportedResponseChecker(kb: KnowledgeBase, lexicon: Lexicon): UnreportedResponse {
  const verbs = lexicon.claims.responses.map((p) => p.split(' '));
  // Each party's own words in every language, and each person's names, as normalised text has them: made on the first
  // yes/no that asks a response (few questions do; normalising every name was a few ms of every start).
  const namesOf = once(() => {
    const out = new Map<Organisation, readonly string[]>();
    const add = (party: Organisation, terms: readonly string[]) => out.set(party, [...(out.get(party) ?? []), ...terms.map((t) => normalize(t)).filter(Boolean)]);
    for (const org of kb.organisations.values()) if (org.sides.length > 0) add(org, [...org.sides, ...Object.values(org.sideTerms).flat()]);
    for (const person of kb.people.values()) add(person.party, [person.name, ...person.aliases, ...Object.values(person.terms).flat()]);
    return out;
  });

  return (reading, reply) => {
    if (!reading.aspects.yesNo || !reply.answered || reply.citations.length === 0) return null;
    const words = reading.said.words;
    const at = anyWordsAt(words, verbs);
    if (at < 0) return null;
    const before = ` ${words.slice(0, at).join(' ')} `;
    const subjects = [...namesOf()].filter(([, names]) => names.some((n) => before.includes(` ${n} `))).map(([party]) => party);
    // "Did Vietnam and China agree to…?", "宋涛对越方…回应": both sides named before the verb, whose response is
    // asked is not told by the order alone.
    if (subjects.length !== 1) return null;
    const side = subjects[0] ?? null;
    const cited = reply.citations.map((c) => kb.talks.find((t) => t.id === c.talk)?.statements.find((s) => s.quote === c.quote));
    // A document cited ("did China agree to the plan?") was signed by both: no one side's words to look for.
    if (cited.some((s) => s === undefined)) return null;
    return cited.some((s) => s?.speakers.some((p) => p.party === side) === true) ? null : side;
  };
}
