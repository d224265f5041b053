// The answers' words in Vietnamese. Quotes stay verbatim English; what introduces them is Vietnamese.
import type { AgreementKind, Talk } from '../facts/types.js';
import type { CarriedOver, DetailKind, Messages, ScopeLabel } from './messages.js';
import { LOCALES } from '../languages.js';
import { dateWords } from './dates.js';

// Made on first use: ICU's data loads only when an answer in this language needs it.
let conjunction: Intl.ListFormat | undefined;
const NUMBERS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'];

/** A talk's format as answered when how it was held is the point: its name, and the means where the name only implies it. */
const held = (t: Talk) => (t.format.means.vi === undefined ? t.format.labels.vi : `${t.format.labels.vi} (${t.format.means.vi})`);
const date = dateWords(LOCALES.vi);
const list = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? '') : (conjunction ??= new Intl.ListFormat(LOCALES.vi, { style: 'long', type: 'conjunction' })).format(items);
const count = (n: number) => NUMBERS[n] ?? String(n);
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const allOf = (n: number) => (n === 2 ? 'cả hai' : `cả ${count(n)}`);
const KIND: Readonly<Record<AgreementKind, string>> = { signed: 'ký', agreed: 'nhất trí', affirmed: 'khẳng định' };

/** The kinds of detail, as labels and corrections name them. */
const DETAIL: Readonly<Record<DetailKind, string>> = { number: 'số lượng', amount: 'số tiền', date: 'thời gian', period: 'giai đoạn', place: 'địa điểm', format: 'hình thức', person: 'người', role: 'chức vụ', polarity: 'chiều hướng', status: 'tình trạng', kind: 'loại' };

/** Currencies as Vietnamese names them where the code is not what is written ("1,5 triệu nhân dân tệ", but "USD"). */
const CURRENCIES: Readonly<Record<string, string>> = { CNY: 'nhân dân tệ', EUR: 'euro', VND: 'đồng' };

export const vi: Messages = {
  lang: 'vi',
  carriedOver: (about: CarriedOver) =>
    `(về ${list([
      ...about.people.map((p) => p.names.vi),
      ...about.topics.map((t) => t.labels.vi),
      ...(about.documents.length === 1 ? about.documents.map((a) => a.texts.vi) : about.documents.length > 1 ? [`${count(about.documents.length)} văn kiện`] : []),
      ...(about.talks.length > 0 ? [`${about.talks.length > 1 ? 'các cuộc hội đàm' : 'cuộc hội đàm'} ngày ${list(about.talks.map((t) => date(t.date)))}`] : []),
    ])})`,
  saidBy: (yes, by) => `${yes ? 'Có' : 'Không'}: người nói điều đó là ${list(by.map((p) => `${p.names.vi} (${p.party.acronym ?? p.party.names.vi}, ${p.sideNames.vi})`))}.`,
  spokenBy: (by) => `Người nói điều đó là ${list(by.map((p) => `${p.names.vi} (${p.party.acronym ?? p.party.names.vi}, ${p.sideNames.vi})`))}.`,
  saidAt: (yes, at) => `${yes ? 'Có' : 'Không'}: điều đó được nêu tại ${list(at.map((t) => vi.talk(t)))}.`,
  reportedElsewhere: (from, at) => `(không được nêu ở cuộc hội đàm ngày ${list(from.map((t) => date(t.date)))}: theo cuộc hội đàm ngày ${list(at.map((t) => date(t.date)))})`,
  date,
  list,
  capped: (items, max) => (items.length <= max ? list(items) : `${items.slice(0, max).join(', ')} và ${items.length - max} cuộc khác`),
  count,
  countAlone: count,
  capitalise,
  stop: '.',
  person: (p) => p.names.vi,
  people: (ps) => list(ps.map((p) => p.names.vi)),
  organisation: (o) => o.names.vi,
  organisationShort: (o) => o.acronym ?? o.names.vi,
  description: (o) => o.descriptions.vi,
  topic: (t) => t.labels.vi,
  // How a talk was held, said outright where the label leaves it implicit ("điện đàm (qua điện thoại)", REVIEW.md).
  format: (t) => held(t),
  talk: (t) => `cuộc ${t.format.labels.vi} ngày ${date(t.date)}`,
  talkHeading: (t) => `${date(t.date)}, ${t.format.labels.vi}`,
  role: (p) => p.roles.vi,
  side: (p) => p.sideNames.vi,
  statement: (s) => s.texts.vi,
  agreement: (a) => a.texts.vi,
  figure: (f) => f.texts.vi,
  summary: (t) => t.summary.texts.vi,
  allOf,
  otherCurrency: (asked, used) => `Các bài báo không đưa ra con số nào bằng ${asked}, chỉ bằng ${list(used)}; dưới đây là những gì chúng đưa tin.`,
  noSuchAmount: (amounts, given = []) =>
    `Các bài báo không đưa ra con số ${list(amounts.map((a) => `"${a}"`))}; ${given.length > 0 ? `con số các bài báo nêu là ${list([...given])}` : 'dưới đây là những gì chúng đưa tin'}.`,
  corrected: (wrong, talk, stand, met) =>
    [
      met && met.length > 0 && wrong.length > 0 ? `${met.map((p) => p.names.vi).join(' và ')} không hội đàm ${wrong.join(', ')}; hai ông hội đàm trong cuộc ${talk.format.labels.vi} ngày ${date(talk.date)}.` :
      wrong.length > 0 ? `Không có cuộc hội đàm nào ${wrong.join(', ')}; các bài báo đưa tin về cuộc ${talk.format.labels.vi} ngày ${date(talk.date)}.` : '',
      ...stand.map(({ asked, instead }) => `${asked.names.vi} không tham gia cuộc hội đàm ngày ${date(talk.date)}${instead ? `; người tham gia là ${instead.names.vi}` : ''}.`),
    ].filter((t) => t !== '').join(' '),
  articleCalls: (names, asked) => `Các bài báo gọi là “${names.vi}” (“${names.en}”); bạn hỏi về “${asked}”.`,
  onlyHoped: 'Các bài báo không nói việc này đã được thực hiện; chỉ nêu đây là điều được mong muốn hoặc đề nghị:',
  articleDates: (sources, dates) => `${sources.join(', ')} · ngày đăng: ${dates.map(date).join('; ')}`,
  unknownTalk: 'Tôi không biết cuộc hội đàm đó. Dùng /talks để xem các cuộc hội đàm tôi có.',
  badOptions: 'Một số tùy chọn của lệnh này bị thiếu hoặc không hợp lệ. Vui lòng chạy lại lệnh và điền đủ các tùy chọn bắt buộc.',
  yes: 'Có.',
  notEach: 'Không phải ở mọi cuộc hội đàm.',
  notInReport: (t) => `${vi.talkHeading(t)}: bài báo không đề cập điều này.`,
  no: 'Không.',
  notSo: 'Không phải vậy.',
  earlierNotListed: (n) => `(Còn ${n} cuộc trước đó chưa liệt kê: hãy hỏi theo ngày cụ thể.)`,

  whoLine: (t, roles) => `${date(t.date)}, ${t.format.labels.vi}: ${list(roles)}.`,
  roleOf: (name, role) => `${name} (${role})`,
  inOriginal: (text, original) => `${text}, nguyên văn "${original}"`,
  notAt: (absent, where, seen) =>
    `Không. ${list(absent.map((p) => p.names.vi))} không tham gia ${list(where.map((t) => vi.talk(t)))}; ${vi.onlyIn(seen).replace(/\.$/, '')}.`,
  tookPartIn: (people, where) => `Có: ${list(people.map((p) => p.names.vi))} đã tham gia ${where}.`,
  wasAtEach: (people, where) => `${list(people.map((p) => p.names.vi))} đã tham gia ${where}.`,
  talksCount: (n) => `${allOf(n)} cuộc hội đàm`,
  onlyIn: (seen) => `${seen.map(({ person, talks }) => `${person.names.vi} chỉ tham gia ${vi.capped(talks.map((t) => vi.talk(t)), 4)}`).join('; ')}.`,
  personAt: (seen) => `Có: ${seen.map(({ person, talks }) => `${person.names.vi} tham gia ${vi.capped(talks.map((t) => vi.talk(t)), 4)}`).join('; ')}.`,
  officialsNamed: (_talkCount, people) => `Các bài báo nêu tên ${count(people.length)} quan chức tham gia: ${vi.people(people)}.`,
  noOneElse: (named) => `Các bài báo không nêu tên ai khác: ${list(named.map(({ people, talk }) => `${vi.people(people)} (${vi.talk(talk)})`))}.`,

  talksWere: (n) => `Có ${n} cuộc hội đàm:`,
  yearsCountedLine: (n, year, t, later) =>
    `Tính tiếp từ dịp kỷ niệm ${n} năm mà các bài báo nêu cho năm ${year}, ${t.format.labels.vi} ngày ${date(t.date)} diễn ra ${later} năm sau: năm kỷ niệm thứ ${n + later} (${n} + ${later}). Các bài báo không tự nêu con số cho năm ${year + later}.`,
  intervalLine: (a, b, span) => {
    const parts = [[span.years, 'năm'], [span.months, 'tháng'], [span.rest, 'ngày']].filter(([n]) => Number(n) > 0).map(([n, w]) => `${n} ${w}`);
    const m = span.inMonths;
    const months = m === null ? '' : `, cách nhau ${m.near === 'below' ? 'gần ' : m.near === 'above' ? 'hơn ' : ''}${m.months} tháng`;
    return `${capitalise(b.format.labels.vi)} ngày ${date(b.date)} diễn ra ${span.days} ngày (${parts.join(' ')}) sau ${a.format.labels.vi} ngày ${date(a.date)}${months}.`;
  },
  whenLine: (t) => `${capitalise(t.format.labels.vi)} giữa ${vi.people(t.participants.map((p) => p.person))}: ${date(t.date)}.`,
  agreementWhen: (a, t) => `${capitalise(a.texts.vi)}: ${KIND[a.kind]} ngày ${date(t.date)}, do ${vi.people(a.parties)}, trong ${t.format.labels.vi}.`,
  earlierAgreements: (n) => `(Còn ${n} văn kiện trước đó chưa liệt kê.)`,

  signedLine: (parties, agreements, countAll) =>
    `${vi.people(parties)} đã ký ${countAll !== null ? `${count(countAll)} văn kiện: ` : ''}${list(agreements.map((a) => a.texts.vi))}.`,
  signedBesides: (parties, named, others) =>
    `Ngoài ${list(named.map((a) => a.texts.vi))}, ${vi.people(parties)} còn ký ${list(others.map((a) => a.texts.vi))}.`,
  signedNothingElse: (parties, named) => `Bài báo không nêu văn kiện nào khác: ${vi.people(parties)} chỉ ký ${list(named.map((a) => a.texts.vi))}.`,
  sidesAgreed: (a) => `Hai bên ${a.texts.vi}.`,
  noDocumentSigned: 'Bài báo không nêu văn kiện nào được ký.',
  agreementsLine: (t, parts) => `${vi.talkHeading(t)}: ${parts.join(' ')}`,
  agreementsElsewhere: (found) => `Không. ${vi.agreedAt(found)}`,
  agreedAt: (found) => found.map(({ talk, agreement }) => `${capitalise(agreement.texts.vi)} được ${KIND[agreement.kind]} ngày ${date(talk.date)}, trong ${talk.format.labels.vi}.`).join(' '),
  noAgreement: (scope, signed, topics, elsewhere) => {
    const where = scope ? `Bài báo về ${vi.talk(scope)} không nêu` : 'Các bài báo không nêu';
    const about = topics.length > 0 ? ` về ${list(topics.map((t) => t.labels.vi))}` : '';
    const hint = elsewhere.length > 0 ? ` (Có trong ${vi.capped([...elsewhere].reverse().map((t) => vi.talk(t)), 5)}.)` : '';
    return `${where} ${signed ? 'văn kiện nào được ký' : 'thỏa thuận nào'}${about}.${hint}`;
  },
  notAnAgreement: (said) => ` Điều các bài báo nêu về vấn đề này không phải là thỏa thuận:\n${said.map(({ talk, statement }) => `• ${date(talk.date)}: ${statement.texts.vi}`).join('\n')}`,
  earlierTalksWithAgreements: (n) => `(Còn ${n} cuộc trước đó có thỏa thuận chưa liệt kê: hãy hỏi theo ngày cụ thể.)`,

  formatLine: (t) => `${date(t.date)}: ${held(t)}${t.format.remote ? '' : ' (gặp trực tiếp)'}.`,
  notNamed: (words, talk, instead, beside) =>
    `Các bài báo không nhắc đến ${words}; tại cuộc ${talk.format.labels.vi} ngày ${date(talk.date)}, người hội đàm với ${list(beside.map((p) => p.names.vi))} là ${instead.names.vi}.`,
  heldBy: (talk) => `Cuộc ${talk.format.labels.vi} ngày ${date(talk.date)} là giữa ${list(talk.participants.map((p) => `${p.person.names.vi} (${p.roles.vi})`))}.`,
  notAtTalk: (words, talk) =>
    `Các bài báo không nhắc đến ${words}; cuộc ${talk.format.labels.vi} ngày ${date(talk.date)} là giữa ${list(talk.participants.map((p) => p.person.names.vi))}.`,
  formReasons: (talks) => `Các bài báo không nói riêng vì sao ${list(talks.map((t) => `cuộc ${t.format.labels.vi} ngày ${date(t.date)}`))} không gặp trực tiếp; về lý do các hoạt động trao đổi diễn ra theo hình thức này, bài báo cho biết:`,
  heldRemotely: (talks) => `Hai bên không gặp trực tiếp: các bài báo đưa tin về ${list(talks.map((t) => `cuộc ${t.format.labels.vi} ngày ${date(t.date)}`))}.`,
  noEarlierMeeting: (talks) => `Các bài báo không đưa tin về cuộc gặp nào trước đó: các bài báo chỉ đưa tin về ${list(talks.map((t) => `cuộc ${t.format.labels.vi} ngày ${date(t.date)}`))}, không nói gì về các cuộc gặp trước đó.`,
  noLaterMeeting: (talks) => `Các bài báo không đưa tin về cuộc gặp nào sau đó: các bài báo chỉ đưa tin về ${list(talks.map((t) => `cuộc ${t.format.labels.vi} ngày ${date(t.date)}`))}, không nói gì về các cuộc gặp sau đó.`,
  noSuchMeeting: (talks, remote) => `Các bài báo không đưa tin về cuộc gặp nào như vậy${remote ? ', và hai bên không gặp trực tiếp' : ''}: các bài báo đưa tin về ${list(talks.map((t) => `cuộc ${t.format.labels.vi} ngày ${date(t.date)}`))}.`,
  heldEach: (talks) => `Các cuộc hội đàm không cùng một hình thức: các bài báo đưa tin về ${list(talks.map((t) => `cuộc ${t.format.labels.vi} ngày ${date(t.date)}`))}.`,
  spanStated: (stated, a, b, span) => {
    const parts = [[span.years, 'năm'], [span.months, 'tháng'], [span.rest, 'ngày']].filter(([n]) => Number(n) > 0).map(([n, w]) => `${n} ${w}`);
    return `Hai cuộc hội đàm không cách nhau ${stated}: ${a.format.labels.vi} ngày ${date(a.date)} và ${b.format.labels.vi} ngày ${date(b.date)} cách nhau ${parts.join(' ')} (${span.days} ngày).`;
  },
  overcounted: (n, of) => `Các bài báo chỉ nêu ${count(of)} cuộc hội đàm, không phải ${count(n)}.`,
  notInPerson: (n) => `Không. ${n > 1 ? `Không cuộc nào trong ${count(n)} cuộc hội đàm được` : 'Cuộc hội đàm không được'} tổ chức trực tiếp.`,
  inPerson: (talks) => `Có: cuộc ngày ${list(talks.map((t) => date(t.date)))} được tổ chức trực tiếp.`,
  wasFormat: (n, labels) => `Có: ${n > 1 ? 'các cuộc này đều là' : 'đó là'} ${list(labels)}.`,
  notFormat: (labels) => `Không, không phải ${list(labels)}.`,

  bullet: (text) => `• ${text}`,
  whichTalks: (talks) => `${capitalise(list(talks.map((t) => vi.talk(t))))}.`,
  everyTalkChosen: (talks) => `${capitalise(allOf(talks.length))} lần: ${list(talks.map((t) => vi.talk(t)))}.`,
  doneByOthers: (asked, others) => `Bài báo không nói ${vi.people(asked)} làm vậy; người làm vậy là ${vi.people(others)}:`,
  notAsAsked: (speakers) => `Không: ${speakers.length > 0 ? `bài báo không nêu ${vi.people(speakers)} nói như vậy` : 'không như câu hỏi'}. Bài báo viết về vấn đề này như sau:`,
  notSaid: (scope, speakers, subject, elsewhere) => {
    const where = scope ? `Bài báo về ${vi.talk(scope)}` : 'Các bài báo';
    const about = subject.length > 0 ? ` về ${list(subject)}` : '';
    const who = speakers.length > 0 ? vi.people(speakers) : 'bên nào';
    const hint = elsewhere ? ` Vấn đề này được nêu ngày ${list(elsewhere.dates.map(date))} (do ${vi.people(elsewhere.by)} nêu).` : '';
    return `${where} không nêu ${who} nói gì${about}.${hint}`;
  },
  notWhy: (subject) => `Các bài báo không nói lý do${subject.length > 0 ? `, ngoài những gì được nói về ${list(subject)}` : ''}.`,
  actNotReported: (subject) => `Các bài báo không nhắc đến việc này${subject.length > 0 ? `: không nội dung nào về ${list(subject)} nói như vậy` : ''}. Các bài báo viết:`,
  noFigure: (subject) => `Các bài báo không đưa ra con số nào${subject.length > 0 ? ` về ${list(subject)}` : ''}.`,

  personLine: (p, roles, original) => {
    const at = roles.map(({ participant, talk }) => `${original === true ? vi.inOriginal(participant.roles.vi, participant.roles.en) : participant.roles.vi} tại ${talk.format.labels.vi} ngày ${date(talk.date)}`);
    return `${p.names.vi}, ${p.party.acronym ?? p.party.names.vi} (${p.sideNames.vi}): ${list(at)}.`;
  },
  notReported: (people) => `Các bài báo không nêu ${vi.people(people)} tại các cuộc hội đàm đó.`,
  leaderUnknown: (orgs) => `Các bài báo không nói ai lãnh đạo ${list(orgs.map((o) => o.acronym ?? o.names.vi))}; chỉ nêu tên các quan chức tham gia hội đàm.`,
  organisationLine: (o, by) => {
    const heading = o.acronym ? `${o.acronym} là viết tắt của ${o.names.en} (${o.names.vi}).` : `${o.names.vi}.`;
    const people = by.map(({ person, roles }) => `${person.names.vi} (${roles.map(({ participant, talk }) => `${participant.roles.vi}, ${date(talk.date)}`).join('; ')})`);
    return `${heading} ${o.descriptions.vi}${people.length > 0 ? ` Tại các cuộc hội đàm, đại diện là ${list(people)}.` : ''}`;
  },
  notMentioned: (orgs, single) => `${single ? 'Bài báo' : 'Các bài báo'} này không nhắc đến ${list(orgs.map((o) => o.acronym ?? o.names.vi))}.`,

  summaryLine: (t, topics) => `${vi.talkHeading(t)}: ${t.summary.texts.vi}\nChủ đề: ${list(topics.map((x) => x.labels.vi))}.`,
  talksIntro: (all, shown) => (shown === all ? `Các bài báo đưa tin về ${all} cuộc hội đàm:` : `Trong số ${all} cuộc hội đàm được đưa tin:`),
  talkEntry: (t) => {
    const a = t.article;
    const title = a.titleIsDescriptive ? `bài không có tiêu đề, được mô tả là "${a.title}"` : `"${a.title}"`;
    return `${date(t.date)}: ${t.format.labels.vi} giữa ${vi.people(t.participants.map((p) => p.person))} (${a.outlet}, ${title}).`;
  },
  sourceLine: (t) => {
    const a = t.article;
    const title = a.titleIsDescriptive ? `không có tiêu đề (ở đây mô tả là "${a.title}")` : `tiêu đề "${a.title}"`;
    const extras = [a.caption ? `mở đầu bằng chú thích ảnh "${a.caption}"` : '', a.dateline ? `ghi nơi đưa tin ${a.dateline}` : ''].filter(Boolean);
    return `${a.outletName} (${a.outlet}), ${date(a.date)}: ${title}${extras.length > 0 ? `; ${extras.join('; ')}` : ''}. Đưa tin về ${vi.talk(t)}.`;
  },
  compareLine: (t) => {
    const signed = t.agreements.filter((a) => a.kind === 'signed');
    const docs = signed.length > 0 ? `ký ${list(signed.map((a) => a.texts.vi))}` : 'không ký văn kiện nào';
    return `${date(t.date)}: ${held(t)} giữa ${vi.people(t.participants.map((p) => p.person))}; ${docs}.`;
  },
  inAll: (n, people) => `Ở ${allOf(n)} cuộc: ${vi.people(people)} đều tham gia.`,
  sharedTopics: (n, topics) => `Chủ đề có ở ${allOf(n)} cuộc: ${list(topics.map((t) => t.labels.vi))}.`,
  noSharedTopic: (n) => `${capitalise(allOf(n))} cuộc không có chủ đề chung.`,
  nothingAbout: (t, subject) => `${date(t.date)}: không có thông tin về ${list(subject)}.`,
  onlyOneTalk: 'Chỉ có một cuộc hội đàm để so sánh.',
  sameBody: (same) => (same ? 'Có, cùng một cơ quan:' : 'Không:'),
  unchangedBody: 'Không, vẫn cùng một cơ quan:',
  differentPeople: (people) => `${list(people.map((p) => p.names.vi))} là ${people.length === 2 ? 'hai' : people.length} người khác nhau.`,
  roleCompared: (p, t) => `${p.person.names.vi}: ${p.roles.vi} (${vi.talk(t)}).`,

  factLine: (kind, text, extra) => {
    if (kind === 'agreement') return `${vi.people(extra.parties ?? [])} ${extra.kind === 'signed' ? `${KIND.signed} ` : ''}${text}.`;
    if (kind === 'figure') return `${extra.from?.names.vi ?? ''}: ${text}.`;
    if (kind === 'participant') return `${extra.person?.names.vi ?? ''} tham gia với tư cách ${text}.`;
    return text;
  },
  nothingClose: 'Không có gì trong các bài báo đủ sát với câu hỏi.',
  postOf: (claimed, holder) => `${claimed} (chức vụ của ${holder})`,
  claimNo: (differs) => `Không: ${differs.map((d) => `${d.article}, không phải ${d.claimed}`).join('; ')}.`,
  premiseOtherwise: (differs) => `Các bài báo nêu khác: ${differs.map((d) => `${d.article}, không phải ${d.claimed}`).join('; ')}.`,
  claimVerdict: (verdict, differs) =>
    verdict === 'supports'
      ? 'Các bài báo xác nhận điều này:'
      : verdict === 'contradicts'
        ? `Các bài báo nói khác: ${differs.map((d) => `${DETAIL[d.kind]} là ${d.article}, không phải ${d.claimed}`).join('; ')}.`
        : verdict === 'related'
          ? 'Các bài báo có nội dung liên quan, nhưng không khẳng định điều này:'
          : 'Không có gì trong các bài báo khớp với nhận định này.',
  matchLabel: (verdict, differs) =>
    verdict === 'supports' ? 'xác nhận nhận định' : verdict === 'contradicts' ? `mâu thuẫn (${list(differs.map((k) => DETAIL[k]))})` : 'liên quan',
  detailKind: (kind) => DETAIL[kind],
  claimStatus: (status) => (status === 'done' ? 'đã thực hiện' : 'chỉ là mong muốn hoặc đề xuất'),
  partialDate: (year, month, day) =>
    [day === null ? null : `ngày ${day}`, month === null ? null : `tháng ${month}`, year === null ? null : `năm ${year}`].filter((x) => x !== null).join(' '),
  otherFormat: (id) => (id === 'in person' ? 'gặp trực tiếp' : id === 'written' ? 'bằng văn bản' : id),
  amountBound: (bound, amount) => `${bound === 'above' ? 'hơn' : 'dưới'} ${amount}`,
  amount: (value, unit) => `${value >= 1e6 ? `${String(value / 1e6).replace('.', ',')} triệu` : value.toLocaleString('vi-VN')}${unit ? ` ${vi.currency(unit)}` : ''}`,
  currency: (code) => CURRENCIES[code] ?? code,
  ordinal: (n) => `thứ ${n}`,

  capabilities: ({ reports, outlets, parties, talks }) => {
    const listed = vi.capped([...talks].reverse().map((t) => `${date(t.date)} (${t.format.labels.vi})`), 4);
    return `Tôi trả lời dựa trên ${reports} bài báo của ${list(outlets)} về hội đàm ${parties.join('-')}: ${listed}. Bạn có thể hỏi ai tham gia, khi nào, ký hay nhất trí điều gì, hội đàm được tổ chức thế nào, nói gì về một chủ đề, một người là ai, một chữ viết tắt nghĩa là gì, hoặc yêu cầu tóm tắt hay so sánh. Trích dẫn giữ nguyên tiếng Anh của bài báo.`;
  },
  quotesEach: 'Mỗi câu trả lời đều trích nguyên văn câu trong bài báo làm căn cứ.',
  didYouMean: (q) => ` Có phải bạn muốn hỏi: "${q}"?`,
  empty: 'Xin hãy đặt câu hỏi bằng chữ, ví dụ "Ai đã tham gia hội đàm?"',
  unreadable: 'Tôi không hiểu được câu hỏi trong tin nhắn này. Xin hãy hỏi bằng chữ, ví dụ "Ai đã tham gia hội đàm?"',
  absent: (things) => `Các bài báo không nhắc đến ${list(things.slice(0, 3).map((w) => `"${w}"`))}, nên tôi không thể trả lời dựa trên chúng.`,
  noTalks: (labels) => `Trong các bài báo này không có cuộc hội đàm nào ${labels.join(', ')}.`,
  notPresent: (absent, labels) =>
    `Trong các bài báo này, ${absent.map(({ person, talks }) => `${person.names.vi} chỉ tham gia các cuộc hội đàm ngày ${vi.capped(talks.map((t) => date(t.date)), 4)}`).join('; ')}, không tham gia các cuộc ${labels.join(', ')}.`,
  periodOnly: (years) => `Trong các bài báo này không có cuộc hội đàm nào năm ${years.join(' hoặc ')}.`,
  why: 'Các bài báo không nói lý do.',
  // The word as read may have lost its diacritics ("thich"): not quoted back.
  firstTimeUnknown: (talks) =>
    `Các bài báo đưa tin về ${talks.length} cuộc hội đàm, sớm nhất là ngày ${date(talks[0]?.date ?? '')}; chúng không nói trước đó đã có cuộc nào hay chưa, nên không thể biết đó có phải lần đầu hay không.`,
  firstTimeEarlier: (earlier) => `Không: các bài báo đưa tin về một cuộc hội đàm trước đó, ${vi.talk(earlier)}:`,
  feeling: () => `Các bài báo không nói ai cảm thấy thế nào về điều đó: chúng chỉ thuật lại những gì đã nói, thỏa thuận và ký kết tại các cuộc hội đàm, nên tôi không thể trả lời có hay không.`,
  unanchored: (asks) => (asks === 'when' ? 'Tôi chỉ có thể cho biết ngày của các cuộc hội đàm được đưa tin.' : 'Tôi chỉ có thể cho biết ai đã tham gia các cuộc hội đàm được đưa tin.'),
  attributeNotGiven: (attribute, thing) => `Các bài báo chỉ nhắc đến "${thing}", không cho biết ${attribute.replace(/ cụ thể$/u, '')} cụ thể.`,
  notGiven: (kind, word, subject) => {
    const about = subject ? ` về ${subject}` : '';
    if (kind === 'speaker') return `Các bài báo không đưa tin những gì "${word}" đã nói: chỉ đưa tin lời của các quan chức tại các cuộc hội đàm.`;
    if (kind === 'date') return `Các bài báo không cho biết ngày tháng được hỏi${about}.`;
    if (kind === 'figure') return `Các bài báo không đưa ra con số nào như vậy${about}.`;
    if (kind === 'unnamed') return `Các bài báo không nêu cụ thể tên gọi${about}${word ? `: chỉ nói chung là "${word}"` : ''}.`;
    if (kind === 'contents') return `Các bài báo không cho biết cụ thể gồm những gì${about}${word ? `: chỉ nói chung là "${word}"` : ''}.`;
    if (kind === 'event') return `Các bài báo không cho biết thời điểm của sự việc được hỏi${about}: chỉ đưa tin việc này được nêu tại cuộc hội đàm.`;
    if (kind === 'timing') return `Các bài báo không nêu thời hạn hay lộ trình nào${about}: ngoài ngày diễn ra các cuộc hội đàm, không có ngày tháng nào. Những gì các bài báo đưa tin:`;
    if (kind === 'place') return `Các bài báo không cho biết địa điểm được hỏi${about}.`;
    if (kind === 'other') return `Các bài báo không nhắc đến "${word}" nào: chỉ đưa tin những gì được nói và ký tại các cuộc hội đàm.`;
    if (kind === 'superlative') return `Các bài báo không so sánh hay xếp hạng những gì chúng đưa tin${about}.`;
    return `Các bài báo không cho biết "${word}" được hỏi${about}.`;
  },
  undefinedTerm: (words, topic) => `Các bài báo chỉ nhắc đến "${words}" (${topic.labels.vi}); không nói gì thêm.`,
  unranked: () => 'Các bài báo không xếp hạng hay nói điều nào là nhất; điều các bài báo đưa tin:',
  noneNamed: (words) => `Các bài báo không nêu cụ thể "${words}" nào; điều các bài báo đưa tin:`,
  responseUnreported: (side) => `Các bài báo không đưa tin ${side} đã phản hồi điều đó thế nào; không có phát biểu nào của ${side} về việc này.`,
  giftOtherwise: (thing) => `Bài báo không nói đã trao tặng ${thing}, cũng không nêu số lượng; điều bài báo đưa tin đã được trao tặng:`,
  giftUnreported: (side, more) => `Các bài báo không đưa tin ${side} đã trao tặng gì${more ? `; điều các bài báo đưa tin về ${side} ở việc này:` : '.'}`,
  namesNone: (words) => `Các bài báo không nêu cụ thể "${words}" nào; các bài báo không nói gì thêm về chúng.`,
  noSuchDocument: (ordinal, signed) => `Các bài báo chỉ nêu nhiều nhất ${count(signed)} văn kiện được ký tại một cuộc hội đàm, nên không có văn kiện thứ ${count(ordinal)}.`,
  noNumber: 'Các bài báo không đưa ra con số như vậy.',
  noMatch: (reports) => `Tôi không tìm thấy nội dung nào trong ${count(reports)} bài báo khớp với câu hỏi này.`,
  unsupported: (kind, { talks, reports }) => {
    const newest = [...talks].reverse();
    switch (kind) {
      case 'instructions':
        return 'Tôi chỉ trả lời câu hỏi về các bài báo, dựa trên nội dung của chúng: tôi không nhận chỉ thị mới, không đóng vai và không viết văn bản khác.';
      case 'opinion':
        return 'Tôi chỉ thuật lại những gì các bài báo viết; tôi không đưa ra ý kiến riêng.';
      case 'maths':
        return 'Tôi không tính toán hay quy đổi; tôi chỉ trả lời dựa trên những gì bài báo viết.';
      case 'contact':
        return 'Các bài báo không cung cấp thông tin liên hệ (số điện thoại, email, địa chỉ) của các quan chức hay cơ quan của họ; chỉ nêu tên và chức vụ tại các cuộc hội đàm.';
      case 'personal':
        return 'Các bài báo không nói gì về đời tư của các quan chức (tuổi, năm sinh, gia đình, lý lịch); chỉ nêu tên và chức vụ tại các cuộc hội đàm.';
      case 'future': {
        const latest = newest[0];
        return `Các bài báo đưa tin về ${count(talks.length)} cuộc hội đàm đã diễn ra${latest ? `, gần nhất ngày ${date(latest.date)}` : ''}; không nói gì về những gì diễn ra sau đó (các cuộc gặp sau này, tình hình hiện nay).`;
      }
      case 'timing':
        return 'Các bài báo không nêu thời hạn hay ngày tháng nào ngoài ngày diễn ra các cuộc hội đàm.';
      case 'tenure':
        return 'Các bài báo không nói ai giữ chức vụ trong bao lâu: chỉ nêu chức vụ của mỗi người tại các cuộc hội đàm.';
      case 'duration':
        return 'Các bài báo không nói các cuộc hội đàm kéo dài bao lâu hay diễn ra vào giờ nào.';
      case 'language':
        return 'Các bài báo không nói các cuộc hội đàm dùng ngôn ngữ nào, hay ai phiên dịch.';
      case 'journey':
        return 'Các bài báo không nói gì về hành trình, thời gian đi lại hay khoảng cách: chỉ đưa tin những gì được nói và ký tại các cuộc hội đàm.';
      case 'location':
      case 'travel': {
        const held = vi.capped(newest.map((t) => `${vi.talk(t)}`), 4);
        const datelined = newest.filter((t) => t.article.dateline).slice(0, 4).map((t) => `bài ngày ${date(t.article.date)} ghi nơi đưa tin ${t.article.dateline ?? ''}`);
        const what = kind === 'travel' ? 'các quan chức đã đi đâu' : 'những người tham gia ở đâu';
        return `Các bài báo không nói ${what}. Các bài đưa tin về ${held}${datelined.length > 0 ? ` (${list(datelined)})` : ''}.`;
      }
      case 'detail':
        return 'Các bài báo không nêu chi tiết đó: chỉ nhắc đến vật tư, văn kiện hay các hoạt động giao lưu mà không liệt kê hay trích dẫn.';
      case 'offtopic':
        return `Điều đó nằm ngoài ${count(reports)} bài báo mà tôi biết.`;
    }
  },

  scopeLabel: (label: ScopeLabel) => {
    switch (label.kind) {
      case 'year':
        return `năm ${label.year}`;
      case 'month':
        return label.day === null ? `vào tháng ${label.month}` : `vào ngày ${label.day}/${label.month}`;
      case 'part':
        return label.part.unit === 'months' ? `từ tháng ${label.part.from} đến tháng ${label.part.to}` : `từ ngày ${label.part.from} đến ngày ${label.part.to}/${label.part.month}`;
      case 'format':
        return `dưới hình thức ${label.talk.format.labels.vi}`;
      case 'person':
        return `với ${label.person.names.vi}`;
      case 'ordinal':
        return label.word === 'first' || label.word === 'earlier' || label.word === 'earliest' ? 'đầu tiên' : 'gần nhất';
      case 'count':
        return `thứ ${label.count}: các bài báo chỉ nêu ${label.of} cuộc`;
    }
  },

  moreSources: 'Thêm nguồn',
  moreMatches: 'Thêm kết quả',
  postQuote: (n) => `Đăng [${n}]`,
  askSuggested: (q) => `Hỏi: ${q}`,
  sourcesShown: (from, to, total) => `trích dẫn ${from}–${to} trên ${total}; bấm Thêm nguồn để xem phần còn lại`,
  sourcesPage: (from, to, total) => (from === to ? `Trích dẫn ${from} trên ${total}` : `Trích dẫn ${from}–${to} trên ${total}`),
  findSourcesTitle: 'Các câu trong bài báo liên quan đến tin nhắn này',
  findSourcesFor: (excerpt) => `Kết quả sát nhất cho: ${excerpt}`,
  matchesShown: (from, to, total) => `kết quả ${from}–${to} trên ${total} · bấm Đăng để chia sẻ một câu trong kênh`,
  nothingMatchesMessage: 'Không có câu nào trong các bài báo đủ sát với tin nhắn này.',
  messageHasNoText: 'Tin nhắn này không có chữ để tìm nguồn.',
  posted: 'Đã đăng trong kênh.',
  citationFor: (mention) => `Trích dẫn gửi ${mention}:`,
  quoteSource: (outlet, isoDate, title) => `${outlet}, ${date(isoDate)} · ${title}`,
  articleTitle: (title, descriptive) => (descriptive ? `bài không có tiêu đề, được mô tả là “${title}”` : `“${title}”`),
  inReplyTo: (link) => `trả lời ${link}`,
  cooldown: (seconds) => `Bạn vừa nhận nhiều câu trả lời công khai liên tiếp; hãy thử lại sau ${seconds} giây, hoặc thêm hide:true để nhận câu trả lời chỉ mình bạn thấy.`,
  mentionCooldown: (seconds) => `⏳ Bạn đang hỏi nhanh hơn mức tôi trả lời công khai; hãy hỏi lại sau ${seconds} giây.`,
  buttonOutdated: 'Nút này có từ trước khi các bài báo được cập nhật; xin hãy hỏi lại.',
  unknownSentence: 'Hãy chọn một trong các câu được gợi ý khi bạn gõ (gõ vài từ trong câu đó).',
  sentenceNotInTalk: 'Câu đó không thuộc cuộc hội đàm bạn đã chọn; hãy chọn một câu được gợi ý cho cuộc hội đàm đó.',
  commandsLinked: (lines) => `Lệnh:\n${lines.join('\n')}`,
};
