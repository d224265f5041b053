// "Who was elected General Secretary at the CPV's 13th National Congress?": who did an act the reports never word,
// at an event they only mention (a congress, the General Secretaries' calls). The mention says the event was, not who
// did what there: answering with the sentence that names it would pass it off as the answer. The event is named in
// the refusal. An act the articles do word there ("who congratulated Vietnam on the Congress") is still answered.
import type { Topic } from '../facts/types.js';
import { COPULAS, OCCASION_PREPOSITIONS, VERB_ADVERBS } from './cues.js';
import type { Hit } from './entities.js';
import type { Features } from './intent.js';

/** Words at most between the preposition of occasion and the event ("at the CPV's"). */
const PLACE_REACH = 4;

/** The event only mentioned that a who-question asks an unworded act at, or null. */
export function actAtMentioned(f: Features): Hit<Topic> | null {
  if (f.entities.people.length > 0 || f.entities.unexplained.length === 0) return null;
  const who = f.cues.hits('who').filter((h) => h.at >= f.askFrom);
  const cue = who[0];
  if (!cue || who.length > 1) return null;
  let at = cue.at + cue.length;
  // "Who was (actually) elected": past the copula of a passive and its adverbs to the act.
  while (COPULAS.has(f.tokens[at]?.text ?? '') || VERB_ADVERBS.has(f.tokens[at]?.text ?? '')) at++;
  // A verb nothing in the articles covers, even by a related word ("voiced" sympathy is "expressed" it).
  if (!f.foreignVerb(at) || !f.uncoveredWord(at)) return null;
  // The event where it was done, placed by a preposition of occasion ("at the CPV's 13th National Congress"); a
  // thing the act was about ("voiced sympathy over the losses") is no occasion.
  const placed = (h: Hit<Topic>) => f.tokens.slice(Math.max(at + 1, h.at - PLACE_REACH), h.at).some((t) => OCCASION_PREPOSITIONS.has(t.text));
  return f.entities.unexplained.filter((h) => h.at > at && placed(h)).at(-1) ?? null;
}
