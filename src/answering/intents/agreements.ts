import { defineIntent } from './definition.js';
import { ASPECT_CUES, CUES, OUTCOME_ASKED, TALK_NOUNS } from '../../matching/cues.js';
import type { Agreement, Statement, Talk, Topic } from '../../facts/types.js';
import { messagesFor } from '../../i18n/index.js';
import type { Messages } from '../../i18n/messages.js';
import type { Reading } from '../../matching/reading.js';
import { cite, sameCitation } from '../citations.js';
import { answerTopic } from './topic.js';
import { yesNoLead } from '../claims/yes-no.js';
import { corrected } from '../premise.js';
import { correctionCiting, namesDocumentItself } from '../cited-both.js';
import { answerFrom, asksOfEachTalk, choosesAmongTalks, line, MAX_AGREEMENTS_LISTED, notAnswered, talksOf, type Line } from '../result.js';
import type { Answer, Knowledge } from '../types.js';
import { byDate } from '../../facts/talk-order.js';
import { kindMiscounted } from '../kind-counted.js';

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

/** What one talk's matching agreements were: the documents signed (counted when all are listed), the rest agreed or affirmed. */
function describe(m: Messages, talk: Talk, agreements: readonly Agreement[]): string {
  const signed = agreements.filter((a) => a.kind === 'signed');
  const parts: string[] = [];
  if (signed.length > 0) {
    const all = talk.agreements.filter((a) => a.kind === 'signed').length;
    parts.push(m.signedLine(signed[0]?.parties ?? [], signed, signed.length === all && all > 1 ? all : null));
  }
  for (const kind of ['agreed', 'affirmed'] as const) for (const a of agreements.filter((x) => x.kind === kind)) parts.push(m.sidesAgreed(a));
  if (signed.length === 0 && talk.agreements.every((a) => a.kind !== 'signed')) parts.push(m.noDocumentSigned);
  return m.agreementsLine(talk, parts);
}

/**
 * "Besides the plan, what else was signed?", "what was signed alongside the scheme?": at each talk where the documents
 * named were signed, the others signed there, after the ones named (or that there were none).
 */
function besidesNamed(m: Messages, byTalk: ReadonlyMap<Talk, readonly Agreement[]>): Line[] {
  return [...byTalk].map(([talk, named]) => {
    const others = talk.agreements.filter((a) => a.kind === 'signed' && !named.includes(a));
    const parties = named[0]?.parties ?? [];
    const text = others.length > 0 ? m.signedBesides(parties, named, others) : m.signedNothingElse(parties, named);
    return line(m.agreementsLine(talk, [text]), [...others, ...named].map((a) => cite(talk, a)));
  });
}

/** Lemmas of a statement saying how a side met the other's proposals ("responded positively to the issues raised"). */
const RESPONSE_LEMMAS: readonly string[] = ['respond', 'response', 'reply'];

/** The statements of the sides asked about at the talks, saying how they responded to the other side. */
function responsesOf(k: Knowledge, reading: Reading, talks: readonly Talk[]): { talk: Talk; statement: Statement }[] {
  const sides = new Set(reading.sides.map((o) => o.id));
  if (sides.size === 0) return [];
  return talks.flatMap((talk) => {
    const theirs = new Set(talk.participants.filter((p) => sides.has(p.party.id)).map((p) => p.person));
    return talk.statements
      .filter((st) => st.speakers.length > 0 && st.speakers.every((sp) => theirs.has(sp)) && RESPONSE_LEMMAS.some((l) => k.facts.ofStatement(st)?.lemmas.has(l)))
      .map((statement) => ({ talk, statement }));
  });
}

/** What the articles report instead of an agreement on the topic asked: the hopes and calls ("only a hope"). */
function saidInstead(reading: Reading, talks: readonly Talk[]): { talk: Talk; statement: Statement }[] {
  const topics = new Set(reading.topics.map((t) => t.topic));
  return talks
    .slice(-MAX_AGREEMENTS_LISTED)
    .flatMap((talk) => talk.statements.filter((s) => s.topics.some((t) => topics.has(t))).map((statement) => ({ talk, statement })))
    .slice(-3);
}

/** A period named ("the 2016-2020 scheme", two years in a row): a document's, whose years name no talk. */
function namesPeriod(reading: Reading): boolean {
  const w = reading.said.words;
  return reading.periodYears.length > 0 || w.some((x, i) => /^\d{4}$/.test(x) && /^\d{4}$/.test(w[i + 1] ?? ''));
}

/**
 * Whether a yes/no on agreements with no subject or document named asks of an object none found names: a word the
 * articles never use ("tariff", in English), or further words of the question no agreement found uses ("cut").
 */
function objectUnnamed(k: Knowledge, reading: Reading, found: readonly FoundAgreement[]): boolean {
  const { eachTalk, both, which } = reading.aspects;
  // Read in English only, as the act apart of a topic (a pivot's words are looser).
  if (reading.lang !== 'en' || reading.topics.length > 0 || reading.documents.length > 0 || reading.people.length > 0 || eachTalk || both || which) return false;
  if (reading.unmatched.length > 0) return true;
  // As the act apart of a topic: a word as typed and a distinctive one, said in at most two facts ("Vietnam", "April",
  // "sign" name no object: "Did Vietnam and China sign anything in April 2022?" keeps its Yes).
  const further = reading.concepts.filter(
    (c) => c.weight >= 1 && !c.asking && k.facts.idf(c.lemma) > 0 && k.facts.factsUsing(c.lemma).length <= 2 && !TALK_NOUNS.has(c.lemma),
  );
  if (further.length === 0) return false;
  const lemmasOf = (f: FoundAgreement) => k.facts.facts.find((x) => x.fact.kind === 'agreement' && x.fact.item === f.agreement)?.lemmas;
  return !found.some((f) => further.some((c) => lemmasOf(f)?.has(c.lemma) === true));
}

/**
 * "hội đàm 2022 ký mấy cái kế hoạch gì?" (how many plans did they sign, and what?): a count of what was signed,
 * asked by a word for one kind of document, counts the documents signed: each is listed, the one the word names
 * among them, not that one alone as if it were all that was signed.
 */
function signedCounted(reading: Reading): boolean {
  const { count, commitment, yesNo, besides } = reading.aspects;
  return count && commitment === 'signed' && !yesNo && besides !== true && reading.documents.length > 0 && reading.topics.length === 0;
}

/** What was signed, agreed or affirmed at each talk in scope; a yes/no question gets Yes or No first. */
/**
 * What a talk produced, asked in general ("what results…?", "what came out of…?", "did anything tangible come out of
 * it?": its Yes rests on the same): not what was signed or agreed in particular, of no document, topic or person.
 */
function outcomesAsked(reading: Reading): boolean {
  // A subject set aside ("besides the congratulations, what tangible results…?") leaves the outcomes asked.
  return reading.aspects.commitment === null && !reading.aspects.hoped && (reading.aspects.besides !== true || (reading.setAside?.length ?? 0) > 0)
    && reading.documents.length === 0 && reading.topics.length === 0 && reading.people.length === 0;
}

/** The words of signing and of what is signed: no other act beside the signing. */
const SIGNING: ReadonlySet<string> = new Set(ASPECT_CUES.signed);

/**
 * "两次会谈中，哪一次签了文件、还宣布了物资捐赠？", "which talk signed documents and also announced the donation?": a choice
 * among the talks of the one where something was signed and another act was done on a subject (its verb, asked, is
 * the one the subject's statements use: "announced"). The subject is not what was signed: each act is looked for on
 * its own, the talks where both were done named first, then what each talk signed and said on the subject.
 * Null when the question is not such (no other act asked, or either act done at no talk).
 */
function signedAndDone(k: Knowledge, reading: Reading, talks: readonly Talk[]): Answer | null {
  if (!choosesAmongTalks(reading, talks) || reading.aspects.commitment !== 'signed' || reading.topics.length === 0 || reading.documents.length > 0) return null;
  const asked = new Set(reading.topics.map((t) => t.topic));
  const acts = reading.concepts.filter((c) => c.asking && !SIGNING.has(c.lemma) && !SIGNING.has(c.word) && k.facts.statementsUsing(c.lemma).some((s) => s.topics.some((t) => asked.has(t))));
  if (acts.length === 0) return null;
  const signing = answerAgreements(k, { ...reading, topics: [], aspects: { ...reading.aspects, besides: false } });
  const done = answerTopic(k, { ...reading, intent: 'topic', aspects: { ...reading.aspects, commitment: null, aboutAgreement: false, besides: false } });
  if (!signing.answered || !done.answered) return null;
  const signedAt = new Set(talks.filter((t) => t.agreements.some((a) => a.kind === 'signed')));
  // A talk silent on the subject is cited by its report's opening: only a statement on it says the act was done there.
  const saidAt = (t: Talk) => t.statements.some((x) => x.topics.some((topic) => asked.has(topic)) && done.citations.some((c) => sameCitation(c, cite(t, x))));
  const chosen = talks.filter((t) => signedAt.has(t) && saidAt(t));
  if (chosen.length === 0) return null;
  const m = messagesFor(reading.lang);
  const own = (a: Answer) => a.lines.filter((l) => l.cites.length > 0).map((l) => line(l.text, l.cites.flatMap((n) => a.citations[n - 1] ?? [])));
  return answerFrom('agreements', reading.lang, [m.whichTalks(chosen), ...own(signing), ...own(done).filter((l) => !l.cites.every((c) => signing.citations.some((x) => sameCitation(x, c))))]);
}

export function answerAgreements(k: Knowledge, asked: Reading): Answer {
  // "Apart from the medical donation, which agreements…?": the subject set aside is not what the agreements are on.
  const reading = asked.setAside && asked.setAside.length > 0 ? { ...asked, topics: asked.topics.filter((t) => !asked.setAside?.includes(t.topic)) } : asked;
  const m = messagesFor(reading.lang);
  const talks = talksOf(k, reading);
  // "Did they sign three cooperation plans?": a wrong count of one kind is No, then all the talks signed.
  const miscounted = kindMiscounted(k, reading, talks);
  const matched = matchingAgreements(k, talks, signedCounted(reading) || miscounted ? { ...reading, documents: [] } : reading);
  const found = matched.found;
  if (found.length === 0) {
    const both = signedAndDone(k, reading, talks);
    if (both) return both;
    // "Was the scheme signed during the 2020 call?": No, it was signed at another talk, and here is where.
    const documents = new Set(reading.documents);
    const elsewhereDocs =
      reading.aspects.yesNo && documents.size > 0
        ? k.facts.agreements.filter((p) => documents.has(p.agreement)).slice(0, MAX_AGREEMENTS_LISTED).reverse()
        : [];
    // "Did Quan sign the plan with Song Tao?": someone named who signed none of them is put right by who did.
    const otherSigners = elsewhereDocs.some(({ agreement }) => reading.people.some((p) => !agreement.parties.includes(p)));
    if (elsewhereDocs.length > 0 && otherSigners) {
      return answerFrom('agreements', reading.lang, [m.no, ...elsewhereDocs.map(({ talk, agreement }) => line(m.agreementWhen(agreement, talk), [cite(talk, agreement)]))]);
    }
    if (elsewhereDocs.length > 0) {
      // Not at the talk the question names, at another: the No rests on both reports (cited-both.ts).
      const where = line(m.agreementsElsewhere(elsewhereDocs), elsewhereDocs.map(({ talk, agreement }) => cite(talk, agreement)));
      // Only a talk the question names by how it was held ("during the 2020 phone call"), where its own words sign a
      // document they name: a year alone may be a period's ("cover 2020 to 2024"), and a document carried from the
      // conversation ("was that during the 2020 call?") was placed there by no signing asked.
      const placedThere = reading.aspects.commitment === 'signed' && namesDocumentItself(reading, elsewhereDocs.map((d) => d.agreement));
      const named = placedThere ? talks.filter((t) => reading.formatTalks.includes(t)) : [];
      return answerFrom('agreements', reading.lang, [correctionCiting(where, named)]);
    }
    // "Did they sign anything in 2020?": a talk whose report has no document signed answers No, cited by its opening
    // only (the documents of another talk answer another question).
    const plainSigning = reading.aspects.yesNo && reading.aspects.commitment === 'signed' && !reading.aspects.hoped && documents.size === 0 && reading.topics.length === 0;
    if (plainSigning && talks.length > 0 && talks.every((t) => t.agreements.every((a) => a.kind !== 'signed'))) {
      return answerFrom('agreements', reading.lang, [m.no, ...talks.map((talk) => line(m.agreementsLine(talk, [m.noDocumentSigned]), [cite(talk, talk.format)]))]);
    }
    // "What did they sign during the 2020 call?": the talks asked about signed nothing, a premise put right first
    // (premise.ts), then what was signed at the other talks, cited: what the asker was after. A
    // period named ("the 2016-2020 scheme") is the document's, not the talk's; what a person signed ("what did Quan
    // sign?") asks of that person, who may have signed nothing anywhere. The pair who held the talks asked about
    // ("what did Quan and Song Tao sign in 2020?") names those talks, not a person's own signing.
    const heldThem = reading.people.length > 1 && reading.people.every((p) => talks.some((t) => t.participants.some((x) => x.person === p)));
    const signingAsked = !reading.aspects.yesNo && reading.aspects.commitment === 'signed' && !reading.aspects.hoped && reading.topics.length === 0 && (reading.people.length === 0 || heldThem) && !namesPeriod(reading) && reading.scope.talks !== null;
    if (signingAsked && talks.length > 0 && talks.every((t) => t.agreements.every((a) => a.kind !== 'signed'))) {
      const byTalk = new Map<Talk, Agreement[]>();
      // The pair named held the talks asked about; what was signed elsewhere was signed by others.
      const elsewhereReading = heldThem ? { ...reading, people: [] } : reading;
      for (const f of matchingAgreements(k, k.kb.talks, elsewhereReading).found) byTalk.set(f.talk, [...(byTalk.get(f.talk) ?? []), f.agreement]);
      const signedElsewhere = [...byTalk].map(([talk, agreements]) => line(describe(m, talk, agreements), agreements.map((a) => cite(talk, a))));
      const none = talks.map((talk) => line(talks.length === 1 ? m.noAgreement(talk, true, [], []) : m.agreementsLine(talk, [m.noDocumentSigned]), [cite(talk, talk.format)]));
      return corrected(answerFrom('agreements', reading.lang, signedElsewhere), none, false);
    }
    // "Besides the 2021-2025 plan signed during the July 2020 call, what else was signed?": the documents named were
    // signed at another talk: where, put right first, then what that talk signed.
    const placed = !reading.aspects.yesNo && reading.aspects.commitment === 'signed' && documents.size > 0 && reading.scope.talks !== null
      ? k.facts.agreements.filter((p) => documents.has(p.agreement) && !talks.includes(p.talk))
      : [];
    const signedAt = [...new Set(placed.map((p) => p.talk))];
    if (placed.length > 0 && talks.every((t) => t.agreements.every((a) => a.kind !== 'signed'))) {
      const there = answerAgreements(k, { ...reading, scope: { talks: signedAt, mismatch: null } });
      // "The scheme signed at the 2020 phone talks": a talk named by its format is one the asker took it from; that
      // its report has no signing is said first, cited by its opening. A year alone ("signed in 2020") only misdates it.
      const namedTalks = reading.aspects.besides === true ? [] : talks.filter((t) => reading.formatTalks.includes(t));
      const unsigned = namedTalks.map((talk) => line(m.noAgreement(talk, true, [], []), [cite(talk, talk.format)]));
      if (there.answered) return corrected(there, [...unsigned, line(m.agreedAt(placed), placed.map(({ talk, agreement }) => cite(talk, agreement)))], false);
    }
    const inScope = new Set(talks);
    const elsewhere = [...new Set(matchingAgreements(k, k.kb.talks, reading).found.map((f) => f.talk))].filter((t) => !inScope.has(t));
    const topics = [...new Set(reading.topics.map((t) => t.topic))];
    const scope = talks.length === 1 ? (talks[0] ?? null) : null;
    // "Did they agree on vaccine passports?": hoped for is not agreed; the refusal says what was said instead.
    const instead = topics.length > 0 ? saidInstead(reading, talks) : [];
    const text = m.noAgreement(scope, reading.aspects.commitment === 'signed', topics, elsewhere) + (instead.length > 0 ? m.notAnAgreement(instead) : '');
    // "Did China agree to it?" after a hope of the other side: no agreement is reported, but how that side responded to
    // the other's proposals is: the answer, with neither Yes nor No (a response is not an agreement).
    // Not "did China agree to it in the end?": what came of it after the talks is asked, which the reports never say.
    const afterwards = OUTCOME_ASKED.some((p) => ` ${reading.said.words.join(' ')} `.includes(` ${p} `));
    const responses = instead.length > 0 && reading.aspects.yesNo && !afterwards ? responsesOf(k, reading, talks) : [];
    if (responses.length > 0) {
      const said = [...instead, ...responses];
      return answerFrom('agreements', reading.lang, [
        m.noAgreement(scope, reading.aspects.commitment === 'signed', topics, elsewhere).trim(),
        ...said.map(({ talk, statement }) => line(m.bullet(m.statement(statement)), [cite(talk, statement)])),
      ]);
    }
    return notAnswered('agreements', reading.lang, text);
  }
  const byTalk = new Map<Talk, Agreement[]>();
  for (const f of found) byTalk.set(f.talk, [...(byTalk.get(f.talk) ?? []), f.agreement]);
  // The documents named set aside ("besides the plan, what else…?"): the rest of what was signed with them is asked.
  if (reading.aspects.besides && !reading.aspects.yesNo && reading.documents.length > 0 && found.every((f) => f.agreement.kind === 'signed')) {
    return answerFrom('agreements', reading.lang, besidesNamed(m, byTalk));
  }
  const shown = [...byTalk.keys()];
  const hidden = matched.talks - shown.length;
  // "Were three documents signed in April 2022?": Yes only if every detail asked matches what was signed.
  const lead = miscounted && reading.aspects.yesNo ? line(m.claimNo([{ article: m.countAlone(miscounted.actual), claimed: m.countAlone(miscounted.claimed) }]), found.map((f) => cite(f.talk, f.agreement))) : reading.aspects.yesNo ? yesNoLead(k, reading, found.map((f) => cite(f.talk, f.agreement)), { says: 'yes', line: m.yes }) : null;
  // "Did they agree on a tariff cut?": what was agreed is no Yes to an object none of it names.
  if (lead === m.yes && objectUnnamed(k, reading, found)) {
    return answerFrom('agreements', reading.lang, [m.actNotReported([]), ...shown.map((talk) => line(describe(m, talk, byTalk.get(talk) ?? []), (byTalk.get(talk) ?? []).map((a) => cite(talk, a))))]);
  }
  // "What was signed at each talk?", "across both talks": a talk where nothing was signed gets its line too,
  // cited by its report's opening, so the answer covers every talk asked about.
  // A yes/no asked of each talk ("was anything signed in 2020 the way it was in 2022?") true of some only is "not at every talk".
  // With a subject named, a talk without one of its agreements may have agreed others: only a talk that signed nothing
  // at all gets that line when signing is asked ("cuộc nào ký văn kiện hợp tác giữa hai Đảng?"). A document named
  // ("the scheme was signed at which talk?") is answered where it was signed.
  const signedNothing = (t: Talk) => t.agreements.every((a) => a.kind !== 'signed');
  const subjectFree = reading.documents.length === 0 && reading.topics.length === 0;
  const each = asksOfEachTalk(reading, talks) && reading.documents.length === 0 && (subjectFree || reading.aspects.commitment === 'signed');
  const unsigned = each ? talks.filter((t) => !byTalk.has(t) && (subjectFree || signedNothing(t))) : [];
  const listedTalks = [...shown, ...unsigned].sort((a, b) => byDate(a, b));
  // "In which of the two talks was anything signed?": the talks that signed, named first; the others say none.
  const choosing = unsigned.length > 0 && choosesAmongTalks(reading, talks);
  // "What tangible results did the 2022 session produce?": what a talk produced is what was signed and what was
  // handed over at it (its figures, each given by a party), not the signing alone.
  const aside = new Set(reading.setAside ?? []);
  // "Any money or any signed paperwork?": what was handed over on a subject asked beside the signing, too.
  const handed = new Set(reading.handedOver ?? []);
  const shownGiven = (f: Talk['figures'][number]) => (outcomesAsked(reading) ? !f.topics.some((t) => aside.has(t)) : f.topics.some((t) => handed.has(t)));
  const given = (talk: Talk) => (outcomesAsked(reading) || handed.size > 0 ? talk.figures.filter(shownGiven).map((f) => line(m.bullet(m.factLine('figure', m.figure(f), { from: f.from })), [cite(talk, f)])) : []);
  const listed = answerFrom('agreements', reading.lang, [
    unsigned.length > 0 && reading.aspects.yesNo && reading.aspects.anyTalk !== true ? m.notEach : choosing ? m.whichTalks([...shown].sort((a, b) => byDate(a, b))) : lead,
    ...listedTalks.flatMap((talk) => [
      byTalk.has(talk)
        ? line(describe(m, talk, byTalk.get(talk) ?? []), (byTalk.get(talk) ?? []).map((agreement) => cite(talk, agreement)))
        : line(m.agreementsLine(talk, [m.noDocumentSigned]), [cite(talk, talk.format)]),
      ...given(talk),
    ]),
    hidden > 0 && m.earlierTalksWithAgreements(hidden),
  ]);
  // "What are the two training schemes they signed about?": the count taken for granted put right before what was signed.
  const miscount = miscounted && !reading.aspects.yesNo ? [{ article: m.countAlone(miscounted.actual), claimed: m.countAlone(miscounted.claimed) }] : [];
  return miscount.length > 0 ? corrected(listed, [line(m.premiseOtherwise(miscount), found.map((f) => cite(f.talk, f.agreement)))], false) : listed;
}

export const agreementsIntent = defineIntent({
  name: 'agreements',
  answer: answerAgreements,
  decidesYesNo: true,
  aboutTheEvent: false,
  aboutPeople: false,
  aboutStatements: false,
  coverage: 'asked',
  evidence: { ownWords: [...CUES.agreements, ...CUES.agreementsWeak], topicPicksTalk: false },
  followUp: { asksAgain: true, sameAtAnotherTalk: false, needsNoSubject: false },
});
