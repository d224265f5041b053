import type { Agreement, Talk, Topic } from '../../facts/types.js';
import type { Reading } from '../../matching/reading.js';
import { cite } from '../citations.js';
import { answered, MAX_AGREEMENTS_LISTED, notAnswered, talksOf } from '../result.js';
import type { Answer, Knowledge } from '../types.js';
import { capitalise, countWord, listing, longDate, names, talkLabel, talkLabels } from '../wording.js';

export interface FoundAgreement {
  readonly talk: Talk;
  readonly agreement: Agreement;
}

export interface AgreementsFound {
  /** The matches of the newest talks that have any, at most `maxTalks` of them, oldest first. */
  readonly found: readonly FoundAgreement[];
  /** All matches, and the talks they are at. */
  readonly total: number;
  readonly talks: number;
}

/**
 * Agreements in `talks` that fit the reading: the documents it names, its topics, period years, people,
 * "signed". Read from the index newest first; only the newest talks' matches are kept, the rest counted.
 */
export function matchingAgreements(k: Knowledge, talks: readonly Talk[], reading: Reading, maxTalks = MAX_AGREEMENTS_LISTED): AgreementsFound {
  // "signed or agreed" asks for both; "signed" alone only for documents.
  const signedOnly = reading.aspects.commitment === 'signed';
  const documents = new Set(reading.documents);
  const topics = new Set(reading.topics.map((t) => t.topic));
  const inScope = talks.length === k.kb.talks.length ? null : new Set(talks);
  const fits = (talk: Talk, a: Agreement) =>
    (!inScope || inScope.has(talk)) &&
    (!signedOnly || a.kind === 'signed') &&
    // "the plan" / "the scheme" pick the documents named; otherwise a topic picks those about it.
    (documents.size > 0 ? documents.has(a) : topics.size === 0 || a.topics.some((t) => topics.has(t))) &&
    reading.periodYears.every((y) => a.period !== null && y >= a.period.from && y <= a.period.to) &&
    reading.people.every((p) => a.parties.includes(p));
  // Newest talk first, each talk's agreements in the article's order.
  const byTalk = new Map<Talk, FoundAgreement[]>();
  let total = 0;
  let talkCount = 0;
  // The named documents or the topic's agreements when the question names them: fewer to read than all.
  const pairs =
    documents.size > 0
      ? k.facts.agreements.filter((p) => documents.has(p.agreement))
      : topics.size === 1
        ? k.facts.agreementsOn([...topics][0] as Topic)
        : k.facts.agreements;
  for (const pair of pairs) {
    if (!fits(pair.talk, pair.agreement)) continue;
    total++;
    const list = byTalk.get(pair.talk);
    if (list) list.push(pair);
    else if (++talkCount <= maxTalks) byTalk.set(pair.talk, [pair]);
  }
  return { found: [...byTalk.values()].reverse().flat(), total, talks: talkCount };
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
  const matched = matchingAgreements(k, talks, reading);
  const found = matched.found;
  if (found.length === 0) {
    // "Was the scheme signed during the 2020 call?": No, it was signed at another talk, and here is where.
    const documents = new Set(reading.documents);
    const elsewhereDocs =
      reading.aspects.yesNo && documents.size > 0
        ? k.facts.agreements.filter((p) => documents.has(p.agreement)).slice(0, MAX_AGREEMENTS_LISTED).reverse()
        : [];
    if (reading.aspects.yesNo && reading.documents.length > 0 && elsewhereDocs.length > 0) {
      const lines = elsewhereDocs.map(({ talk, agreement }) => `${capitalise(agreement.text)} was ${agreement.kind} on ${longDate(talk.date)}, during ${talk.format.label}.`);
      return answered('agreements', `No. ${lines.join(' ')}`, elsewhereDocs.map(({ talk, agreement }) => cite(talk, agreement)));
    }
    const what = reading.aspects.commitment === 'signed' ? 'no document signed' : 'no agreement';
    const scope = talks.length === 1 && talks[0] ? `the report of ${talkLabel(talks[0])}` : 'the articles';
    const about = reading.topics.length > 0 ? ` about ${listing([...new Set(reading.topics.map((t) => t.topic.label))])}` : '';
    const inScope = new Set(talks);
    const elsewhere = [...new Set(matchingAgreements(k, k.kb.talks, reading).found.map((f) => f.talk))].filter((t) => !inScope.has(t));
    const hint = elsewhere.length > 0 ? ` (There is one in ${talkLabels(elsewhere)}.)` : '';
    // "Did they agree on vaccine passports?": hoped for is not agreed; the refusal says what was said instead.
    const instead = reading.topics.length > 0 ? saidInstead(reading, talks) : '';
    return notAnswered('agreements', `${capitalise(scope)} mention${scope === 'the articles' ? '' : 's'} ${what}${about}.${hint}${instead}`);
  }
  const byTalk = new Map<Talk, Agreement[]>();
  for (const f of found) byTalk.set(f.talk, [...(byTalk.get(f.talk) ?? []), f.agreement]);
  const shown = [...byTalk.keys()];
  const hidden = matched.talks - shown.length;
  const note = hidden > 0 ? `(${hidden} earlier talk${hidden === 1 ? '' : 's'} with agreements not listed: name one by its date to ask about it.)` : null;
  const lines = shown.map((talk) => describe(talk, byTalk.get(talk) ?? []));
  const lead = reading.aspects.yesNo ? 'Yes.' : null;
  return answered(
    'agreements',
    [lead, ...lines, note].filter(Boolean).join('\n'),
    shown.flatMap((talk) => (byTalk.get(talk) ?? []).map((agreement) => cite(talk, agreement))),
  );
}
