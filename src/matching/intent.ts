// Picks the intent of a parsed question, or the reason to refuse it. Ordered rules rather than
// scores: each rule is a sentence a reviewer can check, and a wrong answer costs more than a refusal.
import type { Intent } from '../answering/types.js';
import { CUES, PARTICIPATION_WORDS, TALK_ANCHORS, UNSUPPORTED } from './lexicon.js';
import type { ParsedQuestion } from './parse.js';

export type Classification =
  | { readonly kind: 'intent'; readonly intent: Intent }
  | { readonly kind: 'refuse'; readonly reason: string; readonly intent: Intent };

const intent = (i: Intent): Classification => ({ kind: 'intent', intent: i });
const refuse = (reason: string, i: Intent = 'unknown'): Classification => ({ kind: 'refuse', reason, intent: i });

const DEFINING = ['stand for', 'stands for', 'standing for', 'acronym', 'abbreviation', 'abbreviated', 'short for', 'mean',
  'meaning', 'means', 'define', 'definition', 'full name', 'full form', 'expand', 'expansion'];

export function classify(p: ParsedQuestion): Classification {
  const padded = ` ${p.text} `;
  const has = (cue: string) => padded.includes(` ${cue} `);
  const hasAny = (cues: readonly string[]) => cues.some(has);
  const anyWord = (set: ReadonlySet<string>) => p.words.some((w) => set.has(w));
  const startsWith = (cues: readonly string[]) => cues.some((c) => p.text === c || p.text.startsWith(`${c} `));

  if (p.words.length === 0) return refuse('That question is empty.');
  const domain = p.people.length + p.organisations.length + p.topics.length + (p.scope.talks ? 1 : 0);
  if (hasAny(CUES.help) && domain === 0) return intent('help');

  for (const u of UNSUPPORTED) if (hasAny(u.cues)) return refuse(u.reason);
  if (p.unknown.length > 0) {
    const shown = p.unknown.slice(0, 3).map((w) => `"${w}"`).join(', ');
    return refuse(`The articles do not mention ${shown}, so I cannot answer that from them.`);
  }
  if (p.scope.mismatch && !(p.scopeIgnoringFormat.talks?.length !== 0 && isFormatQuestion(p, hasAny))) {
    return refuse(`In these articles ${p.scope.mismatch}.`);
  }

  if (hasAny(CUES.compare)) return intent('compare');
  if (hasAny(CUES.talks) && p.topics.length === 0 && p.people.length === 0) return intent('talks');
  if (p.organisations.length > 0 && (hasAny(DEFINING) || (startsWith(['what is', 'what s', 'whats', 'what are', 'who is', 'who are']) && p.people.length === 0 && p.topics.every((t) => p.organisations.length > 0 && t.id !== '')))) {
    if (!hasAny(CUES.agreements)) return intent('organisation');
  }
  if (p.people.length > 0 && hasAny(CUES.personRole) && !hasAny(CUES.said) && p.topics.length === 0 && !hasAny(CUES.agreements)) {
    return intent('person');
  }
  const strongAgreement = hasAny(CUES.agreements);
  const weakAgreement = hasAny(CUES.agreementsWeak);
  if (startsWith(['when', 'what date', 'which date', 'what day', 'on what date']) && (strongAgreement || weakAgreement) && p.topics.length === 0) {
    return intent('when');
  }
  if (strongAgreement || (weakAgreement && p.topics.length === 0)) return intent('agreements');
  if (p.topics.length > 0) return intent('topic');
  if (p.people.length > 0 && hasAny(CUES.said) && !hasAny(CUES.who)) return intent('topic');

  if (hasAny(CUES.when)) {
    if (anyWord(TALK_ANCHORS) || p.scope.talks || p.people.length > 0 || p.words.length <= 2) return intent('when');
    return refuse('I can only give the dates of the talks the articles report.', 'when');
  }
  if (isFormatQuestion(p, hasAny)) return intent('format');
  if (hasAny(CUES.who)) {
    if (anyWord(PARTICIPATION_WORDS) || p.scope.talks || p.people.length > 0 || p.words.length <= 2) return intent('who');
    return refuse('I can only say who took part in the talks the articles report.', 'who');
  }
  if (hasAny(CUES.summary)) return intent('summary');
  if (p.people.length > 0) return intent('person');
  if (p.organisations.length > 0) return intent('organisation');
  if (p.scope.talks && p.scope.talks.length > 0) return intent('summary');
  return refuse('I could not match that question to anything in the two articles.');
}

function isFormatQuestion(p: ParsedQuestion, hasAny: (cues: readonly string[]) => boolean): boolean {
  if (hasAny(CUES.who) || hasAny(CUES.when)) return false;
  return hasAny(CUES.format);
}
