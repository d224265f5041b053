// What came after the talks is refused, but in a conversation a word of later time may be placed by it: "and what did
// they hope to do next?" after what China valued in 2020 is told in the past of those talks (the reader takes "next"
// so when a question names a talk it reports, and the conversation names it); "hai năm sau phía Việt Nam có ký văn kiện
// gì không?" ("two years later…") after the 2020 talks is the later talk, which the cue words stand for.
import type { Reader } from '../matching/read.js';
import type { ReadResult } from '../matching/reading.js';
import type { Lang } from '../languages.js';
import type { Talk } from '../facts/types.js';

/** Whether a read result is refused only as asking what came after the talks. */
export const refusedAsLater = (r: ReadResult): boolean => r.kind === 'refusal' && r.refusal.kind === 'unsupported' && r.refusal.topic === 'future';

/**
 * The question's reading with the conversation's talks as the time it is told of, the talks themselves left open (so
 * the conversation still frames it as a question naming none); `pointed` when cue words stand for talks ("two years
 * later"). Null when that time does not make it a question of the talks' own time ("what will they do next?" stays
 * refused).
 */
export function toldOfTalks(reader: Reader, rest: string, own: ReadResult, talks: readonly Talk[], written: Lang, pointed: boolean, lang?: Lang): ReadResult | null {
  if (!refusedAsLater(own) || talks.length === 0) return null;
  const placed = reader.read(rest, lang, { written, talks });
  // A summary is what a talk named alone gets ("what happened next?"): unless it asks a hope or a commitment ("what did
  // they hope to do next?"), the question asks nothing of the talks of its own.
  if (placed.kind !== 'reading') return null;
  // Nor, with no cue word standing for a talk, anything else ("when is the next face-to-face meeting scheduled?"): the
  // later time is then the question's own, past the talks, as it is alone.
  const { hoped, commitment } = placed.reading.aspects;
  if ((placed.reading.intent === 'summary' || !pointed) && !hoped && commitment === null) return null;
  return { kind: 'reading', reading: { ...placed.reading, scope: own.reading.scope } };
}
