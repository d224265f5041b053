// The answers' words in Chinese (simplified). Quotes stay verbatim English; what introduces them is Chinese.
// Where the article names a contested thing ("East Sea"), the answer uses the article's term and says so.
import type { AgreementKind, Participant } from '../facts/types.js';
import type { CarriedOver, DetailKind, Messages, ScopeLabel } from './messages.js';
import { LOCALES } from '../languages.js';
import { dateWords } from './dates.js';

// Made on first use: ICU's data loads only when an answer in this language needs it.
let conjunction: Intl.ListFormat | undefined;
const NUMBERS = ['零', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'];
/** Ordinals say 二, not 两 (第二). */
const ORDINAL_WORDS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

const date = dateWords(LOCALES.zh);
const list = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? '') : (conjunction ??= new Intl.ListFormat(LOCALES.zh, { style: 'long', type: 'conjunction' })).format(items);
const count = (n: number) => NUMBERS[n] ?? String(n);
const allOf = (n: number) => (n === 2 ? '两次' : `全部${count(n)}次`);
const KIND: Readonly<Record<AgreementKind, string>> = { signed: '签署', agreed: '商定', affirmed: '确认' };

/** The kinds of detail, as labels and corrections name them. */
const DETAIL: Readonly<Record<DetailKind, string>> = { number: '数量', amount: '金额', date: '日期', period: '期限', place: '地点', format: '形式', person: '人物', role: '职务', polarity: '倾向', status: '状态', kind: '类别' };

/** Words left in English (the articles' own, or a claim's the asker's words were not found for): no part of a Chinese sentence. */
const ENGLISH = /[a-z]{3,}/u;

/**
 * "是X，而不是Y" for each differing detail, in Chinese only: a side worded in English is left out ("并非“一帆风顺”"
 * when the articles' words are English), and a detail with both sides in English is not shown; null when none is.
 */
function differing(differs: readonly { readonly article: string; readonly claimed: string }[]): string | null {
  const parts = differs.flatMap((d, i) => {
    const article = !ENGLISH.test(d.article);
    const claimed = !ENGLISH.test(d.claimed);
    if (article && claimed) return [`是${d.article}，而不是${d.claimed}`];
    if (article) return [`是${d.article}`];
    // The asker's words already put right by a detail before ("越南外交部", then "外交部") are not denied again.
    const before = differs.slice(0, i).map((x) => x.claimed.replace(/[“”]/gu, ''));
    return claimed && !before.some((b) => b.includes(d.claimed.replace(/[“”]/gu, ''))) ? [`并非${d.claimed}`] : [];
  });
  return parts.length > 0 ? parts.join('；') : null;
}

export const zh: Messages = {
  lang: 'zh',
  carriedOver: (about: CarriedOver) =>
    `（关于${list([
      ...about.people.map((p) => p.names.zh),
      ...about.topics.map((t) => t.labels.zh),
      ...(about.documents.length === 1 ? about.documents.map((a) => a.texts.zh) : about.documents.length > 1 ? [`${count(about.documents.length)}份文件`] : []),
      ...(about.talks.length > 0 ? [`${list(about.talks.map((t) => date(t.date)))}的会谈`] : []),
    ])}）`,
  saidBy: (yes, by) => `${yes ? '是的' : '不是'}。那是${list(by.map((p) => `${p.names.zh}（${p.party.acronym ?? p.party.names.zh}，${p.sideNames.zh}）`))}说的。`,
  spokenBy: (by) => `那是${list(by.map((p) => `${p.names.zh}（${p.party.acronym ?? p.party.names.zh}，${p.sideNames.zh}）`))}说的。`,
  saidAt: (yes, at) => `${yes ? '是的' : '不是'}。那是在${list(at.map((t) => zh.talk(t)))}上说的。`,
  reportedElsewhere: (from, at) => `（${list(from.map((t) => date(t.date)))}的会谈未提及：以下据${list(at.map((t) => date(t.date)))}的会谈）`,
  date,
  list,
  capped: (items, max) => (items.length <= max ? list(items) : `${items.slice(0, max).join('、')}等${items.length}项`),
  count,
  countAlone: (n) => `${count(n)}个`,
  capitalise: (text) => text,
  stop: '。',
  person: (p) => p.names.zh,
  people: (ps) => list(ps.map((p) => p.names.zh)),
  organisation: (o) => o.names.zh,
  organisationShort: (o) => o.acronym ?? o.names.zh,
  description: (o) => o.descriptions.zh,
  topic: (t) => t.labels.zh,
  format: (t) => t.format.labels.zh,
  talk: (t) => `${date(t.date)}的${t.format.labels.zh}`,
  talkHeading: (t) => `${date(t.date)}，${t.format.labels.zh}`,
  role: (p) => p.roles.zh,
  side: (p) => p.sideNames.zh,
  statement: (s) => s.texts.zh,
  agreement: (a) => a.texts.zh,
  figure: (f) => f.texts.zh,
  summary: (t) => t.summary.texts.zh,
  allOf,
  otherCurrency: (asked, used) => `报道没有以${asked}计的数字，只有${list(used)}；以下是报道的内容。`,
  noSuchAmount: (amounts, given = []) => `报道中没有${list(amounts.map((a) => `“${a}”`))}这一数字；${given.length > 0 ? `报道给出的是${list([...given])}` : '以下是报道的内容'}。`,
  corrected: (wrong, talk, stand, met) =>
    [
      met && met.length > 0 && wrong.length > 0 ? `${met.map((p) => p.names.zh).join('和')}并没有${wrong.join('、')}的会谈；他们举行的是${date(talk.date)}的${talk.format.labels.zh}。` :
      wrong.length > 0 ? `并没有${wrong.join('、')}的会谈；报道的是${date(talk.date)}的${talk.format.labels.zh}。` : '',
      ...stand.map(({ asked, instead }) => `${asked.names.zh}没有参加${date(talk.date)}的会谈${instead ? `，参加的是${instead.names.zh}` : ''}。`),
    ].filter((t) => t !== '').join(''),
  articleCalls: (names, asked) => `报道使用的名称是“${names.zh}”（“${names.en}”）；您问的是“${asked}”。`,
  onlyHoped: '报道没有说这件事已经做到，只说这是一方的希望或提议：',
  articleDates: (sources, dates) => `${sources.join('、')} · 报道日期：${dates.map(date).join('、')}`,
  unknownTalk: '我不知道这次会谈。用 /talks 查看我涵盖的会谈。',
  badOptions: '此命令的部分选项缺失或无效。请重新运行该命令，并填写所有必填选项。',
  yes: '是的。',
  notEach: '并非每次会谈都谈到。',
  notInReport: (t) => `${zh.talkHeading(t)}：报道未提及此事。`,
  no: '不是。',
  notSo: '不对，',
  earlierNotListed: (n) => `（另有${n}次更早的会谈未列出：请按日期提问。）`,

  whoLine: (t, roles) => `${date(t.date)}，${t.format.labels.zh}：${list(roles)}。`,
  roleOf: (name, role) => `${name}（${role}）`,
  inOriginal: (text, original) => `${text}，原文“${original}”`,
  notAt: (absent, where, seen) => `不是。${list(absent.map((p) => p.names.zh))}没有参加${list(where.map((t) => zh.talk(t)))}；${zh.onlyIn(seen).replace(/。$/, '')}。`,
  tookPartIn: (people, where) => `是的：${list(people.map((p) => p.names.zh))}参加了${where}。`,
  wasAtEach: (people, where) => `${list(people.map((p) => p.names.zh))}参加了${where}。`,
  talksCount: (n) => `${allOf(n)}会谈`,
  onlyIn: (seen) => `${seen.map(({ person, talks }) => `${person.names.zh}只参加了${zh.capped(talks.map((t) => zh.talk(t)), 4)}`).join('；')}。`,
  personAt: (seen) => `是的：${seen.map(({ person, talks }) => `${person.names.zh}参加了${zh.capped(talks.map((t) => zh.talk(t)), 4)}`).join('；')}。`,
  officialsNamed: (_talkCount, people) => `报道提到的与会官员共${count(people.length)}位：${zh.people(people)}。`,
  noOneElse: (named) => `报道没有提到其他人：${list(named.map(({ people, talk }) => `${zh.people(people)}（${zh.talk(talk)}）`))}。`,

  talksWere: (n) => `共有${n}次会谈：`,
  yearsCountedLine: (n, year, t, later) =>
    `按报道所说${year}年为${n}周年推算，${date(t.date)}的${t.format.labels.zh}在其后${later}年，即${n + later}周年（${n} + ${later}）；报道本身没有给出${year + later}年的数字。`,
  intervalLine: (a, b, span) => {
    const parts = [[span.years, '年'], [span.months, '个月'], [span.rest, '天']].filter(([n]) => Number(n) > 0).map(([n, w]) => `${n}${w}`);
    const m = span.inMonths;
    const months = m === null ? '' : `，相隔${m.near === 'below' ? '近' : ''}${m.months}个${m.near === 'above' ? '多' : ''}月`;
    return `${date(b.date)}的${b.format.labels.zh}在${date(a.date)}的${a.format.labels.zh}之后${span.days}天（${parts.join('')}）举行${months}。`;
  },
  whenLine: (t) => `${zh.people(t.participants.map((p) => p.person))}的${t.format.labels.zh}：${date(t.date)}。`,
  agreementWhen: (a, t) => `${a.texts.zh}：${date(t.date)}由${zh.people(a.parties)}在${t.format.labels.zh}中${KIND[a.kind]}。`,
  earlierAgreements: (n) => `（另有${n}份更早的文件未列出。）`,

  signedLine: (parties, agreements, countAll) =>
    `${zh.people(parties)}签署了${countAll !== null ? `${count(countAll)}份文件：` : ''}${list(agreements.map((a) => a.texts.zh))}。`,
  signedBesides: (parties, named, others) => `除${list(named.map((a) => a.texts.zh))}外，${zh.people(parties)}还签署了${list(others.map((a) => a.texts.zh))}。`,
  signedNothingElse: (parties, named) => `报道没有提到其他文件：${zh.people(parties)}只签署了${list(named.map((a) => a.texts.zh))}。`,
  sidesAgreed: (a) => `双方${a.texts.zh}。`,
  noDocumentSigned: '报道没有提到签署任何文件。',
  agreementsLine: (t, parts) => `${zh.talkHeading(t)}：${parts.join('')}`,
  agreementsElsewhere: (found) => `不是。${zh.agreedAt(found)}`,
  agreedAt: (found) => found.map(({ talk, agreement }) => `${agreement.texts.zh}于${date(talk.date)}在${talk.format.labels.zh}中${KIND[agreement.kind]}。`).join(''),
  noAgreement: (scope, signed, topics, elsewhere) => {
    const where = scope ? `关于${zh.talk(scope)}的报道` : '报道';
    const about = topics.length > 0 ? `关于${list(topics.map((t) => t.labels.zh))}的` : '';
    const hint = elsewhere.length > 0 ? `（${zh.capped([...elsewhere].reverse().map((t) => zh.talk(t)), 5)}中有。）` : '';
    return `${where}没有提到${about}${signed ? '签署的文件' : '协议'}。${hint}`;
  },
  notAnAgreement: (said) => ` 报道就此所说的并不是协议：\n${said.map(({ talk, statement }) => `• ${date(talk.date)}：${statement.texts.zh}`).join('\n')}`,
  earlierTalksWithAgreements: (n) => `（另有${n}次达成协议的更早会谈未列出：请按日期提问。）`,

  formatLine: (t) => `${date(t.date)}：${t.format.labels.zh}${t.format.remote ? '' : '（面对面）'}。`,
  heldBy: (talk) => `${date(talk.date)}的${talk.format.labels.zh}是${list(talk.participants.map((p) => `${p.person.names.zh}（${p.roles.zh}）`))}之间举行的。`,
  notAtTalk: (words, talk) => `报道没有提到${words}；${date(talk.date)}的${talk.format.labels.zh}是${list(talk.participants.map((p) => p.person.names.zh))}之间举行的。`,
  notNamed: (words, talk, instead, beside) => `报道没有提到${words}；${date(talk.date)}的${talk.format.labels.zh}中，与${list(beside.map((p) => p.names.zh))}会谈的是${instead.names.zh}。`,
  formReasons: (talks) => `报道没有单独说明${list(talks.map((t) => `${date(t.date)}的${t.format.labels.zh}`))}为何未当面举行；关于交流为何采取这种形式，报道称：`,
  heldRemotely: (talks) => `双方并未面对面会谈：报道的是${list(talks.map((t) => `${date(t.date)}的${t.format.labels.zh}`))}。`,
  noEarlierMeeting: (talks) => `报道没有提到此前的会晤：报道的只是${list(talks.map((t) => `${date(t.date)}的${t.format.labels.zh}`))}，没有提到双方此前的会面。`,
  noLaterMeeting: (talks) => `报道没有提到此后的会晤：报道的只是${list(talks.map((t) => `${date(t.date)}的${t.format.labels.zh}`))}，没有提到双方此后的会面。`,
  noSuchMeeting: (talks, remote) => `报道中没有这样的会晤${remote ? '，双方也并未面对面会谈' : ''}：报道的是${list(talks.map((t) => `${date(t.date)}的${t.format.labels.zh}`))}。`,
  heldEach: (talks) => `会谈形式并不相同：报道的是${list(talks.map((t) => `${date(t.date)}的${t.format.labels.zh}`))}。`,
  spanStated: (stated, a, b, span) => {
    const parts = [[span.years, '年'], [span.months, '个月'], [span.rest, '天']].filter(([n]) => Number(n) > 0).map(([n, w]) => `${n}${w}`);
    return `两次会谈并非相隔${stated}：${date(a.date)}的${a.format.labels.zh}与${date(b.date)}的${b.format.labels.zh}相隔${parts.join('')}（${span.days}天）。`;
  },
  overcounted: (n, of) => `报道只提到${count(of)}次会谈，而不是${count(n)}次。`,
  notInPerson: (n) => `不是。${n > 1 ? `${count(n)}次会谈都不是` : '会谈不是'}面对面举行的。`,
  inPerson: (talks) => `是的：${list(talks.map((t) => date(t.date)))}的会谈是面对面举行的。`,
  wasFormat: (n, labels) => `是的：${n > 1 ? '这些都是' : '那是'}${list(labels)}。`,
  notFormat: (labels) => `不是，不是${list(labels)}。`,

  bullet: (text) => `• ${text}`,
  whichTalks: (talks) => `${list(talks.map((t) => zh.talk(t)))}。`,
  everyTalkChosen: (talks) => `${allOf(talks.length)}会谈都有：${list(talks.map((t) => zh.talk(t)))}。`,
  doneByOthers: (asked, others) => `报道没有说${zh.people(asked)}这样做；这样做的是${zh.people(others)}：`,
  notAsAsked: (speakers) => `不是：${speakers.length > 0 ? `报道没有说${zh.people(speakers)}这样说过` : '与所问不符'}。报道就此所说的是：`,
  notSaid: (scope, speakers, subject, elsewhere) => {
    const where = scope ? `关于${zh.talk(scope)}的报道` : '报道';
    const about = subject.length > 0 ? `关于${list(subject)}的` : '';
    const who = speakers.length > 0 ? zh.people(speakers) : '任何一方';
    const hint = elsewhere ? `这一话题出现在${list(elsewhere.dates.map(date))}（由${zh.people(elsewhere.by)}提出）。` : '';
    return `${where}没有提到${who}说过任何${about}话。${hint}`;
  },
  notWhy: (subject) => `报道没有说明原因${subject.length > 0 ? `，只报道了关于${list(subject)}的内容` : ''}。`,
  actNotReported: (subject) => `报道没有提到这一点${subject.length > 0 ? `：关于${list(subject)}的内容都没有这样说` : ''}。报道所说的是：`,
  noFigure: (subject) => `报道没有给出${subject.length > 0 ? `关于${list(subject)}的` : ''}数字。`,

  personLine: (p, roles, original) => {
    const role = (r: Participant) => (original === true ? zh.inOriginal(r.roles.zh, r.roles.en) : r.roles.zh);
    const at = roles.map(({ participant, talk }) => `${date(talk.date)}${talk.format.labels.zh}时任${role(participant)}`);
    return `${p.names.zh}（${p.names.en}），${p.party.names.zh}（${p.sideNames.zh}）：${list(at)}。`;
  },
  notReported: (people) => `报道没有提到${zh.people(people)}参加这些会谈。`,
  leaderUnknown: (orgs) => `报道没有说谁领导${list(orgs.map((o) => o.names.zh))}；只提到举行会谈的官员。`,
  organisationLine: (o, by) => {
    const heading = o.acronym ? `${o.acronym}是${o.names.en}（${o.names.zh}）的缩写。` : `${o.names.zh}。`;
    const people = by.map(({ person, roles }) => `${person.names.zh}（${roles.map(({ participant, talk }) => `${participant.roles.zh}，${date(talk.date)}`).join('；')}）`);
    return `${heading}${o.descriptions.zh}${people.length > 0 ? `会谈中其代表为${list(people)}。` : ''}`;
  },
  notMentioned: (orgs) => `相关报道没有提到${list(orgs.map((o) => o.acronym ?? o.names.zh))}。`,

  summaryLine: (t, topics) => `${zh.talkHeading(t)}：${t.summary.texts.zh}\n话题：${list(topics.map((x) => x.labels.zh))}。`,
  talksIntro: (all, shown) => (shown === all ? `报道涉及${all}次会谈：` : `在报道涉及的${all}次会谈中：`),
  talkEntry: (t) => {
    const a = t.article;
    const title = a.titleIsDescriptive ? `无标题报道，描述为“${a.title}”` : `“${a.title}”`;
    return `${date(t.date)}：${zh.people(t.participants.map((p) => p.person))}的${t.format.labels.zh}（${a.outlet}，${title}）。`;
  },
  sourceLine: (t) => {
    const a = t.article;
    const title = a.titleIsDescriptive ? `没有标题（此处描述为“${a.title}”）` : `标题为“${a.title}”`;
    const extras = [a.caption ? `开头是图片说明“${a.caption}”` : '', a.dateline ? `电头为${a.dateline}` : ''].filter(Boolean);
    return `${a.outletName}（${a.outlet}），${date(a.date)}：${title}${extras.length > 0 ? `；${extras.join('；')}` : ''}。报道${zh.talk(t)}。`;
  },
  compareLine: (t) => {
    const signed = t.agreements.filter((a) => a.kind === 'signed');
    const docs = signed.length > 0 ? `签署了${list(signed.map((a) => a.texts.zh))}` : '没有签署文件';
    return `${date(t.date)}：${zh.people(t.participants.map((p) => p.person))}的${t.format.labels.zh}；${docs}。`;
  },
  inAll: (n, people) => `${allOf(n)}会谈中：${zh.people(people)}均参加。`,
  sharedTopics: (n, topics) => `${allOf(n)}会谈共同涉及的话题：${list(topics.map((t) => t.labels.zh))}。`,
  noSharedTopic: (n) => `${allOf(n)}会谈没有共同话题。`,
  nothingAbout: (t, subject) => `${date(t.date)}：没有关于${list(subject)}的报道。`,
  onlyOneTalk: '只有一次会谈，无法比较。',
  sameBody: (same) => (same ? '是的，同一机构：' : '不是：'),
  unchangedBody: '没有，两次都是同一机构：',
  differentPeople: (people) => `${list(people.map((p) => p.names.zh))}是${people.length === 2 ? '两' : people.length}个不同的人。`,
  roleCompared: (p, t) => `${p.person.names.zh}：${p.roles.zh}（${zh.talk(t)}）。`,

  factLine: (kind, text, extra) => {
    if (kind === 'agreement') return `${zh.people(extra.parties ?? [])}${extra.kind === 'signed' ? KIND.signed : ''}${text}。`;
    if (kind === 'figure') return `${extra.from?.names.zh ?? ''}：${text}。`;
    if (kind === 'participant') return `${extra.person?.names.zh ?? ''}以${text}身份参加。`;
    return text;
  },
  nothingClose: '报道中没有足够接近的内容。',
  // With no detail (as a prefix of every such line, src/conversation/follow-up.ts), "不是：" alone.
  postOf: (claimed, holder) => `${claimed}（${holder}的职务）`,
  claimNo: (differs) => `不是：${differs.length === 0 ? '' : (differing(differs) ?? '报道的说法不同')}。`,
  premiseOtherwise: (differs) => `报道的说法不同${((d) => (d === null ? '' : `：${d}`))(differing(differs))}。`,
  claimVerdict: (verdict, differs) =>
    verdict === 'supports'
      ? '报道证实了这一说法：'
      : verdict === 'contradicts'
        ? `报道的说法不同：${differs.map((d) => `${DETAIL[d.kind]}是${d.article}，而不是${d.claimed}`).join('；')}。`
        : verdict === 'related'
          ? '报道有相关内容，但不能证实这一说法：'
          : '报道中没有与这一说法相符的内容。',
  matchLabel: (verdict, differs) =>
    verdict === 'supports' ? '支持该说法' : verdict === 'contradicts' ? `与之矛盾（${differs.map((k) => DETAIL[k]).join('、')}）` : '相关',
  detailKind: (kind) => DETAIL[kind],
  claimStatus: (status) => (status === 'done' ? '已完成' : '只是希望或提议'),
  partialDate: (year, month, day) => `${year === null ? '' : `${year}年`}${month === null ? '' : `${month}月`}${day === null ? '' : `${day}日`}`,
  otherFormat: (id) => (id === 'in person' ? '面对面' : id === 'written' ? '书面' : id),
  amountBound: (bound, amount) => `${bound === 'above' ? '超过' : '不到'}${amount}`,
  amount: (value, unit) => `${value >= 1e4 ? `${value / 1e4}万` : String(value)}${unit ? ` ${unit}` : ''}`,
  currency: (code) => code,
  // "第一个百年奋斗目标": a small ordinal is written in words with its measure word, as the articles' Chinese would; "第13" stays.
  ordinal: (n) => (n >= 1 && n <= 10 ? `第${ORDINAL_WORDS[n] ?? n}个` : `第${n}`),

  capabilities: ({ reports, outlets, parties, talks }) => {
    const listed = zh.capped([...talks].reverse().map((t) => `${date(t.date)}（${t.format.labels.zh}）`), 4);
    return `我根据${list(outlets)}关于${parties.join('-')}会谈的${reports}篇报道回答问题：${listed}。可以问谁参加了会谈、何时、签署或商定了什么、会谈以何种方式举行、就某一话题说了什么、某人是谁、某个缩写的意思，或请我总结、比较。引文保留报道的英文原文。`;
  },
  quotesEach: '每个回答都引用其依据的报道原句。',
  didYouMean: (q) => `你是不是想问：“${q}”？`,
  empty: '请用文字提问，例如“谁参加了会谈？”',
  unreadable: '我没能看懂这条消息问的是什么。请用文字提问，例如“谁参加了会谈？”',
  absent: (things) => `报道没有提到${list(things.slice(0, 3).map((w) => `“${w}”`))}，因此无法据此回答。`,
  noTalks: (labels) => `这些报道中没有${labels.join('、')}的会谈。`,
  notPresent: (absent, labels) =>
    `在这些报道中，${absent.map(({ person, talks }) => `${person.names.zh}只参加了${zh.capped(talks.map((t) => date(t.date)), 4)}的会谈`).join('；')}，没有参加${labels.join('、')}的会谈。`,
  periodOnly: (years) => `这些报道中没有${years.join('或')}年的会谈。`,
  why: '报道没有说明原因。',
  firstTimeUnknown: (talks) =>
    `报道共报道了${talks.length}次会谈，最早的是${date(talks[0]?.date ?? '')}；报道没有说此前是否有过会谈，所以无法判断是不是第一次。`,
  firstTimeEarlier: (earlier) => `不是：报道还报道了更早的会谈，即${zh.talk(earlier)}：`,
  feeling: (word) => `报道没有说任何人对此的感受（“${word}”）：只报道了会谈中说了什么、商定和签署了什么，所以我无法回答是或否。`,
  // The act as typed ("先提出要打"), when every word of it is Chinese: what the reports do not say, named.
  unanchored: (asks, act) =>
    asks === 'when'
      ? '我只能给出报道所述会谈的日期。'
      : act && act.length > 0 && act.every((w) => /^\p{Script=Han}+$/u.test(w))
        ? `报道没有说是谁${act.join('')}的；我只能说明报道所述会谈的参加者。`
        : '我只能说明报道所述会谈的参加者。',
  attributeNotGiven: (attribute, thing) => `报道只提到“${thing}”，没有给出其${attribute}。`,
  notGiven: (kind, word, subject) => {
    const about = subject ? `关于${subject}，` : '';
    if (kind === 'speaker') return `报道没有转述“${word}”说了什么，只报道了会谈官员的话。`;
    if (kind === 'date') return `${about}报道没有给出所问的具体日期。`;
    if (kind === 'figure') return `${about}报道没有给出这样的数字。`;
    if (kind === 'unnamed') return `${about}报道没有具体列出名称${word ? `，只笼统提到“${word}”` : ''}。`;
    if (kind === 'contents') return `${about}报道没有说明具体包括什么${word ? `，只笼统提到“${word}”` : ''}。`;
    if (kind === 'event') return `${about}报道没有给出所问事件的时间，只报道了会谈中提到此事。`;
    if (kind === 'timing') return `${about}报道没有给出任何期限或时间表，除会谈日期外没有其他日期。报道的内容如下：`;
    if (kind === 'place') return `${about}报道没有给出所问的地点。`;
    if (kind === 'other') return `报道没有提到任何“${word}”，只报道了会谈中所说和所签署的内容。`;
    if (kind === 'superlative') return `${about}报道没有对所报道的内容进行比较或排名。`;
    return `${about}报道没有给出所问的“${word}”。`;
  },
  undefinedTerm: (words, topic) => `报道只提到“${words}”（${topic.labels.zh}），没有进一步说明。`,
  unranked: () => '报道没有对这些进行排名，也没有说哪一个最突出；报道的内容如下：',
  noneNamed: (words) => `报道没有具体点出哪些“${words}”；报道的内容如下：`,
  responseUnreported: (side) => `报道没有提到${side}对此作何回应，也没有${side}就此的表态。`,
  giftOtherwise: (thing) => `报道没有说赠送的是${thing}，也没有给出数量；报道的赠送是：`,
  giftUnreported: (side, more) => `报道没有提到${side}赠送或提供了什么${more ? `；报道中${side}就此的表态：` : '。'}`,
  namesNone: (words) => `报道没有具体点出哪些“${words}”，也没有更多说明。`,
  noSuchDocument: (ordinal, signed) => `报道显示一次会谈最多签署了${count(signed)}份文件，因此没有第${count(ordinal)}份。`,
  noNumber: '报道没有给出这样的数字。',
  noMatch: (reports) => `在这${count(reports)}篇报道中找不到与这个问题相符的内容。`,
  unsupported: (kind, { talks, reports }) => {
    const newest = [...talks].reverse();
    switch (kind) {
      case 'instructions':
        return '我只根据报道内容回答关于报道的问题：不接受新的指令，不扮演角色，也不撰写其他文字。';
      case 'opinion':
        return '我只转述报道的内容，不发表个人看法。';
      case 'maths':
        return '我不做计算或换算；只根据报道内容回答。';
      case 'contact':
        return '报道没有提供官员或其所在机构的联系方式（电话号码、电子邮箱、地址），只提到他们的姓名和在会谈中的职务。';
      case 'personal':
        return '报道没有涉及官员的个人情况（年龄、出生、家庭、履历），只提到他们的姓名和在会谈中的职务。';
      case 'future': {
        const latest = newest[0];
        return `报道涉及${count(talks.length)}次已举行的会谈${latest ? `，最近一次在${date(latest.date)}` : ''}；没有提到此后的情况（之后的会晤、目前的局势）。`;
      }
      case 'timing':
        return '报道除会谈日期外没有给出任何期限或日期。';
      case 'tenure':
        return '报道没有说明任何人担任职务多长时间，只提到每人在会谈时的职务。';
      case 'duration':
        return '报道没有说明会谈持续多久或在几点举行。';
      case 'language':
        return '报道没有说明会谈使用什么语言，也没有提到翻译。';
      case 'journey':
        return '报道没有提到任何行程、路上所需时间或距离：只报道了会谈中所说和所签的内容。';
      case 'location':
      case 'travel': {
        const held = zh.capped(newest.map((t) => zh.talk(t)), 4);
        const datelined = newest.filter((t) => t.article.dateline).slice(0, 4).map((t) => `${date(t.article.date)}的报道电头为${t.article.dateline ?? ''}`);
        const what = kind === 'travel' ? '官员去了哪里' : '与会者身在何处';
        return `报道没有说明${what}。报道涉及${held}${datelined.length > 0 ? `（${list(datelined)}）` : ''}。`;
      }
      case 'detail':
        return '报道没有提供这一细节：只提到物资、文件和交流活动，没有列出或引用其内容。';
      case 'offtopic':
        return `这超出了我所知道的${count(reports)}篇报道的范围。`;
    }
  },

  scopeLabel: (label: ScopeLabel) => {
    switch (label.kind) {
      case 'year':
        return `${label.year}年`;
      case 'month':
        return label.day === null ? `${label.month}月` : `${label.month}月${label.day}日`;
      case 'part':
        return label.part.unit === 'months' ? `${label.part.from}月至${label.part.to}月` : `${label.part.month}月${label.part.from}日至${label.part.to}日`;
      case 'format':
        return `以${label.talk.format.labels.zh}形式举行`;
      case 'person':
        return `与${label.person.names.zh}`;
      case 'ordinal':
        return label.word === 'first' || label.word === 'earlier' || label.word === 'earliest' ? '第一次' : '最近一次';
      case 'count':
        return `第${label.count}次`;
    }
  },

  moreSources: '更多出处',
  moreMatches: '更多结果',
  postQuote: (n) => `发布 [${n}]`,
  askSuggested: (q) => `提问：${q}`,
  sourcesShown: (from, to, total) => `引文${from}–${to}，共${total}条；其余请点“更多出处”`,
  sourcesPage: (from, to, total) => (from === to ? `引文${from}，共${total}条` : `引文${from}–${to}，共${total}条`),
  findSourcesTitle: '与这条消息相关的报道原句',
  findSourcesFor: (excerpt) => `最相符的结果：${excerpt}`,
  matchesShown: (from, to, total) => `结果${from}–${to}，共${total}条 · 点“发布”可在频道中分享一句`,
  nothingMatchesMessage: '报道中没有与这条消息足够相符的句子。',
  messageHasNoText: '这条消息没有可供查找出处的文字。',
  posted: '已在频道中发布。',
  citationFor: (mention) => `给${mention}的引文：`,
  quoteSource: (outlet, isoDate, title) => `${outlet}，${date(isoDate)} · ${title}`,
  articleTitle: (title, descriptive) => (descriptive ? `无标题报道，描述为“${title}”` : `“${title}”`),
  inReplyTo: (link) => `回复 ${link}`,
  cooldown: (seconds) => `你刚刚连续收到多条公开回答；请${seconds}秒后再试，或加上 hide:true 获取只有你能看到的回答。`,
  mentionCooldown: (seconds) => `⏳ 你提问太快了，公开回答暂时受限；请${seconds}秒后再问。`,
  buttonOutdated: '这个按钮来自报道更新之前；请重新提问。',
  unknownSentence: '请从输入时给出的建议句子中选择一句（输入其中几个词）。',
  sentenceNotInTalk: '这句话不属于你选择的会谈；请从为该会谈建议的句子中选择。',
  commandsLinked: (lines) => `命令：\n${lines.join('\n')}`,
};
