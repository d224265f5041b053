import type { Agreement, KnowledgeBase, Talk } from '../../facts/types.js';
import { cite } from '../citations.js';
import { answered, has, hasAny, notAnswered } from '../result.js';
import type { Answer, Query } from '../types.js';
import { capitalise, countWord, listing, longDate, names, talkLabel } from '../wording.js';

const SIGN_WORDS = ['sign', 'signed', 'signing', 'signature', 'signatories', 'ink', 'inked', 'document', 'documents', 'treaty', 'treaties', 'memorandum', 'mou'];

export interface FoundAgreement {
  readonly talk: Talk;
  readonly agreement: Agreement;
}

/** Agreements in `talks` that fit the query's topic, period years, people and "signed" wording. */
export function matchingAgreements(talks: readonly Talk[], query: Query): FoundAgreement[] {
  // "signed or agreed" asks for both; "signed" alone only for documents.
  const signedOnly = hasAny(query, SIGN_WORDS) && !hasAny(query, ['agree', 'agreed', 'affirm', 'affirmed']);
  const mentionsPlan = has(query, 'plan') || has(query, 'cooperation plan');
  const mentionsScheme = has(query, 'scheme') || has(query, 'training') || has(query, 'cadres');
  return talks.flatMap((talk) =>
    talk.agreements
      .filter((a) => !signedOnly || a.kind === 'signed')
      .filter((a) => query.topics.length === 0 || a.topics.some((t) => query.topics.includes(t)) || mentionsPlan || mentionsScheme)
      .filter((a) => query.periodYears.every((y) => a.period !== null && y >= a.period.from && y <= a.period.to))
      .filter((a) => query.people.every((p) => a.parties.includes(p)))
      .filter((a) => {
        // "the plan" / "the scheme" pick one of the signed documents when both were named.
        if (mentionsPlan && !mentionsScheme) return a.text.includes('plan');
        if (mentionsScheme && !mentionsPlan) return a.text.includes('scheme');
        return true;
      })
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

/** What was signed, agreed or affirmed at each talk in scope. */
export function answerAgreements(kb: KnowledgeBase, query: Query): Answer {
  const talks = query.talks ?? kb.talks;
  const found = matchingAgreements(talks, query);
  if (found.length === 0) {
    const what = hasAny(query, SIGN_WORDS) ? 'no document signed' : 'no agreement';
    const scope = talks.length === 1 && talks[0] ? `the report of ${talkLabel(talks[0])}` : 'the articles';
    const about = query.topics.length > 0 ? ` about ${listing(query.topics.map((t) => t.label))}` : '';
    const elsewhere = kb.talks.filter((t) => !talks.includes(t) && matchingAgreements([t], query).length > 0);
    const hint = elsewhere.length > 0 ? ` (There is one in ${listing(elsewhere.map(talkLabel))}.)` : '';
    return notAnswered('agreements', `${capitalise(scope)} mention${scope === 'the articles' ? '' : 's'} ${what}${about}.${hint}`);
  }
  const byTalk = talks
    .map((talk) => ({ talk, list: found.filter((f) => f.talk === talk).map((f) => f.agreement) }))
    .filter((g) => g.list.length > 0);
  return answered(
    'agreements',
    byTalk.map(({ talk, list }) => describe(talk, list)).join('\n'),
    found.map(({ talk, agreement }) => cite(talk, agreement)),
  );
}
