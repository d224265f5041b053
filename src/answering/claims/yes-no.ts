// Yes or No, decided by the claim checker. An answerer finds the facts a yes/no question is about; the
// checker compares the question's checkable details (numbers, dates, places, periods, formats, people,
// roles, polarity, done or hoped) with the sentences it cites and with its talks' own date, format and
// participants. "Yes" only when every detail matches; "No", with the right value cited, when one differs;
// otherwise no lead at all: the answer says what the articles report.
import { nameGivenOtherwise, qualityUnsaid } from './quality-said.js';
import { otherObjects, otherOwner } from './act-object.js';
import type { Person, Talk } from '../../facts/types.js';
import { messagesFor } from '../../i18n/index.js';
import { uncorrected, type Reading } from '../../matching/reading.js';
import { sameCitation } from '../citations.js';
import { talkById } from '../talk-by-id.js';
import { answerFrom, line, prependLines, type Line } from '../result.js';
import type { Answer, Citation, Intent, Knowledge } from '../types.js';
import { checkClaim, type Differ } from './check.js';
import type { DetailKind } from './details.js';
import type { ClaimIndex } from './claim-index.js';
import { claimsPolarity, compare, type Comparison, type DetailResult } from './compare.js';
import { claimSigns, mayHaveDetails, mayStateNumber, readDetails, type ClaimDetails } from './details.js';
import { mentionSigns } from './mention-signs.js';
import { mayBeGainsaid } from './kinds-reported.js';
import type { EvidenceSentence } from './evidence.js';
import { officeNotHeld, type OfficeNotHeld } from './office-held.js';
import { differWords } from './wording.js';
import { normalize } from '../../matching/normalize.js';
import { monthNamesTalk } from '../named-talk.js';

export interface Settled {
  readonly lead: 'yes' | 'no' | null;
  /** With "no": "No: two, not three." and the sentences giving the right values. */
  readonly correction: Line | null;
  /** With "no": the kinds of detail that differ. */
  readonly differs: readonly DetailKind[];
}

type Conflict = Extract<DetailResult, { outcome: 'conflicts' }>;

/**
 * The sentences to check a yes/no question against: those cited, and their talks' date, format and
 * participants when the question names any of those.
 */
function sentencesFor(k: Knowledge, cites: readonly Citation[], claim: ClaimDetails): EvidenceSentence[] {
  const index = k.claims();
  const out = new Set<EvidenceSentence>();
  for (const c of cites) {
    const talk = talkById(k.kb.talks, c.talk);
    const s = talk ? index.evidence(talk).sentence(c.quote) : undefined;
    if (s) out.add(s);
  }
  const m = claim.mentions;
  const talkLevel = m.dates.length + m.formats.length + claim.people.length + claim.roles.length > 0;
  if (!talkLevel && claim.signed === null) return [...out];
  // A post asked of someone at no talk in particular ("at the time of these talks") is checked at every talk of theirs.
  const undated = m.dates.length + m.formats.length === 0;
  const ofRoles = undated ? claim.roles.flatMap((r) => k.facts.talksOfPerson(r.person)) : [];
  for (const talk of new Set([...[...out].map((s) => s.talk), ...(out.size > 0 ? ofRoles : [])])) {
    const e = index.evidence(talk);
    if (talkLevel) {
      out.add(e.when);
      out.add(e.format);
      for (const s of e.participants.values()) out.add(s);
    }
    if (claim.signed) for (const s of e.signed) out.add(s);
  }
  return [...out];
}

/** What the checker says of a yes/no question, against the sentences an answer cites. */
export function settleYesNo(k: Knowledge, reading: Reading, cites: readonly Citation[]): Settled {
  const index = k.claims();
  // An English exclusive word ("did he want cooperation only in trade?"): a sentence saying it was so does not say
  // nothing else was, so no Yes rests on it, whatever the sentence says.
  const onlyWords = index.absolutes.exclusiveWords.en;
  const exclusive = (reading.lang === 'en' && reading.said.words.some((w) => onlyWords.includes(w))) || absoluteUnsaid(k, reading, cites);
  // A quality claimed by a characterisation ("called useless") that no sentence cited says (quality-said.ts).
  const unsaidQuality = qualityUnsaid(k, reading, cites);
  // A name claimed that the articles give otherwise ("called a strategic alliance"): No, with their name.
  const renamed = unsaidQuality ? nameGivenOtherwise(k, reading) : null;
  if (renamed) return { lead: 'no', correction: line(messagesFor(reading.lang).claimNo([renamed]), renamed.cites), differs: [] };
  const plain = exclusive || unsaidQuality || unconfirmedWords(k, reading, cites) ? null : 'yes';
  if (!mayHaveDetails(index, reading)) return { lead: plain, correction: null, differs: [] };
  const claim = readDetails(index, reading);
  if (!claim.any) return { lead: plain, correction: null, differs: [] };
  const sentences = sentencesFor(k, cites, claim);
  if (sentences.length === 0) return { lead: null, correction: null, differs: [] };
  const office = officeNotHeld(index, claim, [...new Set(sentences.map((s) => s.talk))]);
  if (office) return officeCorrected(k, reading, office);
  // "Did Quan say relations had stalled?": a polarity said by someone named is also read of all else he said at the
  // talk, for that polarity only (its other details are the cited sentences' to settle).
  const ownPolar = ownPolarSentences(index, claim, sentences).map((s) => compare(index, claim, s, index.evidence(s.talk), k.kb.talks, false));
  const comparisons = [...sentences.map((s) => compare(index, claim, s, index.evidence(s.talk), k.kb.talks, false)), ...ownPolar.map((c) => ({ ...c, results: c.results.filter((r) => r.key.startsWith('polarity:')) }))];
  // Per talk, a detail holds when some sentence of it agrees; asked of both talks it must hold at each.
  const talks = [...new Set(sentences.map((s) => s.talk))];
  const keys = [...new Set(comparisons.flatMap((c) => c.results.map((r) => r.key)))];
  // Each talk's comparisons, in order, found once: asked of every talk for every detail they would be scanned anew.
  const ofTalk = new Map<Talk, Comparison[]>();
  for (const c of comparisons) {
    const list = ofTalk.get(c.sentence.talk);
    if (list) list.push(c);
    else ofTalk.set(c.sentence.talk, [c]);
  }
  // And each talk's comparisons speaking of each detail, in the same order: with a thousand talks, filtering them anew
  // for every detail at every talk was a large share of a yes/no answer.
  const ofKey = speakingOf(comparisons);
  const conflicts: Conflict[] = [];
  const alsoCited: Citation[] = [];
  let unknown = comparisons.every((c) => c.unconfirmed > 0);
  // A date that only names the talk asked about ("the March 2022 talks between Trung and Song Tao") is put right
  // beside the answer, not claimed: the act asked decides Yes or No.
  const dateNamesTalk = monthNamesTalk(reading);
  for (const key of keys) {
    if (dateNamesTalk && key.startsWith('date:')) continue;
    const perTalk = talks.map((t) => {
      const speaking = ofKey.get(key)?.get(t) ?? [];
      // Polarity is read of the sentence most about the claim: "maintaining momentum" in the relations does not
      // confirm exchanges "held as scheduled" that another sentence says could not be.
      const score = (c: (typeof speaking)[number]) => c.substance * 100 + c.used;
      const most = Math.max(0, ...speaking.map(score));
      // Any other detail's right value is cited from the sentence most about the claim first.
      // A polarity said by someone the claim names ("did Quan say relations had stalled?") is read of what he said
      // alone, unless a sentence he spoke with the other side is more about the claim ("did Quan say some exchanges
      // could not be held?": the two sides agreed they could not).
      const own = key.startsWith('polarity:') ? ownlySaid(claim, speaking) : [];
      const ownMost = Math.max(0, ...own.map(score));
      const joint = own.length > 0 ? jointlySaid(claim, speaking).filter((c) => score(c) > ownMost) : [];
      const jointMost = Math.max(0, ...joint.map(score));
      const tied = joint.length > 0 ? joint.filter((c) => score(c) === jointMost) : own.length > 0 ? own.filter((c) => score(c) === ownMost) : speaking.filter((c) => score(c) === most);
      const pool = key.startsWith('polarity:') ? polarityPool(index, claim, tied, key) : [...speaking].sort((a, b) => score(b) - score(a));
      const results = pool.flatMap((c) => c.results.filter((r) => r.key === key));
      if (results.some((r) => r.outcome === 'agrees')) return 'agrees' as const;
      // Who did the act is read of the statement that reports it: "did Song Tao say China values ties?" is not put
      // right by "Commission for External Relations" in the sentence naming who took part, when a statement of his
      // is among those checked.
      // Only a doer read from sentences reporting no one's words: a statement's own act given otherwise stands.
      const against = pool.filter((c) => c.results.some((r) => r.key === key && r.outcome === 'conflicts'));
      if (key === 'person:acting' && against.length > 0 && against.every((c) => c.sentence.speakers.size === 0) && ownStatement(claim, ofTalk.get(t) ?? [])) return 'agrees' as const;
      const conflict = results.find((r): r is Conflict => r.outcome === 'conflicts');
      return conflict ?? ('unknown' as const);
    });
    const agreeing = perTalk.filter((x) => x === 'agrees').length;
    const firstConflict = perTalk.find((x): x is Conflict => typeof x === 'object');
    // "Both the 2020 and the 2022 talks": each of several years named picks its own talk, so it holds where it names
    // one. A day or month said of both ("both held on the 29th?") must still hold at each.
    const years = new Set(claim.mentions.dates.flatMap((d) => (d.year !== null && d.month === null && d.day === null ? [d.year] : [])));
    const date = key.startsWith('date:') ? claim.mentions.dates[Number(key.slice(5))] : undefined;
    // So does each of several formats named ("both the 2020 phone call and the 2022 videoconference").
    const formats = new Set(claim.mentions.formats.map((f) => f.format));
    const picksTalk = (years.size > 1 && date !== undefined && date.month === null && date.day === null) || (formats.size > 1 && key.startsWith('format:'));
    const holds = reading.aspects.both && !picksTalk ? agreeing === perTalk.length : agreeing > 0;
    if (holds) continue;
    if (firstConflict && (reading.aspects.both || agreeing === 0)) {
      conflicts.push(firstConflict);
      // A post given wrongly at each talk is put right once, cited at each.
      if (key.startsWith('role:')) for (const x of perTalk) if (typeof x === 'object' && x !== firstConflict) alsoCited.push(x.evidence.citation);
    } else unknown = true;
  }
  // A Yes rests on the sentence that makes it true: a polarity the claim says ("any problems", "went ahead") that
  // no cited sentence speaks of is not confirmed by them.
  if (unspoken(index, claim, comparisons).length > 0) unknown = true;
  // So is a kind of thing or office the claim names ("China's foreign minister") that no cited sentence names any of.
  // A kind said inside a longer subject phrase the question was read by ("covid travel documents": vaccine passports)
  // only qualifies that subject, which the statements found are on; it is no thing of its own to find named.
  const inTopic = (m: (typeof claim.mentions.kinds)[number]) => withinTopicPhrase(reading, claim.mentions.tokens.slice(m.at, m.end).map((t) => t.word));
  if (claim.mentions.kinds.some((m, i) => !inTopic(m) && !comparisons.some((c) => c.results.some((r) => r.key === `kind:${i}`)))) unknown = true;
  if (conflicts.length > 0) {
    const m = messagesFor(reading.lang);
    const own = reading.lang === 'en' ? undefined : index.ownWords(reading.lang, reading.said.text);
    // One difference found at two details ("Song Tao, not Hoang Binh Quan" as speaker and as praiser) is said once.
    const words = conflicts.map((c) => differWords(m, k.kb, c.article, own)).filter((w, i, all) => all.findIndex((x) => x.article === w.article && x.claimed === w.claimed) === i);
    const cited = [...conflicts.map((c) => c.evidence.citation), ...alsoCited].filter((c, i, all) => all.findIndex((x) => sameCitation(x, c)) === i);
    return { lead: 'no', correction: line(m.claimNo(words), cited), differs: conflicts.map((c) => c.kind) };
  }
  // "Did Song Tao praise Vietnam for its exports?": praise the cited sentences give for something else is No (act-object.ts).
  const cited = citedSentences(k, cites);
  if (!unknown && otherObjects(index, reading, claim, cited).length > 0) return { lead: 'no', correction: line(messagesFor(reading.lang).no, cited.map((s) => s.citation)), differs: [] };
  // "Did Song Tao praise China's achievements?": what he praised was Vietnam's (act-object.ts).
  const owners = unknown ? [] : otherOwner(index, claim, cited);
  if (owners.length > 0) return { lead: 'no', correction: line(messagesFor(reading.lang).no, owners.map((s) => s.citation)), differs: [] };
  const lead = unknown || exclusive || unsaidQuality || unconfirmedWords(k, reading, cites) ? null : 'yes';
  return (lead === 'yes' ? partOnly(index, reading, comparisons) : null) ?? { lead, correction: null, differs: [] };
}

/** The sentences of the talks that the citations quote. */
function citedSentences(k: Knowledge, cites: readonly Citation[]): EvidenceSentence[] {
  const index = k.claims();
  return cites.flatMap((c) => {
    const talk = talkById(k.kb.talks, c.talk);
    const s = talk ? index.evidence(talk).sentence(c.quote) : undefined;
    return s ? [s] : [];
  });
}

/** Each detail's comparisons by talk, in their order: those with a result for that detail. */
function speakingOf(comparisons: readonly Comparison[]): ReadonlyMap<string, ReadonlyMap<Talk, readonly Comparison[]>> {
  const out = new Map<string, Map<Talk, Comparison[]>>();
  for (const c of comparisons) {
    for (const key of new Set(c.results.map((r) => r.key))) {
      let byTalk = out.get(key);
      if (!byTalk) out.set(key, (byTalk = new Map<Talk, Comparison[]>()));
      const list = byTalk.get(c.sentence.talk);
      if (list) list.push(c);
      else byTalk.set(c.sentence.talk, [c]);
    }
  }
  return out;
}

/** Whether words stand inside a longer phrase the reading matched a topic by (words in order, the phrase longer). */
function withinTopicPhrase(reading: Reading, words: readonly string[]): boolean {
  const said = ` ${words.join(' ').toLowerCase()} `;
  return words.length > 0 && reading.topics.some((t) => {
    const phrase = t.words.toLowerCase().split(/\s+/u).filter((w) => w !== '');
    return phrase.length > words.length && ` ${phrase.join(' ')} `.includes(said);
  });
}

/** "No: Hoang Binh Quan, not “General Secretary”.", cited by who took part at that talk. */
function officeCorrected(k: Knowledge, reading: Reading, office: OfficeNotHeld): Settled {
  const m = messagesFor(reading.lang);
  const own = reading.lang === 'en' ? undefined : k.claims().ownWords(reading.lang, reading.said.text);
  const e = k.claims().evidence(office.talk);
  const cited = office.participants.flatMap((p) => {
    const s = e.participants.get(p.person);
    return s ? [s.citation] : [];
  });
  const named = own?.asked(office.claimed) ?? office.claimed;
  const words = differWords(m, k.kb, { kind: 'person', people: office.participants.map((p) => p.person), claimed: [], named }, own);
  return { lead: 'no', correction: line(m.claimNo([words]), cited.filter((c, i) => cited.findIndex((x) => sameCitation(x, c)) === i)), differs: ['person'] };
}

/**
 * Whether a sentence checked is a statement of the people the claim names, on their side of the act it claims
 * ("Song Tao said China attaches great importance…" of "did Song Tao say China values ties?").
 */
function ownStatement(claim: ClaimDetails, comparisons: readonly Comparison[]): boolean {
  const doer = claim.acting?.doer;
  if (!doer || claim.people.length === 0 || !claim.people.every((p) => p.party === doer)) return false;
  return ownlySaid(claim, comparisons).some((c) => c.sentence.statements.length > 0);
}

/** Sentences of the talks checked, not among them, in which only people the claim names speak of a polarity. */
function ownPolarSentences(index: ClaimIndex, claim: ClaimDetails, sentences: readonly EvidenceSentence[]): EvidenceSentence[] {
  if (claim.people.length === 0 || claim.mentions.polarity.length === 0) return [];
  const people = new Set(claim.people);
  const have = new Set(sentences);
  return [...new Set(sentences.map((s) => s.talk))].flatMap((talk) =>
    index.evidence(talk).sentences.filter((s) => !have.has(s) && s.speakers.size > 0 && [...s.speakers].every((p) => people.has(p)) && s.mentions.polarity.length > 0),
  );
}

/** Of the comparisons, those of sentences in which only people the claim names speak (none when it names no one). */
function ownlySaid(claim: ClaimDetails, comparisons: readonly Comparison[]): Comparison[] {
  const people = new Set(claim.people);
  if (people.size === 0) return [];
  return comparisons.filter((c) => c.sentence.speakers.size > 0 && [...c.sentence.speakers].every((p) => people.has(p)));
}

/** Of the comparisons, those of sentences the people the claim names speak with others ("the two sides agreed…"). */
function jointlySaid(claim: ClaimDetails, comparisons: readonly Comparison[]): Comparison[] {
  const people = new Set(claim.people);
  return comparisons.filter((c) => [...c.sentence.speakers].some((p) => people.has(p)) && ![...c.sentence.speakers].every((p) => people.has(p)));
}

/** Words either side of a claim's polarity words the thing it is said of may stand ("stalled the relationship"). */
const THING_REACH = 3;

/**
 * Of the sentences most about a claim, those its polarity is read of. Where they disagree ("maintaining momentum" in the
 * relations, "exchanges could not be held"), a sentence in which the one the claim makes speak says it alone ("Quan
 * said…" against "the two sides agreed…") is what that person said; then one naming the thing the claim says it of
 * ("stalled the relationship": the relations).
 */
function polarityPool(index: ClaimIndex, claim: ClaimDetails, tied: readonly Comparison[], key: string): readonly Comparison[] {
  const outcomes = new Set(tied.flatMap((c) => c.results.filter((r) => r.key === key).map((r) => r.outcome)));
  if (!(outcomes.has('agrees') && outcomes.has('conflicts'))) return tied;
  const people = new Set(claim.people);
  const ownWords = tied.filter((c) => c.sentence.speakers.size > 0 && [...c.sentence.speakers].every((p) => people.has(p)));
  const said = people.size > 0 && ownWords.length > 0 && ownWords.length < tied.length ? ownWords : tied;
  const m = claim.mentions;
  const group = Number(key.slice('polarity:'.length));
  const things = new Set<string>();
  for (const p of m.polarity.filter((x) => x.group === group)) {
    for (let i = Math.max(0, p.at - THING_REACH); i < Math.min(m.tokens.length, p.end + THING_REACH); i++) {
      const w = m.tokens[i]?.word ?? '';
      const named = m.names.some((n) => i >= n.at && i < n.end) || m.kinds.some((x) => i >= x.at && i < x.end) || m.polarity.some((x) => i >= x.at && i < x.end);
      if (!named && m.content.includes(i) && !index.speech.has(w)) for (const l of index.meanings(w)) things.add(l);
    }
  }
  const naming = (c: Comparison) => [...things].filter((l) => c.sentence.lemmas.has(l)).length;
  const most = Math.max(0, ...said.map(naming));
  return most > 0 ? said.filter((c) => naming(c) === most) : said;
}

/**
 * "So every single exchange got called off?": a claim of a whole that the sentence most about it reports of a part
 * only ("a number of exchanges could not be held") is not true as asked. No, with that sentence.
 */
function partOnly(index: ClaimIndex, reading: Reading, comparisons: readonly Comparison[]): Settled | null {
  const padded = (t: string) => ` ${normalize(t)} `;
  // Vietnamese and Chinese by their English pivot words ("hủy hết mọi hoạt động": cancelled all).
  const text = reading.lang === 'en' ? reading.said.text : reading.said.words.join(' ');
  const asked = index.quantifiers.idioms.reduce((t, idiom) => t.split(padded(idiom)).join(' '), padded(text));
  const whole = index.quantifiers.whole.find((q) => asked.includes(padded(q)));
  if (whole === undefined) return null;
  const score = (c: Comparison) => c.substance * 100 + c.used;
  const most = Math.max(0, ...comparisons.map(score));
  for (const c of comparisons.filter((x) => score(x) === most)) {
    const part = index.quantifiers.part.find((q) => padded(c.sentence.citation.quote).includes(padded(q)));
    if (part === undefined) continue;
    const m = messagesFor(reading.lang);
    // The quantifiers are English words: another language's No names none of them, its sentence then says which.
    return { lead: 'no', correction: line(reading.lang === 'en' ? m.claimNo([{ article: part, claimed: whole }]) : m.no, [c.sentence.citation]), differs: [] };
  }
  return null;
}

/** The claim's polarity details (one sign per pair of opposites) that none of the sentences compared speaks of. */
function unspoken(index: ClaimIndex, claim: ClaimDetails, comparisons: readonly { readonly results: readonly DetailResult[] }[]): string[] {
  const groups = [...new Set(claim.mentions.polarity.map((p) => p.group))].filter((g) => {
    const signs = new Set(claim.mentions.polarity.filter((p) => p.group === g).map((p) => p.sign));
    const [sign] = signs;
    return signs.size === 1 && sign !== undefined && claimsPolarity(index, g, sign);
  });
  return groups.map((g) => `polarity:${g}`).filter((key) => !comparisons.some((c) => c.results.some((r) => r.key === key)));
}

/**
 * Of the sentences an answer could cite, those that speak of every polarity the yes/no question says, with its
 * sign ("did Quan raise any problems?": the sentence with the obstacles): what makes a Yes true. Empty when the
 * question says no polarity, or none of them speaks of it so. With `conflicts`, those that speak of it with the other
 * sign ("did Quan say there were no problems?": the obstacles again), what makes a No true.
 */
export function polarityWitnesses(k: Knowledge, reading: Reading, cites: readonly Citation[], outcome: 'agrees' | 'conflicts' = 'agrees'): Citation[] {
  const index = k.claims();
  if (!reading.aspects.yesNo || !mayHaveDetails(index, reading)) return [];
  const claim = readDetails(index, reading);
  if (claim.mentions.polarity.length === 0) return [];
  return cites.filter((c) => {
    const talk = talkById(k.kb.talks, c.talk);
    const s = talk ? index.evidence(talk).sentence(c.quote) : undefined;
    if (!talk || !s) return false;
    const comparison = compare(index, claim, s, index.evidence(talk), k.kb.talks, false);
    const polar = comparison.results.filter((r) => r.key.startsWith('polarity:'));
    return polar.length > 0 && polar.every((r) => r.outcome === outcome) && unspoken(index, claim, [comparison]).length === 0;
  });
}

/** Whether every polarity the question says is of no thing named ("anything negative"): any sense of it answers. */
export function polarityOfAnything(k: Knowledge, reading: Reading): boolean {
  const index = k.claims();
  if (!reading.aspects.yesNo || !mayHaveDetails(index, reading)) return false;
  const m = readDetails(index, reading).mentions;
  return m.polarity.length > 0 && m.polarity.every((p) => index.indefinites.has(m.tokens[p.at - 1]?.word ?? ''));
}

/** Whether the question says a polarity that none of the cited sentences speaks of. */
export function polarityUnspoken(k: Knowledge, reading: Reading, cites: readonly Citation[]): boolean {
  const index = k.claims();
  if (!reading.aspects.yesNo || !mayHaveDetails(index, reading)) return false;
  const claim = readDetails(index, reading);
  if (claim.mentions.polarity.length === 0) return false;
  const comparisons = cites.flatMap((c) => {
    const talk = talkById(k.kb.talks, c.talk);
    const s = talk ? index.evidence(talk).sentence(c.quote) : undefined;
    return talk && s ? [compare(index, claim, s, index.evidence(talk), k.kb.talks, false)] : [];
  });
  return unspoken(index, claim, comparisons).length > 0;
}

/**
 * Whether the question makes its claim absolute ("did he say there were no obstacles at all?", "只", "không hề") with a
 * word none of the cited facts says in its language: what they report does not say nothing else was, or never was.
 */
function absoluteUnsaid(k: Knowledge, reading: Reading, cites: readonly Citation[]): boolean {
  const absolutes = k.claims().absolutes;
  const said = absolutes.said(reading.lang, reading.said.text);
  if (said.length === 0) return false;
  const texts = citedWording(k, cites, reading.lang);
  return said.some((w) => !texts.some((t) => absolutes.says(reading.lang, t, w)));
}

/** The cited facts' own wording in a language (in English, the quotes themselves). */
function citedWording(k: Knowledge, cites: readonly Citation[], lang: Reading['lang']): string[] {
  if (lang === 'en') return cites.map((c) => c.quote);
  const texts: string[] = [];
  for (const c of cites) {
    const talk = talkById(k.kb.talks, c.talk);
    for (const f of talk ? [...talk.statements, ...talk.agreements, ...talk.figures] : []) if (c.quote.includes(f.quote)) texts.push(f.texts[lang]);
  }
  return texts;
}

/**
 * Vietnamese and Chinese have no articles to set a noun apart, so a word the articles lack is tolerated beside
 * almost any other ("中国的地震灾情"). Tolerated, it still confirms nothing: a Yes needs every such word found in
 * the cited facts' own wording in the question's language ("sớm" in "sớm công nhận"), and with one missing the
 * answer says what the articles report, with neither Yes nor No.
 */
function unconfirmedWords(k: Knowledge, reading: Reading, cites: readonly Citation[]): boolean {
  const lang = reading.lang;
  // Typed without diacritics, a single syllable may be a word of grammar the glossary cannot tell apart ("ngay"
  // for "ngày"); a word of two or more still names something.
  // Syllables left side by side in the question ("kinh nghiem") are such a word, checked whole.
  const plain = lang === 'vi' && !/[^\p{ASCII}]/u.test(reading.said.text);
  const words = plain ? adjacentRuns(reading.unmatched, reading.said.text).filter((w) => w.includes(' ')) : reading.unmatched;
  if (lang === 'en' || words.length === 0) return false;
  const texts = citedWording(k, cites, lang);
  if (lang === 'zh') {
    // By characters: "交换意见" is in "交换了意见"; most of a word's characters must be there ("地震" is not "多地").
    // Or by meaning: the word's English is in the cited English sentence ("承认" → recognize, in "recognise each
    // other's vaccine passports", where the Chinese wording says "互认").
    const wording = new Set(texts.join(''));
    const english = citedEnglish(k, cites);
    return words.some((w) => [...w].filter((c) => wording.has(c)).length * 2 <= [...w].length && !english(w));
  }
  const syllables = (t: string) => ` ${normalize(t)} `;
  const wording = texts.map(syllables).join(' ');
  return words.some((w) => !wording.includes(syllables(w)));
}

/** The words, consecutive ones that stand side by side in the text joined into one ("kinh", "nghiem" → "kinh nghiem"). */
function adjacentRuns(words: readonly string[], text: string): string[] {
  const said = ` ${normalize(text)} `;
  const out: string[] = [];
  for (const w of words) {
    const last = out.at(-1);
    const word = normalize(w);
    if (last !== undefined && said.includes(` ${last} ${word} `)) out[out.length - 1] = `${last} ${word}`;
    else out.push(word);
  }
  return out;
}

/** A word in British and American spelling ("recognize", "recognise"). */
const spellings = (word: string) => [...new Set([word, word.replace(/iz/gu, 'is').replace(/yz/gu, 'ys'), word.replace(/is/gu, 'iz').replace(/ys/gu, 'yz')])];

/** Whether a Chinese word's English (CC-CEDICT) is a word of the cited English sentences, or a close synonym. */
function citedEnglish(k: Knowledge, cites: readonly Citation[]): (word: string) => boolean {
  const index = k.claims();
  const sentences = cites.flatMap((c) => {
    const talk = talkById(k.kb.talks, c.talk);
    const s = talk ? index.evidence(talk).sentence(c.quote) : undefined;
    return s ? [s] : [];
  });
  return (word) => {
    const english = index.chineseEnglish(word);
    if (english === undefined) return false;
    return spellings(english).some((e) => sentences.some((s) => index.meanings(e).some((l) => s.lemmas.has(l)) || s.stems.has(index.stem(e))));
  };
}

/** Whether every amount a question names is a bound ("more than 300,000 USD"): no figure it claims the articles give. */
export function onlyBounds(k: Knowledge, reading: Reading): boolean {
  if (!/\d/u.test(reading.said.text)) return false;
  const amounts = readDetails(k.claims(), reading).mentions.amounts;
  return amounts.length > 0 && amounts.every((a) => a.bound !== null);
}

/** An answerer's own Yes or No, and the line it leads with. */
export interface OwnLead {
  readonly says: 'yes' | 'no' | null;
  readonly line: Line | string;
}

/**
 * The lead of a yes/no answer: the answerer's own No stands (it checked what it answers); a detail the
 * checker finds differing turns anything else into No with the right value; a Yes stands only when every
 * detail matches, and is dropped when one cannot be checked.
 */
export function yesNoLead(k: Knowledge, reading: Reading, cites: readonly Citation[], own: OwnLead | null, settled: Settled | null = null): Line | string | null {
  if (!reading.aspects.yesNo) return own?.line ?? null;
  if (own?.says === 'no') return own.line;
  settled ??= settleYesNo(k, reading, cites);
  if (settled.lead === 'no') return settled.correction;
  if (settled.lead === null && own?.says === 'yes') return null;
  return own?.line ?? null;
}

/** The intent of an answer that is only a correction: where a detail of that kind is asked about. */
const CORRECTS: Readonly<Record<DetailKind, Intent>> = {
  number: 'agreements', amount: 'topic', date: 'when', period: 'agreements', place: 'topic', format: 'format', person: 'who', role: 'person', polarity: 'topic', status: 'topic', kind: 'topic',
};

/**
 * A yes/no question the reading could not answer ("did Quan and Song Tao talk on July 19, 2020?", "worth 2
 * million yuan?"): when the checker finds it is about a talk or a fact of the articles with one detail
 * wrong, No, with the right value cited; otherwise null (the refusal stands).
 */
export function correctedYesNo(k: Knowledge, reading: Reading, lacking: () => readonly Reading[] = () => [], only: ReadonlySet<DetailKind> | null = null): Answer | null {
  if (!reading.aspects.yesNo) return null;
  // A year no talk was held in is not a wrong detail of a talk: it asks about talks the articles do not report.
  if (!mayHaveDetails(k.claims(), reading)) return null;
  const claim = readDetails(k.claims(), reading);
  const said = claim.mentions;
  // Only what can be wrong about a talk that is otherwise clear: its date, format, people, counts, amounts, periods.
  const correctable = said.dates.length + said.formats.length + said.amounts.length + said.counts.length + said.periods.length + said.periodEnds.length + said.periodStarts.length + said.periodLengths.length + said.kinds.length + claim.people.length + claim.roles.length > 0;
  const years = new Set(k.kb.talks.map((t) => Number(t.date.slice(0, 4))));
  if (!correctable || said.dates.some((d) => d.year !== null && !years.has(d.year))) return null;
  const premise = wrongPremise(k, reading);
  if (!premise || (only && !premise.kinds.every((d) => only.has(d)))) return null;
  // "Did Vietnam console China over the earthquake?" is the floods' kind given wrongly; "over Japan's
  // earthquake", "the earthquake in Turkey" name another event beside it, which the articles do not report.
  // The things lacking are read only here, when a kind is what differs: most refusals never need them.
  if (premise.kinds.includes('kind') && !lacking().every((r) => onlyKinds(k.claims(), r))) return null;
  return answerFrom(premise.intent, reading.lang, [premise.line]);
}

/**
 * Whether the question asks of one more beside what it knows ("did China send supplies in 2020 too?", "similar aid"):
 * another act, which a talk's silence leaves open, not the reported one given a wrong detail.
 */
export function asksOneMore(k: Knowledge, reading: Reading): boolean {
  const index = k.claims();
  return mayHaveDetails(index, reading) && index.additive.all(readDetails(index, uncorrected(reading)).mentions.tokens).length > 0;
}

/** Whether the question names in its own words a body or person as the doer ("the ILD", "Song Tao"), not only a side. */
export function namesDoer(k: Knowledge, reading: Reading): boolean {
  const index = k.claims();
  return mayHaveDetails(index, reading) && readDetails(index, uncorrected(reading)).mentions.names.some((n) => n.named.kind === 'organisation' || n.named.kind === 'person');
}

/** Whether a thing the articles lack, read alone, is a kind of thing and nothing more ("地震", "the typhoon"). */
function onlyKinds(index: ClaimIndex, thing: Reading): boolean {
  const m = readDetails(index, thing).mentions;
  const words = m.tokens.map((_, i) => i).filter((i) => !index.functionWords.has(m.tokens[i]?.word ?? ''));
  return words.length > 0 && words.every((i) => m.kinds.some((x) => i >= x.at && i < x.end));
}

export interface WrongPremise {
  /** "No: 13th, not 14th." for a yes/no question; otherwise "The articles report it otherwise: …", cited. */
  readonly line: Line;
  /** The talks whose sentences give the right values: where the question's answer is. */
  readonly talks: readonly Talk[];
  /** Where a detail of that kind is asked about. */
  readonly intent: Intent;
  /** The kinds of detail given otherwise. */
  readonly kinds: readonly DetailKind[];
  /** The people the question names wrongly, and those the articles name in their place: who the answer is about. */
  readonly people: readonly { readonly claimed: readonly Person[]; readonly instead: readonly Person[] }[];
  /** Every detail given otherwise is an ordinal ("the second centenary goal" of the first): another thing of that name. */
  readonly ordinalOnly: boolean;
}

/**
 * What a question takes for granted, checked: when the checker finds it is about a talk or a fact of the
 * articles with a detail given otherwise ("why did Song Tao congratulate Vietnam on its 14th Congress?"),
 * the right value, cited; null when nothing differs, or when the detail is a year no talk was held in (a
 * question about talks the articles do not report, refused as such).
 */
/**
 * Whether the checker could find a role the question gives someone wrongly, told without comparing any sentence:
 * a role conflicts only where the claim gives one (compare.ts), and the claim is the question as it was asked.
 */
export function mayMisstateRole(k: Knowledge, reading: Reading): boolean {
  const index = k.claims();
  // A claim with no word a role starts from gives none: its details need not be read to tell.
  return mayHaveDetails(index, reading) && claimSigns(index, uncorrected(reading)).role && readDetails(index, uncorrected(reading)).roles.length > 0;
}

/**
 * Whether the question states an amount in a currency ("the 1.5 million US dollars of supplies", "235.000 nhân dân
 * tệ"), no bound: the checker may find it given otherwise, in another currency or another figure.
 */
export function mayMisstateAmount(k: Knowledge, reading: Reading): boolean {
  const index = k.claims();
  if (!mayHaveDetails(index, reading)) return false;
  const signs = claimSigns(index, uncorrected(reading));
  return signs.number && signs.currency && readDetails(index, uncorrected(reading)).mentions.amounts.some((a) => a.unit !== null && a.bound === null);
}

/**
 * Whether the question states a count of things ("the three documents signed", "four land border management
 * documents", "五份陆地边界法律文件", "第二个百年奋斗目标" read as a count): the checker may find the articles give another.
 * Not a span of time ("two years later"): that is another question than a premise to put right.
 */
export function mayMisstateCount(k: Knowledge, reading: Reading): boolean {
  const index = k.claims();
  if (!mayHaveDetails(index, reading) || !mayStateNumber(index, uncorrected(reading))) return false;
  const m = readDetails(index, uncorrected(reading)).mentions;
  return m.counts.some((c) => !c.ordinal && !c.noun.some((n) => index.periodUnits.has(n)));
}

/**
 * Whether the question names a kind of thing ("the earthquake", "地震"): the articles may report another kind (floods).
 * Not where every kind it names is one no sentence could give otherwise ("the vaccines", of the only supplies named),
 * nor a body it names as a giver's (compare.ts puts either right only so).
 */
export function mayMisstateKind(k: Knowledge, reading: Reading): boolean {
  const index = k.claims();
  if (!mayHaveDetails(index, reading) || !mentionSigns(index, uncorrected(reading)).kind) return false;
  const claim = readDetails(index, uncorrected(reading));
  return claim.mentions.kinds.length > 0 && (Boolean(claim.giving?.giverBody) || claim.mentions.kinds.some((c) => mayBeGainsaid(k, c.kind)));
}

/**
 * Whether the question names an area qualified by another ("the sea border", "biên giới trên biển"): the thing it asks of
 * may be the articles' in another area (the land border). A place alone ("in Beijing") is where the talks were, not this.
 */
export function mayMisstateArea(k: Knowledge, reading: Reading): boolean {
  const index = k.claims();
  if (!mayHaveDetails(index, reading) || !mentionSigns(index, uncorrected(reading)).area) return false;
  const places = readDetails(index, uncorrected(reading)).mentions.allPlaces;
  return places.some((p, i) => p.place.kind === 'area' && places.some((q, j) => j !== i && q.place.kind === 'area' && q.place.id !== p.place.id && (q.end === p.at || p.end === q.at)));
}

/**
 * Whether a question taking a gift as given ("Tại sao năm 2022 Việt Nam lại tặng Trung Quốc…", why did Vietnam give China…)
 * names who gave it to whom: the articles may report it given the other way.
 */
export function mayReverseGift(k: Knowledge, reading: Reading): boolean {
  const index = k.claims();
  if (!(reading.aspects.why || reading.aspects.presumes === true) || !mayHaveDetails(index, reading)) return false;
  const giving = readDetails(index, uncorrected(reading)).giving;
  return giving !== null && giving.giver !== null && giving.recipient !== null;
}

/** Whether the question states an ordinal ("achievements since the 12th Congress"): the articles may give another. */
export function mayMisstateOrdinal(k: Knowledge, reading: Reading): boolean {
  const index = k.claims();
  return mayHaveDetails(index, reading) && mayStateNumber(index, uncorrected(reading)) && readDetails(index, uncorrected(reading)).mentions.counts.some((c) => c.ordinal);
}

/** Whether the question states a period ("the cooperation plan for 2021-2030"): the checker may find the articles give another. */
export function mayMisstatePeriod(k: Knowledge, reading: Reading): boolean {
  const index = k.claims();
  return mayHaveDetails(index, reading) && mayStateNumber(index, uncorrected(reading)) && readDetails(index, uncorrected(reading)).mentions.periods.length > 0;
}

/**
 * Whether the checker could find a value inside a fact the question gives otherwise: a count, a period, a polarity, a
 * kind of thing, or done where it was hoped (or the reverse). Each conflicts only where the claim says one
 * (compare.ts), so a question saying none is told without ranking or comparing any sentence.
 */
export function mayMisstateFact(k: Knowledge, reading: Reading): boolean {
  const index = k.claims();
  if (!mayHaveDetails(index, reading)) return false;
  const m = readDetails(index, uncorrected(reading)).mentions;
  const said = m.counts.length + m.periods.length + m.periodEnds.length + m.periodStarts.length + m.periodLengths.length + m.polarity.length + m.kinds.length + m.negated.size + m.negatedNames.length;
  return said > 0 || m.status.some((x) => x.status !== 'hoped');
}

/** Whether the question names a place something happened in ("in Hanoi", "tại Bắc Kinh"). */
export function namesPlace(k: Knowledge, reading: Reading): boolean {
  const index = k.claims();
  return mayHaveDetails(index, reading) && readDetails(index, reading).mentions.places.length > 0;
}

/**
 * "How much money did Vietnam pledge in the 2020 call for China's flood recovery?": a kind of thing the question names
 * by one of its subjects ("flood recovery") that the cited talk reports on is no premise to put right by another kind
 * a closer-worded sentence there names ("COVID-19 pandemic"); the subject's own answer says what was (or was not) done.
 */
function kindReportedThere(k: Knowledge, reading: Reading, d: Differ): boolean {
  if (d.article.kind !== 'kind') return false;
  const claimed = normalize(d.article.claimed);
  return reading.topics.some((t) => ` ${normalize(t.words)} `.includes(` ${claimed} `) && k.facts.statementsTagged(t.topic).some((s) => k.facts.talkOf(s).id === d.citation.talk));
}

/**
 * "Why did the Chinese side thank Vietnam in the 2022 talks for help with the floods?": a kind of thing named by the
 * question's subject, which only other talks than the one the cited sentence is at report, misdates an act done at
 * those: the subject's own answer puts the talk right (where it came up), not another kind worded there ("COVID-19").
 */
function kindReportedElsewhere(k: Knowledge, reading: Reading, d: Differ): boolean {
  if (d.article.kind !== 'kind') return false;
  const claimed = normalize(d.article.claimed);
  const talksOf = (t: Reading['topics'][number]) => k.facts.statementsTagged(t.topic).map((s) => k.facts.talkOf(s).id);
  // Only when no subject asked is reported at the cited talk: one that is ("aid" beside "floods") answers there, and
  // the other kind worded there is the premise to put right.
  if (reading.topics.some((t) => talksOf(t).includes(d.citation.talk))) return false;
  return reading.topics.some((t) => ` ${normalize(t.words)} `.includes(` ${claimed} `) && talksOf(t).length > 0);
}

// One reading's premise is asked for by several steps of one answer (a yes/no's answer, the answer's own premise check,
// a message's context checked whole, which is often the same reading): found once per reading, kept with it.
const premises = new WeakMap<Reading, { readonly k: Knowledge; readonly premise: WrongPremise | null }>();

export function wrongPremise(k: Knowledge, reading: Reading): WrongPremise | null {
  const known = premises.get(reading);
  if (known?.k === k) return known.premise;
  const premise = premiseOfReading(k, reading);
  premises.set(reading, { k, premise });
  return premise;
}

function premiseOfReading(k: Knowledge, reading: Reading): WrongPremise | null {
  // Most questions name no detail that could differ, and cost nothing more.
  if (!mayHaveDetails(k.claims(), reading)) return null;
  const check = checkClaim(k, reading);
  const first = check.differs[0];
  if (check.verdict !== 'contradicts' || !first) return null;
  const years = new Set(k.kb.talks.map((t) => Number(t.date.slice(0, 4))));
  if (check.differs.some((d) => d.article.kind === 'date' && d.article.claimed.year !== null && !years.has(d.article.claimed.year))) return null;
  // An act the articles only hope for, asked of in its own verb ("when did they start recognising…?"), is the
  // question's subject, not a detail to put right: answered or refused as asked.
  if (check.differs.some((d) => d.article.kind === 'status' && d.article.ownVerb === true)) return null;
  // So is it asked when ("中越最终在哪一天实现疫苗护照互认的？", on what day was it achieved?): the date of an act only
  // hoped for, which the topic answer says was hoped for, and gives no date.
  if (reading.intent === 'when' && !reading.aspects.yesNo && check.differs.every((d) => d.article.kind === 'status')) return null;
  // "Why did they sign the training scheme during the 2020 call?": a document put at talks that never signed it is
  // put right by the talk that did (the agreements answer), not by how some other sentence there words an act.
  if (check.differs.every((d) => d.article.kind === 'status') && documentsSignedElsewhere(reading)) return null;
  if (check.differs.every((d) => kindReportedThere(k, reading, d) || kindReportedElsewhere(k, reading, d))) return null;
  return premiseOfDiffers(k, reading, first, check.differs);
}

/** The premise the details given otherwise make, worded and cited (`first` decides where such a detail is asked). */
function premiseOfDiffers(k: Knowledge, reading: Reading, first: Differ, differs: readonly Differ[]): WrongPremise {
  const m = messagesFor(reading.lang);
  const cites = differs.map((d) => d.citation).filter((c, i, all) => all.findIndex((x) => sameCitation(x, c)) === i);
  const own = reading.lang === 'en' ? undefined : k.claims().ownWords(reading.lang, reading.said.text);
  const words = differs.map((d) => differWords(m, k.kb, d.article, own));
  const talks = k.kb.talks.filter((t) => cites.some((c) => c.talk === t.id));
  const people = differs.flatMap((d) => (d.article.kind === 'person' && !d.article.named ? [{ claimed: d.article.claimed, instead: d.article.people }] : []));
  const ordinalOnly = differs.every((d) => d.article.kind === 'number' && d.article.ordinal);
  return { line: line(reading.aspects.yesNo ? m.claimNo(words) : m.premiseOtherwise(words), cites), talks, intent: CORRECTS[first.kind], kinds: differs.map((d) => d.kind), people, ordinalOnly };
}

/**
 * "中联部部长黎怀忠在会谈里提了哪些边境问题？": a post the question gives someone it names, checked on its own against the
 * sentence naming that person at the talk they took part in. The whole claim is compared with the sentences on its
 * subject (the border), which give no posts, so the checker finds nothing wrong there; the post is still wrong.
 * Null when every post claimed is the one held (or the person took part in none of the talks asked about).
 */
export function roleOtherwise(k: Knowledge, reading: Reading): WrongPremise | null {
  if (reading.people.length === 0 || !mayMisstateRole(k, reading)) return null;
  const index = k.claims();
  const claim = readDetails(index, uncorrected(reading));
  const asked = reading.scope.talks ?? k.kb.talks;
  const talks = asked.filter((t) => claim.roles.some((r) => !r.negated && !r.otherTime && t.participants.some((p) => p.person === r.person)));
  const differs: Differ[] = [];
  for (const talk of talks) {
    const evidence = index.evidence(talk);
    const named = new Set(claim.roles.flatMap((r) => evidence.participants.get(r.person) ?? []));
    for (const s of named) {
      for (const r of compare(index, claim, s, evidence, k.kb.talks).results) {
        if (r.kind === 'role' && r.outcome === 'conflicts' && !differs.some((d) => sameCitation(d.citation, r.evidence.citation))) differs.push({ kind: 'role', article: r.article, citation: r.evidence.citation });
      }
    }
    // The post a person held at the first talk asked about that they took part in says it.
    if (differs.length > 0) break;
  }
  const [first] = differs;
  return first ? premiseOfDiffers(k, reading, first, differs) : null;
}

/**
 * A yes/no question answered by an intent that decides no Yes or No of its own (when, summary, search…):
 * the checker's No, when a detail differs, comes first; a Yes is never added (those answers do not check
 * that the rest of the question holds).
 */
export function withCorrection(k: Knowledge, reading: Reading, answer: Answer, talkOnly = false): Answer {
  if (!reading.aspects.yesNo || !answer.answered) return answer;
  const settled = settleYesNo(k, reading, answer.citations);
  // "Were the 2022 talks held on 19 April?": asked of a talk alone, its day checked is all the question says.
  if (settled.lead === 'yes' && talkOnly && asksTalkDay(k, reading)) return prependLines(answer, [messagesFor(reading.lang).yes]);
  if (settled.lead !== 'no' || !settled.correction) return answer;
  return prepend(settled.correction, answer);
}

/** A yes/no about a talk alone (no topic, document or person) that names its day: the day is what it asks. */
function asksTalkDay(k: Knowledge, reading: Reading): boolean {
  if (reading.topics.length + reading.documents.length + reading.people.length + reading.organisations.length > 0) return false;
  const claim = readDetails(k.claims(), reading);
  return claim.mentions.dates.some((d) => d.day !== null && d.month !== null);
}

/** A cited line put before an answer: its quotes come first, and the answer's own numbers move up past them. */
export function prepend(first: Line, answer: Answer): Answer {
  return prependLines(answer, [first]);
}

/** The question's documents, none of which the talks it is about signed. */
function documentsSignedElsewhere(reading: Reading): boolean {
  const talks = reading.scope.talks;
  if (reading.documents.length === 0 || !talks || talks.length === 0) return false;
  return reading.documents.every((d) => talks.every((t) => !t.agreements.includes(d)));
}
