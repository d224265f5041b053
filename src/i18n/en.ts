// The answers' words in English.
import type { CarriedOver, DetailKind, Messages, ScopeLabel } from './messages.js';

const NUMBERS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const s = (n: number) => (n === 1 ? '' : 's');

// Dates and lists as Intl formats them for en-GB ("29 July 2020"; "a, b and c", no Oxford comma), written
// directly: English answers then never wait for ICU's data to load (~8 ms of a one-shot console's start).
function list(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

function date(iso: string): string {
  const [y = '', m = '', d = ''] = iso.split('-');
  return `${Number(d)} ${MONTHS[Number(m) - 1] ?? m} ${y}`;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const count = (n: number) => NUMBERS[n] ?? String(n);
const allOf = (n: number) => (n === 2 ? 'both' : `all ${count(n)}`);

/** The kinds of detail, as labels and corrections name them. */
const DETAIL: Readonly<Record<DetailKind, string>> = { number: 'number', amount: 'amount', date: 'date', period: 'period', place: 'place', format: 'format', person: 'person', role: 'role', polarity: 'polarity', status: 'status', kind: 'kind' };

export const en: Messages = {
  lang: 'en',
  carriedOver: (about: CarriedOver) =>
    `(about ${list([
      ...about.people.map((p) => p.names.en),
      ...about.topics.map((t) => t.labels.en),
      ...(about.documents.length === 1 ? about.documents.map((a) => a.texts.en) : about.documents.length > 1 ? [`the ${count(about.documents.length)} documents`] : []),
      ...(about.talks.length > 0 ? [`the talks of ${list(about.talks.map((t) => date(t.date)))}`] : []),
    ])})`,
  saidBy: (yes, by) => `${yes ? 'Yes' : 'No'}: that was said by ${list(by.map((p) => `${p.names.en} (${p.party.acronym ?? p.party.names.en}, ${p.sideNames.en})`))}.`,
  spokenBy: (by) => `That was said by ${list(by.map((p) => `${p.names.en} (${p.party.acronym ?? p.party.names.en}, ${p.sideNames.en})`))}.`,
  saidAt: (yes, at) => `${yes ? 'Yes' : 'No'}: that was at ${list(at.map((t) => en.talk(t)))}.`,
  reportedElsewhere: (from, at) => `(not reported at ${list(from.map((t) => `the talks of ${date(t.date)}`))}: from the talks of ${list(at.map((t) => date(t.date)))})`,
  date,
  list,
  capped: (items, max) => (items.length <= max ? list(items) : `${items.slice(0, max).join(', ')} and ${items.length - max} more`),
  count,
  countAlone: count,
  capitalise,
  stop: '.',
  person: (p) => p.names.en,
  people: (ps) => list(ps.map((p) => p.names.en)),
  organisation: (o) => o.names.en,
  organisationShort: (o) => o.acronym ?? o.names.en,
  description: (o) => o.descriptions.en,
  topic: (t) => t.labels.en,
  format: (t) => t.format.labels.en,
  talk: (t) => `the ${t.format.labels.en} of ${date(t.date)}`,
  talkHeading: (t) => `${date(t.date)}, ${t.format.labels.en}`,
  role: (p) => p.roles.en,
  side: (p) => p.sideNames.en,
  statement: (st) => st.texts.en,
  agreement: (a) => a.texts.en,
  figure: (f) => f.texts.en,
  summary: (t) => t.summary.texts.en,
  allOf,
  otherCurrency: (asked, used) => `The articles give no figure in ${asked}, only in ${list(used)}; here is what they report.`,
  noSuchAmount: (amounts, given = []) =>
    `The articles give no figure of ${list(amounts.map((a) => `"${a}"`))}; ${given.length > 0 ? `they give ${list([...given])}` : 'here is what they report'}.`,
  corrected: (wrong, talk, stand, met) =>
    [
      met && met.length > 0 && wrong.length > 0 ? `${list(met.map((p) => p.names.en))} held no talks ${wrong.join(', ')}; they held the ${talk.format.labels.en} of ${date(talk.date)}.` :
      wrong.length > 0 ? `There were no talks ${wrong.join(', ')}; the articles report the ${talk.format.labels.en} of ${date(talk.date)}.` : '',
      ...stand.map(({ asked, instead }) => `${asked.names.en} did not take part in the talks of ${date(talk.date)}${instead ? `; ${instead.names.en} did` : ''}.`),
    ].filter((t) => t !== '').join(' '),
  articleCalls: (names, asked) => `The reports call it the “${names.en}” (you asked about the “${asked}”).`,
  articleDates: (sources, dates) => `${sources.join(', ')} · article date${dates.length > 1 ? 's' : ''}: ${dates.map(date).join(', ')}`,
  unknownTalk: 'I do not know that talk. Use /talks to see the talks I cover.',
  badOptions: 'Some of the options of this command were missing or not valid. Please run it again and fill in every required option.',
  yes: 'Yes.',
  onlyHoped: 'The articles do not say it was done; they report it only as hoped for or proposed:',
  notEach: 'Not at every talk.',
  notInReport: (t) => `${en.talkHeading(t)}: the report says nothing on this.`,
  no: 'No.',
  notSo: 'Not quite.',
  earlierNotListed: (n) => `(${n} earlier talk${s(n)} not listed: name one by its date to ask about it.)`,

  whoLine: (t, roles) => `${date(t.date)}, ${t.format.labels.en}: ${list(roles)}.`,
  roleOf: (name, role) => `${name} (${role})`,
  inOriginal: (text) => text,
  notAt: (absent, where, seen) =>
    `No. ${list(absent.map((p) => p.names.en))} did not take part in ${list(where.map((t) => en.talk(t)))}; ${en.onlyIn(seen).replace(/\.$/, '')}.`,
  tookPartIn: (people, where) => `Yes: ${list(people.map((p) => p.names.en))} took part in ${where}.`,
  wasAtEach: (people, where) => `${list(people.map((p) => p.names.en))} took part in ${where}.`,
  talksCount: (n) => `${allOf(n)} talks`,
  onlyIn: (seen) => `${seen.map(({ person, talks }) => `${person.names.en} took part only in ${en.capped(talks.map((t) => en.talk(t)), 4)}`).join('; ')}.`,
  personAt: (seen) => `Yes: ${seen.map(({ person, talks }) => `${person.names.en} in ${en.capped(talks.map((t) => en.talk(t)), 4)}`).join('; ')}.`,
  officialsNamed: (talkCount, people) => `The report${talkCount === 1 ? ' names' : 's name'} ${count(people.length)} officials taking part: ${en.people(people)}.`,
  noOneElse: (named) => `The articles name no one else: ${list(named.map(({ people, talk }) => `${en.people(people)} (${en.talk(talk)})`))}.`,

  talksWere: (n) => `There were ${n} talks:`,
  intervalLine: (a, b, span) => {
    const parts = [[span.years, 'year'], [span.months, 'month'], [span.rest, 'day']].filter(([n]) => Number(n) > 0).map(([n, w]) => `${n} ${w}${s(Number(n))}`);
    const m = span.inMonths;
    const months = m === null ? '' : `: ${m.near === 'below' ? 'almost ' : m.near === 'above' ? 'just over ' : ''}${m.months} months`;
    return `The ${b.format.labels.en} of ${date(b.date)} came ${span.days} days (${list(parts)}) after the ${a.format.labels.en} of ${date(a.date)}${months}.`;
  },
  yearsCountedLine: (n, year, t, later) =>
    `Counting on from the ${en.ordinal(n)} anniversary the articles give for ${year}, the ${t.format.labels.en} of ${date(t.date)} came ${later} year${s(later)} later: the ${en.ordinal(n + later)} anniversary year (${n} + ${later}). The articles give no figure of their own for ${year + later}.`,
  whenLine: (t) => `${capitalise(t.format.labels.en)} between ${en.people(t.participants.map((p) => p.person))}: ${date(t.date)}.`,
  agreementWhen: (a, t) => `${capitalise(a.texts.en)}: ${a.kind} on ${date(t.date)} by ${en.people(a.parties)}, during ${t.format.labels.en}.`,
  earlierAgreements: (n) => `(${n} earlier one${s(n)} not listed.)`,

  signedLine: (parties, agreements, countAll) =>
    `${en.people(parties)} signed ${countAll !== null ? `${count(countAll)} documents: ` : ''}${list(agreements.map((a) => a.texts.en))}.`,
  signedBesides: (parties, named, others) =>
    `Besides ${list(named.map((a) => a.texts.en))}, ${en.people(parties)} signed ${list(others.map((a) => a.texts.en))}.`,
  signedNothingElse: (parties, named) => `The report mentions no other document: ${en.people(parties)} signed only ${list(named.map((a) => a.texts.en))}.`,
  sidesAgreed: (a) => `The two sides ${a.texts.en}.`,
  noDocumentSigned: 'The report mentions no document signed.',
  agreementsLine: (t, parts) => `${en.talkHeading(t)}: ${parts.join(' ')}`,
  agreementsElsewhere: (found) => `No. ${en.agreedAt(found)}`,
  agreedAt: (found) => found.map(({ talk, agreement }) => `${capitalise(agreement.texts.en)} was ${agreement.kind} on ${date(talk.date)}, during ${talk.format.labels.en}.`).join(' '),
  noAgreement: (scope, signed, topics, elsewhere) => {
    const where = scope ? `The report of ${en.talk(scope)} mentions` : 'The articles mention';
    const about = topics.length > 0 ? ` about ${list(topics.map((t) => t.labels.en))}` : '';
    const hint = elsewhere.length > 0 ? ` (There is one in ${en.capped([...elsewhere].reverse().map((t) => en.talk(t)), 5)}.)` : '';
    return `${where} ${signed ? 'no document signed' : 'no agreement'}${about}.${hint}`;
  },
  notAnAgreement: (said) => ` What the articles report on it is not an agreement:\n${said.map(({ talk, statement }) => `• ${date(talk.date)}: ${statement.texts.en}`).join('\n')}`,
  earlierTalksWithAgreements: (n) => `(${n} earlier talk${s(n)} with agreements not listed: name one by its date to ask about it.)`,

  formatLine: (t) => `${date(t.date)}: ${t.format.labels.en}${t.format.remote ? '' : ' (in person)'}.`,
  notNamed: (words, talk, instead, beside) =>
    `The articles do not mention ${words}; at the ${talk.format.labels.en} of ${date(talk.date)}, ${list(beside.map((p) => p.names.en))} spoke with ${instead.names.en}.`,
  heldBy: (talk) => `The ${talk.format.labels.en} of ${date(talk.date)} were held by ${list(talk.participants.map((p) => `${p.person.names.en} (${p.roles.en})`))}.`,
  notAtTalk: (words, talk) =>
    `The articles do not mention ${words}; the ${talk.format.labels.en} of ${date(talk.date)} were held by ${list(talk.participants.map((p) => p.person.names.en))}.`,
  formReasons: (talks) => `The articles do not say why the ${list(talks.map((t) => `${t.format.labels.en} of ${date(t.date)}`))} were not held in person; what the report says of why exchanges took such forms:`,
  heldRemotely: (talks) => `The talks were not held in person: the articles report the ${list(talks.map((t) => `${t.format.labels.en} of ${date(t.date)}`))}.`,
  noEarlierMeeting: (talks) => `The articles report no earlier meeting: they report only the ${list(talks.map((t) => `${t.format.labels.en} of ${date(t.date)}`))}, and nothing of the sides' meetings before them.`,
  noLaterMeeting: (talks) => `The articles report no later meeting: they report only the ${list(talks.map((t) => `${t.format.labels.en} of ${date(t.date)}`))}, and nothing of the sides' meetings after them.`,
  noSuchMeeting: (talks, remote) => `The articles report no such meeting${remote ? ', and the talks were not held in person' : ''}: they report the ${list(talks.map((t) => `${t.format.labels.en} of ${date(t.date)}`))}.`,
  heldEach: (talks) => `The talks were not all held the same way: the articles report the ${list(talks.map((t) => `${t.format.labels.en} of ${date(t.date)}`))}.`,
  spanStated: (stated, a, b, span) => {
    const parts = [[span.years, 'year'], [span.months, 'month'], [span.rest, 'day']].filter(([n]) => Number(n) > 0).map(([n, w]) => `${n} ${w}${s(Number(n))}`);
    return `The talks were not ${stated} apart: the ${a.format.labels.en} of ${date(a.date)} and the ${b.format.labels.en} of ${date(b.date)} were ${list(parts)} (${span.days} days) apart.`;
  },
  overcounted: (n, of) => `The articles report ${count(of)} talks, not ${count(n)}.`,
  notInPerson: (n) => `No. ${n > 1 ? `${n === 2 ? 'Neither talk' : `None of the ${count(n)} talks`} was` : 'The talks were not'} held in person.`,
  inPerson: (talks) => `Yes: ${list(talks.map((t) => date(t.date)))} ${talks.length > 1 ? 'were' : 'was'} in person.`,
  wasFormat: (n, labels) => `Yes: ${n > 1 ? 'these were' : 'it was'} ${list(labels)}.`,
  notFormat: (labels) => `No, not ${list(labels)}.`,

  bullet: (text) => `• ${text}`,
  whichTalks: (talks) => `${capitalise(list(talks.map((t) => en.talk(t))))}.`,
  everyTalkChosen: (talks) => `${capitalise(allOf(talks.length))}: ${list(talks.map((t) => en.talk(t)))}.`,
  doneByOthers: (asked, others) => `The report does not say ${en.people(asked)} did so; ${en.people(others)} did:`,
  notAsAsked: (speakers) => `No: ${speakers.length > 0 ? `${en.people(speakers)} ${speakers.length > 1 ? 'are' : 'is'} not reported saying so` : 'Not as asked'}. What the report says on this:`,
  notSaid: (scope, speakers, subject, elsewhere) => {
    const where = scope ? `The report of ${en.talk(scope)} does` : 'The articles do';
    const about = subject.length > 0 ? ` about ${list(subject)}` : '';
    const who = speakers.length > 0 ? en.people(speakers) : 'either side';
    const hint = elsewhere ? ` It came up on ${list(elsewhere.dates.map(date))} (raised by ${en.people(elsewhere.by)}).` : '';
    return `${where} not report ${who} saying anything${about}.${hint}`;
  },
  notWhy: (subject) => `The articles do not say why${subject.length > 0 ? `, beyond what was said about ${list(subject)}` : ''}.`,
  actNotReported: (subject) => `The articles do not mention that${subject.length > 0 ? `: nothing they report about ${list(subject)} says so` : ''}. What they do report:`,
  noFigure: (subject) => `The articles give no figure for that${subject.length > 0 ? ` about ${list(subject)}` : ''}.`,

  personLine: (p, roles) => {
    const native = p.nativeName && p.nativeName !== p.names.en ? ` (${p.nativeName})` : '';
    const at = roles.map(({ participant, talk }) => `${participant.roles.en} at the ${talk.format.labels.en} of ${date(talk.date)}`);
    return `${p.names.en}${native}, ${p.party.acronym ?? p.party.names.en} (${p.sideNames.en}): ${list(at)}.`;
  },
  notReported: (people) => `The articles do not report ${en.people(people)} at those talks.`,
  leaderUnknown: (orgs) => `The articles do not say who leads ${list(orgs.map((o) => o.acronym ?? o.names.en))}; they name only the officials who held the talks.`,
  organisationLine: (o, by) => {
    const heading = o.acronym ? `${o.acronym} stands for the ${o.names.en}.` : `The ${o.names.en}.`;
    const people = by.map(({ person, roles }) => `${person.names.en} (${roles.map(({ participant, talk }) => `${participant.roles.en}, ${date(talk.date)}`).join('; ')})`);
    return `${heading} ${o.descriptions.en}${people.length > 0 ? ` At the talks it was represented by ${list(people)}.` : ''}`;
  },
  notMentioned: (orgs, single) => `The report${single ? '' : 's'} in question do${single ? 'es' : ''} not mention ${list(orgs.map((o) => o.acronym ?? o.names.en))}.`,

  summaryLine: (t, topics) => `${en.talkHeading(t)}: ${t.summary.texts.en}\nTopics: ${list(topics.map((x) => x.labels.en))}.`,
  talksIntro: (all, shown) => (shown === all ? `The articles report ${all} talk${s(all)}:` : `Of the ${all} talks the articles report:`),
  talkEntry: (t) => {
    const a = t.article;
    const title = a.titleIsDescriptive ? `untitled report, described as "${a.title}"` : `"${a.title}"`;
    return `${date(t.date)}: ${t.format.labels.en} between ${en.people(t.participants.map((p) => p.person))} (${a.outlet}, ${title}).`;
  },
  sourceLine: (t) => {
    const a = t.article;
    const title = a.titleIsDescriptive ? `no headline (described here as "${a.title}")` : `headline "${a.title}"`;
    const extras = [a.caption ? `opens with the photo caption "${a.caption}"` : '', a.dateline ? `dateline ${a.dateline}` : ''].filter(Boolean);
    return `${a.outletName} (${a.outlet}), ${date(a.date)}: ${title}${extras.length > 0 ? `; ${extras.join('; ')}` : ''}. Reports the ${t.format.labels.en} of ${date(t.date)}.`;
  },
  compareLine: (t) => {
    const signed = t.agreements.filter((a) => a.kind === 'signed');
    const docs = signed.length > 0 ? `signed ${list(signed.map((a) => a.texts.en))}` : 'no document signed';
    return `${date(t.date)}: ${t.format.labels.en} between ${en.people(t.participants.map((p) => p.person))}; ${docs}.`;
  },
  inAll: (n, people) => `In ${allOf(n)}: ${en.people(people)} took part.`,
  sharedTopics: (n, topics) => `Topics raised in ${allOf(n)}: ${list(topics.map((t) => t.labels.en))}.`,
  noSharedTopic: (n) => `${capitalise(allOf(n))} talks share no topic.`,
  nothingAbout: (t, subject) => `${date(t.date)}: nothing reported about ${list(subject)}.`,
  onlyOneTalk: 'There is only one talk to compare.',
  sameBody: (same) => (same ? 'Yes, in the same body:' : 'No:'),
  unchangedBody: 'No, the same body both times:',
  differentPeople: (people) => `${list(people.map((p) => p.names.en))} are ${people.length === 2 ? 'two' : people.length} different people.`,
  roleCompared: (p, t) => `${p.person.names.en}: ${p.roles.en} (${en.talk(t)}).`,

  factLine: (kind, text, extra) => {
    // Agreed and affirmed texts begin with their verb ("agreed that …"); a signed one is the document's name.
    if (kind === 'agreement') return `${en.people(extra.parties ?? [])} ${extra.kind === 'signed' ? 'signed ' : ''}${text}.`;
    if (kind === 'figure') return `${extra.from?.names.en ?? ''}: ${text}.`;
    if (kind === 'participant') return `${extra.person?.names.en ?? ''} took part as ${text}.`;
    return text;
  },
  nothingClose: 'Nothing in the articles matches that closely enough.',
  postOf: (claimed, holder) => `${claimed} (${holder}'s post)`,
  claimNo: (differs) => `No: ${differs.map((d) => `${d.article}, not ${d.claimed}`).join('; ')}.`,
  premiseOtherwise: (differs) => `The articles report it otherwise: ${differs.map((d) => `${d.article}, not ${d.claimed}`).join('; ')}.`,
  claimVerdict: (verdict, differs) =>
    verdict === 'supports'
      ? 'The articles support this:'
      : verdict === 'contradicts'
        ? `The articles say otherwise: ${differs.map((d) => `${DETAIL[d.kind]} ${d.article}, not ${d.claimed}`).join('; ')}.`
        : verdict === 'related'
          ? 'The articles report related facts, but do not settle this:'
          : 'Nothing in the articles matches this claim.',
  matchLabel: (verdict, differs) =>
    verdict === 'supports' ? 'supports the claim' : verdict === 'contradicts' ? `contradicts it (${list(differs.map((k) => DETAIL[k]))})` : 'related',
  detailKind: (kind) => DETAIL[kind],
  claimStatus: (status) => (status === 'done' ? 'done' : 'only hoped for or proposed'),
  partialDate: (year, month, day) =>
    year === null && month === null && day !== null ? `the ${en.ordinal(day)}` : [day, month === null ? null : MONTHS[month - 1], year].filter((x) => x !== null).join(' '),
  otherFormat: (id) => (id === 'written' ? 'in writing' : id),
  amountBound: (bound, amount) => `${bound === 'above' ? 'more' : 'less'} than ${amount}`,
  amount: (value, unit) => `${value >= 1e6 ? `${value / 1e6} million` : value.toLocaleString('en-GB')}${unit ? ` ${unit}` : ''}`,
  currency: (code) => code,
  ordinal: (n) => `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')}`,

  capabilities: ({ reports, outlets, parties, talks }) => {
    const listed = en.capped([...talks].reverse().map((t) => `${date(t.date)} (${t.format.labels.en})`), 4);
    return `I answer from ${reports} ${list(outlets)} report${s(reports)} of ${parties.join('-')} talks: ${listed}. Ask who took part, when, what was signed or agreed, how the talks were held, what was said about a topic, who someone is, what an acronym means, or for a summary or comparison.`;
  },
  quotesEach: 'Every answer quotes the article sentence it rests on.',
  didYouMean: (q) => ` Did you mean: "${q}"?`,
  empty: 'Please ask a question in words, for example "Who took part in the talks?"',
  unreadable: 'I could not make out a question in that. Please ask in words, for example "Who took part in the talks?"',
  absent: (things) => `The articles do not mention ${list(things.slice(0, 3).map((w) => `"${w}"`))}, so I cannot answer that from them.`,
  noTalks: (labels) => `In these articles there were no talks ${labels.join(', ')}.`,
  notPresent: (absent, labels) =>
    `In these articles ${absent.map(({ person, talks }) => `${person.names.en} took part only in the talks of ${en.capped(talks.map((t) => date(t.date)), 4)}`).join('; ')}, not in those ${labels.join(', ')}.`,
  periodOnly: (years) => `In these articles there were no talks in ${years.join(' or ')}.`,
  why: 'The articles do not say why.',
  firstTimeUnknown: (talks) =>
    `The articles report ${count(talks.length)} talk${s(talks.length)}, the earliest on ${date(talks[0]?.date ?? '')}; they do not say whether earlier ones took place, so they cannot tell whether it was the first time.`,
  firstTimeEarlier: (earlier) => `No: the articles report earlier talks, ${en.talk(earlier)}:`,
  feeling: (word) => `The articles do not say how anyone felt about it ("${word}"): they report what was said, agreed and signed at the talks, so I cannot answer yes or no.`,
  unanchored: (asks, act) =>
    asks === 'when'
      ? 'I can only give the dates of the talks the articles report.'
      : act && act.length > 0
        ? `The articles do not say who ${act.join(' ')}; I can only say who took part in the talks they report.`
        : 'I can only say who took part in the talks the articles report.',
  attributeNotGiven: (attribute, thing, plural) => `The articles only name the "${thing}"; they do not give ${plural ? 'their' : 'its'} ${attribute}.`,
  notGiven: (kind, word, subject) => {
    const none = subject ? ` (what they report on ${subject} gives none)` : '';
    if (kind === 'speaker') return `The articles do not report what ${word} said: they give the words of the officials at the talks only.`;
    if (kind === 'date') return `The articles do not give that day or date${none}.`;
    if (kind === 'figure') return `The articles do not give that figure${none}.`;
    if (kind === 'unnamed') return word ? `The articles do not name them: they speak only of "${word}".` : `The articles do not name them${subject ? ` (they report on ${subject} without naming them)` : ''}.`;
    if (kind === 'contents') return word ? `The articles do not say what it contained: they speak only of "${word}".` : `The articles do not say what it contained${none}.`;
    if (kind === 'event') return `The articles give no date for that ("${word}"): they report ${subject ?? 'it'} only as it came up at the talks.`;
    if (kind === 'timing') return `The articles set no deadline or timetable${subject ? ` for ${subject}` : ''}: they give no dates beyond those of the talks. What they report on it:`;
    if (kind === 'place') return `The articles do not say where that was${subject ? ` (what they report on ${subject} gives no place)` : ''}.`;
    if (kind === 'other') return `The articles do not mention any ${word}: they report only what was said and signed at the talks.`;
    if (kind === 'superlative') return `The articles do not say which was the ${word}: they rank nothing${subject ? ` they report on ${subject}` : ''}.`;
    return `The articles do not give the ${word}${none}.`;
  },
  undefinedTerm: (words, topic) => `The articles only mention "${words}" (${topic.labels.en}); they do not say more about it.`,
  unranked: (word) => `The articles do not rank them or say which was the ${word}; what they report:`,
  noneNamed: (words) => `The articles name no particular ${words}; what they report:`,
  responseUnreported: (side) => `The articles do not report how ${side} responded to that; they give no statement of ${side}'s on it.`,
  giftOtherwise: (thing) => `The report does not say ${thing} were given, nor how many; what it reports given:`,
  giftUnreported: (side, more) => `The articles report nothing given by ${side}${more ? `; what they report of ${side} on it:` : '.'}`,
  namesNone: (words) => `The articles name no particular ${words}; they say no more of them than the question does.`,
  noSuchDocument: (ordinal, signed) => `The articles report at most ${count(signed)} document${s(signed)} signed at one talk, so there is no ${ordinal === 3 ? 'third' : `number ${ordinal}`}.`,
  noNumber: 'The articles give no such number.',
  noMatch: (reports) => `I could not match that question to anything in the ${count(reports)} articles.`,
  unsupported: (kind, { talks, reports }) => {
    const newest = [...talks].reverse();
    switch (kind) {
      case 'instructions':
        return 'I only answer questions about the articles, from what they say: I do not take new instructions, play a role or write other texts.';
      case 'opinion':
        return 'I only report what the articles say; I give no opinions of my own.';
      case 'maths':
        return 'I do not calculate or convert; I answer only from what the articles say.';
      case 'contact':
        return 'The articles give no contact details (phone numbers, e-mail or postal addresses) of the officials or their bodies; only their names and roles at the talks.';
      case 'personal':
        return 'The articles say nothing personal about the officials (age, birth, family, background); only their names and roles at the talks.';
      case 'future': {
        const latest = newest[0];
        return `The articles report ${count(talks.length)} past talk${s(talks.length)}${latest ? `, the latest on ${date(latest.date)}` : ''}; they say nothing of what came after them (later meetings, today's situation).`;
      }
      case 'timing':
        return 'The articles give no deadlines or dates beyond those of the talks themselves.';
      case 'tenure':
        return 'The articles do not say how long anyone held a post: they give only each person\'s role at the talks.';
      case 'duration':
        return 'The articles do not say how long the talks lasted or at what time they were held.';
      case 'language':
        return 'The articles do not say what language the talks were held in, or who interpreted.';
      case 'journey':
        return 'The articles say nothing of journeys, travel times or distances: they report only what was said and signed at the talks.';
      case 'location':
      case 'travel': {
        const held = en.capped(newest.map((t) => `the ${t.format.labels.en} of ${date(t.date)}`), 4);
        const datelined = newest.filter((t) => t.article.dateline).slice(0, 4).map((t) => `the report of ${date(t.article.date)} is datelined ${t.article.dateline ?? ''}`);
        const what = kind === 'travel' ? 'where the officials travelled' : 'where the participants were';
        return `The articles do not say ${what}. They report ${held}${datelined.length > 0 ? ` (${list(datelined)})` : ''}.`;
      }
      case 'detail':
        return 'The articles do not give that detail: they name things such as the supplies, the documents and the exchanges without listing or quoting them.';
      case 'offtopic':
        return `That is outside the ${count(reports)} article${s(reports)} this bot knows.`;
    }
  },

  scopeLabel: (label: ScopeLabel) => {
    switch (label.kind) {
      case 'year':
        return `in ${label.year}`;
      case 'month':
        return label.day === null ? `in ${MONTHS[label.month - 1] ?? ''}` : `on ${label.day} ${MONTHS[label.month - 1] ?? ''}`;
      case 'part':
        return label.part.unit === 'months' ? `between ${MONTHS[label.part.from - 1] ?? ''} and ${MONTHS[label.part.to - 1] ?? ''}` : `between ${label.part.from} and ${label.part.to} ${MONTHS[label.part.month - 1] ?? ''}`;
      case 'format':
        return `held as ${label.talk.format.labels.en}`;
      case 'person':
        return `with ${label.person.names.en}`;
      case 'ordinal':
        return `as the ${label.word} talks`;
      case 'count':
        return `numbering ${count(label.count)}: they report ${count(label.of)}`;
    }
  },

  moreSources: 'More sources',
  moreMatches: 'More matches',
  postQuote: (n) => `Post [${n}]`,
  askSuggested: (q) => `Ask: ${q}`,
  sourcesShown: (from, to, total) => `quotes ${from}–${to} of ${total}; More sources for the rest`,
  sourcesPage: (from, to, total) => (from === to ? `Quote ${from} of ${total}` : `Quotes ${from}–${to} of ${total}`),
  findSourcesTitle: 'Article sentences for this message',
  findSourcesFor: (excerpt) => `Best matches for: ${excerpt}`,
  matchesShown: (from, to, total) => `matches ${from}–${to} of ${total} · Post shares one in the channel`,
  nothingMatchesMessage: 'Nothing in the articles matches this message well enough.',
  messageHasNoText: 'This message has no text to find sources for.',
  posted: 'Posted in the channel.',
  citationFor: (mention) => `Citation for ${mention}:`,
  quoteSource: (outlet, isoDate, title) => `${outlet}, ${date(isoDate)} · ${title}`,
  articleTitle: (title, descriptive) => (descriptive ? `untitled report, described as “${title}”` : `“${title}”`),
  inReplyTo: (link) => `in reply to ${link}`,
  cooldown: (seconds) => `You have had several public answers in a row; try again in ${seconds} s, or add hide:true for an answer only you see.`,
  mentionCooldown: (seconds) => `⏳ You are asking faster than I answer in public; ask again in ${seconds} s.`,
  buttonOutdated: 'This button is from before the articles were updated; please ask again.',
  unknownSentence: 'Pick one of the sentences suggested as you type (type a few words of it).',
  sentenceNotInTalk: 'That sentence is not from the talk you chose; pick one of the sentences suggested for it.',
  commandsLinked: (lines) => `Commands:\n${lines.join('\n')}`,
};
