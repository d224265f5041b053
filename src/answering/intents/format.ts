import type { KnowledgeBase, Talk } from '../../facts/types.js';
import { cite } from '../citations.js';
import { answered, hasAny } from '../result.js';
import type { Answer, Query } from '../types.js';
import { listing, longDate } from '../wording.js';

const IN_PERSON = ['in person', 'face to face', 'facetoface', 'physically', 'same room', 'travel', 'visit', 'visited', 'meet up', 'did they meet'];

/** How each talk was held; "was it in person?" and "was it a phone call?" get a yes or no first. */
const SIGNING = ['sign', 'signed', 'signing', 'documents', 'document'];

export function answerFormat(kb: KnowledgeBase, query: Query): Answer {
  const inScope = query.talks ?? kb.talks;
  // "Did they sign the documents in person?" is about the talks where something was signed.
  const signedAt = inScope.filter((t) => t.agreements.some((a) => a.kind === 'signed'));
  const talks = hasAny(query, SIGNING) && signedAt.length > 0 ? signedAt : inScope;
  const facts = talks.map((t) => `${longDate(t.date)}: ${t.format.label}${t.format.remote ? '' : ' (in person)'}.`);
  let lead = '';
  if (hasAny(query, IN_PERSON)) {
    const inPerson = talks.filter((t) => !t.format.remote);
    lead =
      inPerson.length === 0
        ? `No. ${talks.length > 1 ? 'Neither talk was' : 'The talks were not'} held in person.`
        : `Yes: ${listing(inPerson.map((t) => longDate(t.date)))} ${inPerson.length > 1 ? 'were' : 'was'} in person.`;
  } else if (query.formatTalks.length > 0 && /^(was|were|is|are|did|do|does)\b/.test(query.text)) {
    // The question names a format ("a phone call?"): say whether the talks in scope were held that way.
    const asked = new Set<Talk>(query.formatTalks);
    const matching = talks.filter((t) => asked.has(t));
    const named = listing([...asked].map((t) => t.format.label));
    if (matching.length === talks.length) lead = `Yes: ${talks.length > 1 ? 'these were' : 'it was'} ${named}.`;
    else if (matching.length === 0) lead = `No, not ${named}.`;
  }
  const text = [lead, ...facts].filter(Boolean).join('\n');
  return answered('format', text, talks.map((t) => cite(t, t.format)));
}
