// Search: no rule fitted the question, and ranking the facts (retrieval.ts, which also serves Find sources) answers
// with the statements that match it best, or says nothing matched.
import { answerSearch } from '../retrieval.js';
import { defineIntent } from './definition.js';

export const searchIntent = defineIntent({
  name: 'search',
  answer: answerSearch,
  decidesYesNo: false,
  aboutTheEvent: false,
  aboutPeople: false,
  aboutStatements: true,
  coverage: 'asked',
  evidence: null,
  followUp: { asksAgain: true, sameAtAnotherTalk: false, needsNoSubject: false },
});
