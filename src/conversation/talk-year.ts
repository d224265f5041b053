// "That was 2021 right?" after when the phone talks were: a yes/no pointing back that names a year and nothing else,
// refused alone as talks of a year the articles do not report, claims that year of the conversation's one talk. It is
// that talk's date checked: "No: 29 July 2020, not 2021.", cited, never the refusal that no talks were held then.
import { cite } from '../answering/citations.js';
import { answerFrom, line } from '../answering/result.js';
import type { Answer } from '../answering/types.js';
import type { ReadResult } from '../matching/reading.js';
import { messagesFor } from '../i18n/index.js';
import type { Lang } from '../languages.js';
import type { Resolved } from './context.js';

const ids = (items: readonly { readonly id: string }[]) => items.map((i) => i.id);

/** The one year a question read whole is refused for as no talk of the articles' ("in 2021"); null otherwise. */
export function yearOfNoTalk(whole: ReadResult): number | null {
  if (whole.kind !== 'refusal') return null;
  const refusal = whole.refusal;
  const years =
    refusal.kind === 'period'
      ? refusal.years
      : refusal.kind === 'scope' && refusal.mismatch.kind === 'no-talk' && refusal.mismatch.labels.every((l) => l.kind === 'year')
        ? refusal.mismatch.labels.flatMap((l) => (l.kind === 'year' ? [l.year] : []))
        : [];
  const [year, ...more] = [...new Set(years)];
  return year !== undefined && more.length === 0 ? year : null;
}

/** No, with the talk's date, when the conversation is about one talk held in another year; null otherwise. */
export function talkYearDenied(year: number, prior: Resolved, lang: Lang): Answer | null {
  const [talk, ...more] = prior.talks;
  if (!talk || more.length > 0 || Number(talk.date.slice(0, 4)) === year) return null;
  const m = messagesFor(lang);
  const answer = answerFrom('when', lang, [line(m.claimNo([{ article: m.date(talk.date), claimed: String(year) }]), [cite(talk, talk.when)])]);
  const about = { talks: ids(prior.talks), people: ids(prior.people), organisations: ids(prior.organisations), topics: ids(prior.topics), documents: ids(prior.documents) };
  const note = m.carriedOver({ people: [], topics: [], documents: [], talks: prior.talks });
  return { ...answer, about, carried: { intent: null, note, talks: ids(prior.talks), people: [], organisations: [], topics: [], documents: [] } };
}
