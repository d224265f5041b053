import type { Talk } from '../../facts/types.js';
import type { Reading } from '../../matching/reading.js';
import { cite } from '../citations.js';
import { answered, listed, talksOf } from '../result.js';
import type { Answer, Knowledge } from '../types.js';
import { listing, longDate, noneOf } from '../wording.js';

/** How each talk was held; "was it in person?" and "was it a phone call?" get a yes or no first. */
export function answerFormat(k: Knowledge, reading: Reading): Answer {
  const inScope = talksOf(k, reading);
  // "Did they sign the documents in person?" is about the talks where something was signed.
  const signedAt = inScope.filter((t) => t.agreements.some((a) => a.kind === 'signed'));
  const aboutSigning = reading.aspects.commitment === 'signed' || reading.aspects.commitment === 'any';
  const talks = aboutSigning && signedAt.length > 0 ? signedAt : inScope;
  const { shown, note } = listed(talks);
  const facts = shown.map((t) => `${longDate(t.date)}: ${t.format.label}${t.format.remote ? '' : ' (in person)'}.`);
  let lead = '';
  if (reading.aspects.inPerson) {
    const inPerson = talks.filter((t) => !t.format.remote);
    lead =
      inPerson.length === 0
        ? `No. ${talks.length > 1 ? `${noneOf(talks.length)} was` : 'The talks were not'} held in person.`
        : `Yes: ${listing(inPerson.map((t) => longDate(t.date)))} ${inPerson.length > 1 ? 'were' : 'was'} in person.`;
  } else if (reading.formatTalks.length > 0 && reading.aspects.yesNo) {
    // The question names a format ("a phone call?"): say whether the talks in scope were held that way.
    const asked = new Set<Talk>(reading.formatTalks);
    const matching = talks.filter((t) => asked.has(t));
    const named = listing([...new Set([...asked].map((t) => t.format.label))]);
    if (matching.length === talks.length) lead = `Yes: ${talks.length > 1 ? 'these were' : 'it was'} ${named}.`;
    else if (matching.length === 0) lead = `No, not ${named}.`;
  }
  const text = [lead, ...facts, note].filter(Boolean).join('\n');
  return answered('format', text, shown.map((t) => cite(t, t.format)));
}
