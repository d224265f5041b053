import type { Agreement, Talk } from '../../facts/types.js';
import type { Reading } from '../../matching/reading.js';
import { cite } from '../citations.js';
import { answered, listed, MAX_AGREEMENTS_LISTED, notAnswered, talksOf } from '../result.js';
import type { Answer, Knowledge } from '../types.js';
import { capitalise, countWord, listing, longDate, names, talkLabel, talkLabels } from '../wording.js';

export interface FoundAgreement {
  readonly talk: Talk;
  readonly agreement: Agreement;
}

/** Agreements in `talks` that fit the reading: the documents it names, its topics, period years, people, "signed". */
export function matchingAgreements(talks: readonly Talk[], reading: Reading): FoundAgreement[] {
  // "signed or agreed" asks for both; "signed" alone only for documents.
  const signedOnly = reading.aspects.commitment === 'signed';
  const documents = new Set(reading.documents);
  const topics = new Set(reading.topics.map((t) => t.topic));
  return talks.flatMap((talk) =>
    talk.agreements
      .filter((a) => !signedOnly || a.kind === 'signed')
      // "the plan" / "the scheme" pick the documents named; otherwise a topic picks those about it.
      .filter((a) => (documents.size > 0 ? documents.has(a) : topics.size === 0 || a.topics.some((t) => topics.has(t))))
      .filter((a) => reading.periodYears.every((y) => a.period !== null && y >= a.period.from && y <= a.period.to))
      .filter((a) => reading.people.every((p) => a.parties.includes(p)))
      .map((agreement) => ({ talk, agreement })),
  );
}

function describe(talk: Talk, agreements: readonly Agreement[]): string {
  const signed = agreements.filter((a) => a.kind === 'signed');
  const parts: string[] = [];
  if (signed.length > 0) {
    const by = names(signed[0]?.parties ?? []);
    const all = talk.agreements.filter((a) => a.kind === 'signed').length;
    // Count the documents only when listing all of them ("signed two documents: …").
    const what = signed.length === all && all > 1 ? `${countWord(all)} documents: ${listing(signed.map((a) => a.text))}` : listing(signed.map((a) => a.text));
    parts.push(`${by} signed ${what}.`);
  }
  for (const kind of ['agreed', 'affirmed'] as const) {
    for (const a of agreements.filter((x) => x.kind === kind)) parts.push(`The two sides ${a.text}.`);
  }
  if (signed.length === 0 && talk.agreements.every((a) => a.kind !== 'signed')) parts.push('The report mentions no document signed.');
  return `${longDate(talk.date)}, ${talk.format.label}: ${parts.join(' ')}`;
}

/** What the articles report instead of an agreement on the topic asked: the hopes and calls ("only a hope"). */
function saidInstead(reading: Reading, talks: readonly Talk[]): string {
  const topics = new Set(reading.topics.map((t) => t.topic));
  const said = talks
    .slice(-MAX_AGREEMENTS_LISTED)
    .flatMap((talk) => talk.statements.filter((s) => s.topics.some((t) => topics.has(t))).map((s) => ({ talk, s })))
    .slice(-3);
  if (said.length === 0) return '';
  return ` What the articles report on it is not an agreement:\n${said.map(({ talk, s }) => `• ${longDate(talk.date)}: ${s.text}`).join('\n')}`;
}

/** What was signed, agreed or affirmed at each talk in scope; a yes/no question gets Yes or No first. */
export function answerAgreements(k: Knowledge, reading: Reading): Answer {
  const talks = talksOf(k, reading);
  const found = matchingAgreements(talks, reading);
  if (found.length === 0) {
    // "Was the scheme signed during the 2020 call?": No, it was signed at another talk, and here is where.
    const elsewhereDocs = k.kb.talks
      .flatMap((talk) => talk.agreements.filter((a) => reading.documents.includes(a)).map((agreement) => ({ talk, agreement })))
      .slice(-MAX_AGREEMENTS_LISTED);
    if (reading.aspects.yesNo && reading.documents.length > 0 && elsewhereDocs.length > 0) {
      const lines = elsewhereDocs.map(({ talk, agreement }) => `${capitalise(agreement.text)} was ${agreement.kind} on ${longDate(talk.date)}, during ${talk.format.label}.`);
      return answered('agreements', `No. ${lines.join(' ')}`, elsewhereDocs.map(({ talk, agreement }) => cite(talk, agreement)));
    }
    const what = reading.aspects.commitment === 'signed' ? 'no document signed' : 'no agreement';
    const scope = talks.length === 1 && talks[0] ? `the report of ${talkLabel(talks[0])}` : 'the articles';
    const about = reading.topics.length > 0 ? ` about ${listing([...new Set(reading.topics.map((t) => t.topic.label))])}` : '';
    const inScope = new Set(talks);
    const elsewhere = [...new Set(matchingAgreements(k.kb.talks, reading).map((f) => f.talk))].filter((t) => !inScope.has(t));
    const hint = elsewhere.length > 0 ? ` (There is one in ${talkLabels(elsewhere)}.)` : '';
    // "Did they agree on vaccine passports?": hoped for is not agreed; the refusal says what was said instead.
    const instead = reading.topics.length > 0 ? saidInstead(reading, talks) : '';
    return notAnswered('agreements', `${capitalise(scope)} mention${scope === 'the articles' ? '' : 's'} ${what}${about}.${hint}${instead}`);
  }
  const byTalk = new Map<Talk, Agreement[]>();
  for (const f of found) byTalk.set(f.talk, [...(byTalk.get(f.talk) ?? []), f.agreement]);
  const { shown, note } = listed([...byTalk.keys()]);
  const lines = shown.map((talk) => describe(talk, byTalk.get(talk) ?? []));
  const lead = reading.aspects.yesNo ? 'Yes.' : null;
  return answered(
    'agreements',
    [lead, ...lines, note].filter(Boolean).join('\n'),
    shown.flatMap((talk) => (byTalk.get(talk) ?? []).map((agreement) => cite(talk, agreement))),
  );
}
