// "What did Quan say about the land border disputes in the 2020 call?": an area named as the subject's (the land
// border) that the talk asked about reports as another (the sea). The claim checker may put it right ("sea, not
// border") before what that talk said; a question naming no area is told without comparing any sentence.
import { uncorrected, type Reading } from '../../matching/reading.js';
import type { Knowledge } from '../types.js';
import { mayHaveDetails, readDetails } from './details.js';
import { mentionSigns } from './mention-signs.js';

/** Whether the question names an area (the sea, the land border): the articles may report the subject in another. */
export function namesArea(k: Knowledge, reading: Reading): boolean {
  const index = k.claims();
  return mayHaveDetails(index, reading) && mentionSigns(index, uncorrected(reading)).area && readDetails(index, uncorrected(reading)).mentions.allPlaces.some((p) => p.place.kind === 'area');
}
