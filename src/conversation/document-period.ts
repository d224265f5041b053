// "That plan was for 2020-2025 right?", "giai đoạn 2022-2026 đúng ko?", "期限是哪几年？" after the documents signed: a
// follow-up asking the period of the conversation's document (a span of years set against it, or a term asked) is
// that document's period, checked or given. Read alone, the span's first year names a talk ("2020" is the phone
// talks) and a term with no document is refused as no date the articles give; with the document named where the
// question drops or names it, as if typed so, the period is answered: "No: 2021-2025, not 2022-2026."
import type { Engine } from '../answering/engine.js';
import type { Answer } from '../answering/types.js';
import type { Agreement } from '../facts/types.js';
import type { Lang } from '../languages.js';
import type { ReadResult, Reading } from '../matching/reading.js';
import type { Resolved } from './context.js';
import type { Cues } from './cues.js';
import { YEAR_SPAN_LINKS } from '../matching/cues.js';
import { escapeRegExp } from '../matching/normalize.js';
import { leadsYesOrNo } from './leads.js';
import { yearOfNoTalk } from './talk-year.js';

/** Two years joined as a span ("2020-2025", "2022 – 2026", "2021至2025年"). */
const YEAR_SPAN_MARKED = /(?:^|\D)(?:19|20)\d{2}\s*(?:[-–—~〜]|至|到)\s*(?:19|20)\d{2}(?:\D|$)/u;
/** Or by a word ("2020 to 2025", "2022 through 2027": data/lexicon/en-questions.json `yearSpanLinks`). */
const YEAR_SPAN_WORDED = new RegExp(`(?:^|\\D)(?:19|20)\\d{2}\\s+(?:${[...YEAR_SPAN_LINKS].map(escapeRegExp).join('|')})\\s+(?:19|20)\\d{2}(?:\\D|$)`, 'iu');
const YEAR_SPAN = { test: (q: string): boolean => YEAR_SPAN_MARKED.test(q) || YEAR_SPAN_WORDED.test(q) };

/** Whether the question sets a span of years of its own ("2020 to 2025"), which of a document is its period. */
export const spansYears = (q: string): boolean => YEAR_SPAN.test(q);

/**
 * Whether the question asks of a period: a span of years of its own, a term the reader refuses as no date given, or,
 * asked yes or no, one year refused as no talk's ("so it runs till 2030 right?": the period's end claimed).
 */
function asksPeriod(q: string, whole: ReadResult, yesNo: boolean): boolean {
  return YEAR_SPAN.test(q) || (whole.kind === 'refusal' && whole.refusal.kind === 'unsupported' && whole.refusal.topic === 'timing') || claimsYear(whole, yesNo);
}

/** A yes/no refused whole for one year of no talk: a year claimed of the document, which only a Yes or No answers. */
const claimsYear = (whole: ReadResult, yesNo: boolean) => yesNo && yearOfNoTalk(whole) !== null;

/** The document's names in the question's language, longest first, none that writes a year (its own period would answer itself). */
const namesOf = (document: Agreement, lang: Lang) => [...document.terms[lang]].filter((n) => !/\d/u.test(n)).sort((a, b) => b.length - a.length);

/**
 * The conversation's document's period asked of, answered from the talk that signed it (with the reading that answered
 * it, for what the answer took over); null when the question is not
 * one (it names someone, a subject or a talk of its own, or no document of the conversation has a period) or nothing
 * answers it so.
 */
export function documentPeriod(engine: Engine, q: string, found: Cues, own: ReadResult, whole: ReadResult, prior: Resolved, written: Lang, lang: Lang | undefined): { answer: Answer; reading: Reading } | null {
  const r = own.reading;
  // "The training one" of the documents signed at the conversation's talks is one of its documents too.
  const signedAtTalks = r.documents.filter((d) => prior.talks.some((t) => t.agreements.includes(d)));
  const documents = [...new Set([...prior.documents, ...signedAtTalks])].filter((d) => d.period !== null);
  if (documents.length === 0 || !asksPeriod(q, whole, r.aspects.yesNo) || found.namesTalks) return null;
  // A topic of the document's own ("cooperation" in "the cooperation plan") is the document, not a subject of the question's.
  const ownTopic = r.topics.some((t) => !documents.some((d) => d.topics.some((x) => x.id === t.topic.id)));
  if (r.people.length + r.sidesNamed.length > 0 || ownTopic || found.references.some((x) => x === 'person' || x === 'people')) return null;
  // It names a document of its own: only one of the conversation's, asked as it is; naming none, it is the conversation's.
  if (r.documents.length > 0 && !r.documents.every((d) => documents.includes(d))) return null;
  const signing = (a: Agreement) => engine.kb.talks.filter((t) => t.agreements.includes(a));
  const signedThere = (a: Answer) =>
    a.citations.length > 0 && a.citations.every((c) => engine.kb.talks.some((t) => t.id === c.talk && t.agreements.some((d) => documents.includes(d))));
  // A span set against it is a check, whatever its tag ("right?", "đúng ko?"): only a Yes or No answers it.
  const checked = YEAR_SPAN.test(q) || claimsYear(whole, r.aspects.yesNo);
  const fits = (answer: Answer) => answer.answered && answer.intent === 'agreements' && signedThere(answer) && (!checked || leadsYesOrNo(answer));
  if (r.documents.length > 0) {
    // Named: the span's years are its period, not a talk; asked at the talk that signed it.
    const talks = [...new Set(r.documents.flatMap(signing))];
    const reading: Reading = { ...r, intent: 'agreements', topics: [], scope: { talks, mismatch: null }, aspects: { ...r.aspects, yesNo: r.aspects.yesNo || YEAR_SPAN.test(q) } };
    const answer = engine.answerRead({ kind: 'reading', reading });
    return fits(answer) ? { answer, reading } : null;
  }
  for (const text of documents.flatMap((d) => namesOf(d, written).map((name) => (written === 'zh' ? `${name}${found.rest}` : `${name} ${found.rest}`)))) {
    const typed = engine.reader.read(text, lang, { written });
    if (typed.reading.documents.length === 0) continue;
    // Answered as if typed so, whole: the claim checker puts a wrong span right ("No: 2021-2025, not 2022-2026.").
    // A span set against it asked as a statement ("so both of those cover 2020 to 2025?") is still a yes or no.
    const asked = checked && !typed.reading.aspects.yesNo ? { kind: 'reading' as const, reading: { ...typed.reading, aspects: { ...typed.reading.aspects, yesNo: true } } } : null;
    const answer = asked ? engine.answerRead(asked) : engine.answer(text, lang ? { lang } : {});
    if (fits(answer)) return { answer, reading: typed.reading };
  }
  return null;
}
