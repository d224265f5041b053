// "And the earlier one was in June?" after the date of the 2022 talks: a date of no talk (a month or a day, no year),
// claimed of a talk the question points at ("the earlier one", "the other one", "that talk"), is that talk's date
// checked: "No: 29 July 2020, not June.", cited, never the latest talk's date nor the refusal that no talks were
// held then. Read alone, the claim names no talk, so it is checked against the talk the claim checker likes best.
import { cite } from '../answering/citations.js';
import { answerFrom, line } from '../answering/result.js';
import type { Answer } from '../answering/types.js';
import type { Talk } from '../facts/types.js';
import { messagesFor } from '../i18n/index.js';
import type { Lang } from '../languages.js';
import type { ReadResult } from '../matching/reading.js';

const ids = (items: readonly { readonly id: string }[]) => items.map((i) => i.id);

/** The months and days a question read alone is refused for as no talk's date ("in June"); empty otherwise. */
function datesOfNoTalk(own: ReadResult): readonly { readonly month: number; readonly day: number | null }[] {
  if (own.kind !== 'refusal' || own.refusal.kind !== 'scope' || own.refusal.mismatch.kind !== 'no-talk') return [];
  const labels = own.refusal.mismatch.labels;
  return labels.every((l) => l.kind === 'month') ? labels.flatMap((l) => (l.kind === 'month' ? [l] : [])) : [];
}

/**
 * No, with the pointed talk's date, when the question claims a month or day of no talk and `pointed` is the one talk
 * its words point at; null otherwise (a year named is the question's own talk: talk-year.ts checks those).
 */
export function pointedTalkDate(own: ReadResult, pointed: readonly Talk[] | null, lang: Lang): Answer | null {
  const dates = datesOfNoTalk(own);
  const [talk, ...more] = pointed ?? [];
  if (dates.length === 0 || !talk || more.length > 0) return null;
  const month = Number(talk.date.slice(5, 7));
  const day = Number(talk.date.slice(8, 10));
  // A date the talk had is no claim to put right.
  if (dates.some((d) => d.month === month && (d.day === null || d.day === day))) return null;
  const m = messagesFor(lang);
  const claimed = dates.map((d) => m.partialDate(null, d.month, d.day)).join(', ');
  const answer = answerFrom('when', lang, [line(m.claimNo([{ article: m.date(talk.date), claimed }]), [cite(talk, talk.when)])]);
  const note = m.carriedOver({ people: [], topics: [], documents: [], talks: [talk] });
  const about = { talks: [talk.id], people: [], organisations: [], topics: [], documents: [] };
  return { ...answer, about, carried: { intent: null, note, talks: ids([talk]), people: [], organisations: [], topics: [], documents: [] } };
}
