// Picks the intent of a parsed question, or the reason to refuse it. Ordered rules rather than
// scores: each rule is a sentence a reviewer can check, and a wrong answer costs more than a refusal.
import type { Intent } from '../answering/types.js';
import { CUES, FUNCTION_WORDS, PARTICIPATION_WORDS, TALK_ANCHORS, UNSUPPORTED } from './lexicon.js';
import type { ParsedQuestion } from './parse.js';

export type Classification =
  | { readonly kind: 'intent'; readonly intent: Intent }
  | { readonly kind: 'refuse'; readonly reason: string; readonly intent: Intent };

const intent = (i: Intent): Classification => ({ kind: 'intent', intent: i });
const refuse = (reason: string, i: Intent = 'unknown'): Classification => ({ kind: 'refuse', reason, intent: i });

const DEFINING = ['stand for', 'stands for', 'standing for', 'acronym', 'abbreviation', 'abbreviated', 'short for', 'mean',
  'meaning', 'means', 'define', 'definition', 'full name', 'full form', 'expand', 'expansion'];
const WHAT_IS = ['what is', 'what are', 'who is', 'who are', 'whats'];
const WHEN_START = ['when', 'what date', 'which date', 'what day', 'which day', 'on what date', 'on which date', 'what year', 'which year'];
const HOW_HELD = /\bhow (were|was|did|do)\b.*\b(held|conducted|organised|organized|place|communicate|talk|talked|meet|met|happen|happened|done|hold)\b/;
const YES_NO_START = ['was', 'were', 'did', 'is', 'are', 'do', 'does'];

export function classify(p: ParsedQuestion): Classification {
  const padded = ` ${p.text} `;
  const has = (cue: string) => padded.includes(` ${cue} `);
  const hasAny = (cues: readonly string[]) => cues.some(has);
  const anyWord = (set: ReadonlySet<string>) => p.words.some((w) => set.has(w));
  const startsWith = (cues: readonly string[]) => cues.some((c) => p.text === c || p.text.startsWith(`${c} `));
  const agreementWords = hasAny(CUES.agreements) || hasAny(CUES.agreementsWeak);

  // 1. Nothing to read, or a request for help.
  if (p.words.length === 0) return refuse('Please ask a question in words, for example "Who took part in the talks?"');
  const domain = p.people.length + p.organisations.length + p.topics.length + (p.scope.talks ? 1 : 0);
  if (hasAny(CUES.help) && domain === 0) return intent('help');

  // 2. What the articles cannot answer: unsupported asks, unknown words, talks that do not exist.
  for (const u of UNSUPPORTED) if (hasAny(u.cues)) return refuse(u.reason);
  if (p.unknown.length > 0) {
    const shown = p.unknown.slice(0, 3).map((w) => `"${w}"`).join(', ');
    return refuse(`The articles do not mention ${shown}, so I cannot answer that from them.`);
  }
  const formatQuestion = isFormatQuestion(p, hasAny, startsWith);
  const scope = formatQuestion ? p.scopeIgnoringFormat : p.scope;
  if (scope.mismatch) return refuse(`In these articles ${scope.mismatch}.`);
  // A year inside the 2021-2025 plan is fine for the plan, but no talk took place then.
  if (p.periodYears.length > 0 && !agreementWords) {
    return refuse(`In these articles there were no talks in ${p.periodYears.join(' or ')}.`);
  }

  // The articles report what was said, not why; a "why" is answered only from a topic's statements that give a cause.
  const asksWhy = startsWith(['why', 'how come', 'for what reason', 'what was the reason', 'what is the reason']);
  if (asksWhy && p.topics.length === 0 && p.contentWords.length === 0) return refuse('The articles do not say why.');
  if (asksWhy) return intent('topic');

  // 3. Requests about the talks as a whole.
  if (hasAny(CUES.compare)) return intent('compare');
  if (hasAny(CUES.talks) && p.topics.length === 0 && p.people.length === 0) return intent('talks');
  if (hasAny(CUES.summaryStrong)) return intent('summary');
  if (formatQuestion && hasAny(CUES.formatStrong)) return intent('format');

  // 4. Organisations and people by name.
  if (p.organisations.length > 0 && hasAny(CUES.leaderOf) && p.people.length === 0) return intent('person');
  if (p.organisations.length > 0 && (hasAny(DEFINING) || startsWith(WHAT_IS)) && p.people.length === 0 && !hasAny(CUES.agreements) && !hasAny(CUES.said)) {
    return intent('organisation');
  }
  const asksWhen = startsWith(WHEN_START);
  if (p.people.length > 0 && !asksWhen && hasAny(CUES.participation) && !hasAny(CUES.said) && p.topics.length === 0) return intent('who');
  if (p.people.length > 0 && !asksWhen && hasAny(CUES.personRole) && !hasAny(CUES.said) && p.topics.length === 0 && !agreementWords) {
    return intent('person');
  }

  // 5. Dates of a signing or of a topic, then agreements and topics.
  if (asksWhen && (agreementWords || p.topics.length > 0)) return intent('when');
  if (hasAny(CUES.agreements) || (hasAny(CUES.agreementsWeak) && p.topics.length === 0)) return intent('agreements');
  if (hasAny(CUES.who) && hasAny(CUES.participation) && !hasAny(CUES.said)) return intent('who');
  if (p.topics.length > 0) return intent('topic');
  if ((p.people.length > 0 || p.contentWords.length > 0) && hasAny(CUES.said)) return intent('topic');

  // 6. Dates, format and participants of the talks.
  // "give me the dates": nothing but the cue and plain words is a question about the talks.
  const bare = (cues: readonly string[]) =>
    p.organisations.length === 0 && p.words.every((w) => FUNCTION_WORDS.has(w) || cues.some((c) => c.split(' ').includes(w)));
  if (hasAny(CUES.when)) {
    if (anyWord(TALK_ANCHORS) || p.scope.talks || p.people.length > 0 || bare(CUES.when)) return intent('when');
    return refuse('I can only give the dates of the talks the articles report.', 'when');
  }
  if (formatQuestion) return intent('format');
  if (hasAny(CUES.who)) {
    if (anyWord(PARTICIPATION_WORDS) || p.scope.talks || p.people.length > 0 || bare(CUES.who)) return intent('who');
    return refuse('I can only say who took part in the talks the articles report.', 'who');
  }
  if (hasAny(CUES.summary)) return intent('summary');
  if (p.people.length > 0) return intent('person');
  if (p.organisations.length > 0) return intent('organisation');
  if (p.scope.talks && p.scope.talks.length > 0) return intent('summary');
  return refuse('I could not match that question to anything in the two articles.');
}

/** "How were the talks held?", "was it in person?", "was the 2022 meeting a phone call?" */
function isFormatQuestion(
  p: ParsedQuestion,
  hasAny: (cues: readonly string[]) => boolean,
  startsWith: (cues: readonly string[]) => boolean,
): boolean {
  if (hasAny(CUES.formatStrong)) return true;
  // "phone or video?": two formats named means the format is the question.
  if (p.formatTalks.length > 1 && !hasAny(CUES.who) && !hasAny(CUES.when)) return true;
  if (hasAny(CUES.who) || hasAny(CUES.when) || p.topics.length > 0) return false;
  if (HOW_HELD.test(p.text) && !/\bhow (much|many|long)\b/.test(p.text)) return true;
  if (hasAny(CUES.format)) return true;
  // A yes/no question that names a format: "was the 2022 meeting a phone call?"
  return startsWith(YES_NO_START) && p.formatTalks.length > 0 && !hasAny(CUES.agreements) && !hasAny(CUES.summary);
}
