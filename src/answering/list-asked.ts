// "因为疫情没能如期举行的党际交流，具体是哪几场活动？": the question says something of the things it asks to name (not held
// as scheduled). A sentence listing things ("flexible forms of exchanges such as phone talks") names them only when it
// says that too; otherwise it lists other things (what was done instead), and quoting it as the answer is confidently
// wrong. What the question says of them: its words that are the articles' own (weight 1, so a loose sense of a verb,
// "give" read as "present", says nothing), used by some article sentence, and no name of a side, person or body.
import { normalizeData as normalize } from '../matching/normalize.js';
import type { Reading } from '../matching/reading.js';

/** The lemmas of what the question says of the things asked, which a listing sentence must use to answer it. */
export function saidOfAsked(reading: Reading, articleLemmas: ReadonlySet<string>): readonly string[] {
  const names = new Set(
    [...reading.people, ...reading.sidesNamed, ...reading.organisations].flatMap((e) => [e.name, ...e.aliases].flatMap((n) => normalize(n).split(' '))),
  );
  const own = reading.concepts.filter((c) => !c.asking && c.weight >= 1 && c.via === 'word' && articleLemmas.has(c.lemma) && !names.has(c.lemma) && !names.has(normalize(c.word)));
  return [...new Set(own.map((c) => c.lemma))];
}
