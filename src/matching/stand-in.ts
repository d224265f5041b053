// A name or an office the articles lack, standing in a participant's place at a talk the question otherwise names
// clearly ("what did Wang Yi tell Hoang Binh Quan during the 2020 phone talks?", "what did the Chinese premier tell
// Quan…?"): a wrong person, put right by who held that place. A name with no participant named, at a talk named by
// its date or format and asked about a subject the talk reported ("what did Wang Yi say about vaccine passports at the
// April 2022 talks?"), is put right by who held the talk, and the question is answered of it. Without one talk named, with every side's place already taken
// by someone named, or with the name not tied to a place ("what did Xi Jinping say?", "who interpreted the call?"),
// it stays a refusal.
import type { Organisation, Person, Talk } from '../facts/types.js';
import type { Hit } from './entities.js';
import type { AbsentKind } from './words.js';
import type { Token } from './tokens.js';
import { TALK_ANCHORS } from './cues.js';
import { runAt } from './words-at.js';

export interface StandIn {
  /** The name as asked ("Wang Yi"), and where it starts among the question's words. */
  readonly words: string;
  readonly at: number;
  /** Who held that place at the talk; null when nothing tells which side's place the name took (the talk's participants are named). */
  readonly instead: Person | null;
  readonly talk: Talk;
  /** An office said of both sides ("the two prime ministers"): who held the talk, in their roles, puts it right. */
  readonly office?: true;
  /**
   * The name given an office its place's holder never held, at talks named by neither format nor day ("when Quan met
   * Foreign Minister Wang Yi in 2020"): someone else, at another meeting the articles do not report, not a slip of the name.
   */
  readonly otherMeeting?: true;
}

export interface StandInInput {
  readonly tokens: readonly Token[];
  /** What the asking part names that the articles lack, and of what kind (words.ts). */
  readonly absent: readonly string[];
  readonly absentKinds: readonly AbsentKind[];
  readonly people: readonly Hit<Person>[];
  /** Where sides are named ("Vietnam's Prime Minister", "the Vietnamese side"). */
  readonly sides: readonly Hit<Organisation>[];
  /** The talks the rest of the question names. */
  readonly talks: readonly Talk[] | null;
  /** Words that link the name to a participant: "tell", "with", "and" (data/lexicon/en.json `roles`). */
  readonly links: ReadonlySet<string>;
  /** Whether a format names talks ("通话", "电话会谈", "the phone call"), in any language. */
  readonly formatNamed: boolean;
  /** Topics and documents the question names: what it asks of the talk besides the name. */
  readonly subjects: number;
  /** The words naming those topics, as the question names them ("party chiefs"). */
  readonly subjectWords?: readonly string[];
  /** Offices a side's place may be asked by ("premier", "foreign minister"; data/lexicon/en.json `roles`). */
  readonly offices: readonly string[];
  /** Family names by the id of their bearers' party (data/lexicon/en.json `roles.familyNames`); empty where a name's script tells no side. */
  readonly familyNames?: ReadonlyMap<string, string>;
  /** Whether the question names its talk by the day ("the 29 July 2020 call", "ngày 29/7/2020"), not a month or year only. */
  readonly dayNamed?: boolean;
  /** Whether the question dates its talk at all (a year, a month, a day), not by its format or people alone. */
  readonly dated?: boolean;
  /** Countries the articles do not report on, by every name (data/lexicon/en.json `claims.countries`): never a person. */
  readonly countries?: ReadonlySet<string>;
  /** Titles typed between a side and a name ("中方代表王毅": the zh glossary's `titles`), as typed. */
  readonly titles?: ReadonlySet<string>;
}

/** Most words between the name and the participant it is linked to ("… said what in the videoconference with …"). */
const MAX_GAP = 6;

export function findStandIn(input: StandInInput): StandIn | null {
  const found = byName(input) ?? byOffice(input) ?? byOfficeOfBoth(input);
  // "What did Song Tao tell Vietnam's Prime Minister on their phone call?": an office in one side's place at talks not
  // dated is a call between those two, which the articles never report (rounds 24-78 want it refused, as they want
  // "越南总理和宋涛那次会谈"); dated ("the July 2020 call"), the asker has the talk in mind and a wrong office at it, put
  // right by who held the place. A person's name in the place stays put right either way (writers differ on it).
  if (found && found.office !== true && input.dated === false && namesOffice(found.words, input.offices)) return null;
  return found;
}

/** Whether words as asked ("Vietnam's Prime Minister", "Thủ tướng Trung Quốc") say an office of the list. */
function namesOffice(words: string, offices: readonly string[]): boolean {
  const said = ` ${words.toLowerCase()} `;
  return officeWords(offices).some(([office]) => said.includes(` ${office} `));
}

/** Words that say an office of both sides ("the two prime ministers", "Thủ tướng hai nước": prime minister two countries). */
const BOTH = new Set(['two', 'both']);
/** Most words between the office and the word saying both ("prime ministers of the two countries"). */
const BOTH_REACH = 3;

/** `word` is `w` with an "s" ("ministers"): compared without building the plural, as this runs at every word. */
const plural = (word: string | undefined, w: string) => word !== undefined && word.length === w.length + 1 && word.endsWith('s') && word.startsWith(w);

/**
 * "The talks between the two prime ministers on 19 April 2022", "Thủ tướng hai nước": an office said of both sides
 * at a talk named clearly, that neither participant held, with no one named: who held the talk (instead: null) is
 * put right, and the question answered of it.
 */
function byOfficeOfBoth(input: StandInInput): StandIn | null {
  const { tokens, absent, people, talks, offices } = input;
  const talk = talks?.length === 1 ? talks[0] : undefined;
  if (!talk || people.length > 0 || !namesTalks(input)) return null;
  // Plural or not ("prime ministers"): compared by lemma too.
  const words = tokens.map((t) => t.text);
  const lemmas = tokens.map((t) => t.lemma);
  for (const [office, parts] of officeWords(offices)) {
    const at = runAt(words.length, parts, (i, w) => words[i] === w || lemmas[i] === w || plural(words[i], w));
    if (at < 0) continue;
    const end = at + parts.length;
    const near = [...Array.from({ length: BOTH_REACH }, (_, k) => end + k), at - 1, at - 2].filter((i) => i >= 0 && i < words.length);
    if (!near.some((i) => BOTH.has(words[i] ?? ''))) continue;
    if (talk.participants.some((p) => p.role.toLowerCase().includes(office))) continue;
    // Nothing else the articles lack than the office itself, which they may well lack ("prime ministers").
    const said = ` ${tokens.slice(at, end).map((t) => t.cased.toLowerCase()).join(' ')} `;
    if (!absent.every((a) => said.includes(` ${a.toLowerCase()} `))) continue;
    // "The calls between the two party chiefs": an office the question names as a subject of the articles (the General
    // Secretaries whose phone talks a report speaks of) is who those other exchanges were between, not a stand-in for
    // the participants of the talk named.
    if ((input.subjectWords ?? []).some((w) => ` ${w.toLowerCase()} `.includes(said))) continue;
    const first = tokens[at - 1]?.text === 'the' ? at - 1 : BOTH.has(tokens[at - 1]?.text ?? '') && tokens[at - 2]?.text === 'the' ? at - 2 : at;
    const from = BOTH.has(tokens[at - 1]?.text ?? '') ? Math.min(first, at - 1) : first;
    return { words: joinWords(tokens.slice(from, end).map((t) => t.cased)), at: from, instead: null, talk, office: true };
  }
  return null;
}

/** "Wang Yi": one name the articles lack, and nothing else they lack. */
function byName(input: StandInInput): StandIn | null {
  const { tokens, absent, absentKinds, people, sides, talks, links, subjects } = input;
  const [words] = absent;
  const talk = talks?.length === 1 ? talks[0] : undefined;
  if (absent.length !== 1 || words === undefined || !talk) return null;
  // A name: so read (words.ts), or capitalised throughout where capitals are too many to tell one ("Xi Jinping tell Le Hoai Trung").
  if (absentKinds[0] !== 'name' && !words.split(' ').every((w) => /^\p{Lu}/u.test(w))) return null;
  // "中美贸易谈判最近…" (China-US trade talks lately): a country is other parties' talks, not a person in a participant's
  // place, unless the talk is named by its very day ("hội nghị ba bên … Lào ngày 19/4/2022": that talk, misdescribed).
  const length = words.split(' ').length;
  const start = tokens.findIndex((_, i) => tokens.slice(i, i + length).map((t) => t.cased).join(' ') === words);
  if (start < 0) return null;
  const end = start + length;
  // The country as typed ("Philippines") or as a glossary read the asker's word ("菲律宾": philippines), alone or
  // with the person it sends ("韩国代表", the Korean representative): another country's people, never this talk's.
  const country = [words.toLowerCase(), ...tokens.slice(start, end).map((t) => t.text)].some((w) => input.countries?.has(w) === true);
  if (input.dayNamed !== true && country) return null;
  // No one named: the talk, named by its date or format, is the one asked about, when the question asks of a subject
  // it reported ("vaccine passports"); "what did Xi Jinping say in 2020?" asks only what the name said. A side named
  // just before the name is its own ("China's Wang Yi"), one named apart is the other place ("… told the Vietnamese side").
  if (people.length === 0) {
    if (!namesTalks(input)) return null;
    // "中方代表王毅": a title between the side and the name leaves the side the name's own.
    const titled = input.titles?.has(tokens[start - 1]?.cased ?? '') === true;
    const ownEnd = (h: Hit<Organisation>) => h.at + h.length === start || (titled && h.at + h.length === start - 1);
    const own = sides.filter(ownEnd);
    const apart = sides.filter((h) => !ownEnd(h));
    // Asked of no subject, the name must be tied to the other place by a link word ("… said what in the phone talks
    // with the Vietnamese side"), or the talk named by its very day ("what did Wang Yi say in the 29 July 2020 call?":
    // the asker has one talk in mind and a wrong person at it): "what did Xi Jinping say at the 2020 talks?" stays a refusal.
    // "中方代表李克强对越南说了什么": the name's own side just before it, and the other side linked after it, tie it to
    // the own side's place as firmly.
    const tied = apart.length > 0 && apart.some((h) => linkedBetween(tokens, start, end, h.at, h.length, links)) && own.every((o) => apart.every((h) => h.target !== o.target));
    if (subjects === 0 && !tied && input.dayNamed !== true) return null;
    // "What did Xi Jinping tell Vietnam's foreign minister…?": the other place given an office its holder at the talk
    // never held too. Both places wrong is a meeting of two others the articles do not report, not one slip: refused.
    if (otherPlaceMisheld(input, talk, own)) return null;
    const party = own[0]?.target ?? (apart.length > 0 && apart.every((h) => h.target === apart[0]?.target) ? talk.participants.find((p) => p.party !== apart[0]?.target)?.party : subjects === 0 && !tied ? byFamilyName(talk, words, input.familyNames) : undefined);
    const held = party === undefined ? null : talk.participants.find((p) => p.party === party)?.person ?? null;
    return { words, at: start, instead: held, talk, ...(held && titledOtherwise(input, start, talk, held) ? { otherMeeting: true } : {}) };
  }
  // Everyone named took part, and one side's place is left for the name.
  const instead = freePlace(talk, people);
  if (!instead) return null;
  // That side named apart from the name is someone else ("Song Tao and Wang Yi told the Vietnamese side"); named
  // just before it, it is the name's own ("Vietnam's Prime Minister").
  if (sides.some((h) => h.target === instead.party && h.at + h.length !== start)) return null;
  // "Wang Yi tell Quan", "with Trung": a word between them puts the name in the place beside the participant.
  const linked = people.some((h) => linkedBetween(tokens, start, end, h.at, h.length, links));
  return linked ? { words, at: start, instead, talk, ...(titledOtherwise(input, start, talk, instead) ? { otherMeeting: true } : {}) } : null;
}

/**
 * Whether the name at `start` is given, just before it, an office that `instead` did not hold at the talk, while
 * nothing but a year or the people ties the question to that talk (no format, no day): the asker means another
 * person's meeting ("Foreign Minister Wang Yi"), not the talk with a name mistaken.
 */
function titledOtherwise(input: StandInInput, start: number, talk: Talk, instead: Person): boolean {
  if (input.formatNamed || input.dayNamed === true) return false;
  const words = input.tokens.map((t) => t.text);
  const role = talk.participants.find((p) => p.person === instead)?.role.toLowerCase() ?? '';
  // Read as part of the name ("Foreign Minister Wang Yi", capitalised throughout) or just before it.
  const at = (from: number, parts: readonly string[]) => parts.every((w, k) => words[from + k] === w);
  return officeWords(input.offices).some(([office, parts]) => (at(start, parts) || at(start - parts.length, parts)) && !role.includes(office));
}

/** Whether a side other than the name's own is said with an office its participant at the talk did not hold. */
function otherPlaceMisheld(input: StandInInput, talk: Talk, own: readonly Hit<Organisation>[]): boolean {
  for (const { office, side } of officesOfSides(input.tokens, input.sides, input.offices)) {
    if (own.some((o) => o.target === side.target)) continue;
    const held = talk.participants.find((p) => p.party === side.target);
    if (held && !held.role.toLowerCase().includes(office)) return true;
  }
  return false;
}

/** With no side said, the party whose side's family names include the name's ("Foreign Minister Wang Yi": cpc). */
function byFamilyName(talk: Talk, words: string, familyNames: ReadonlyMap<string, string> | undefined): Organisation | undefined {
  if (!familyNames || familyNames.size === 0) return undefined;
  const id = words.toLowerCase().split(' ').map((w) => familyNames.get(w)).find((p) => p !== undefined);
  return id === undefined ? undefined : talk.participants.find((p) => p.party.id === id)?.party;
}

/** Whether a link word stands between the name (start..end) and a hit (at, length), at most MAX_GAP words apart. */
function linkedBetween(tokens: readonly Token[], start: number, end: number, at: number, length: number, links: ReadonlySet<string>): boolean {
  const gap = at >= end ? tokens.slice(end, at) : at + length <= start ? tokens.slice(at + length, start) : null;
  return gap !== null && gap.length <= MAX_GAP && gap.some((t) => links.has(t.text));
}

/** Whether the question speaks of talks ("the April 2022 talks", "the 2020 phone call", "通话"), not only of a year or a side. */
function namesTalks({ tokens, formatNamed }: StandInInput): boolean {
  return formatNamed || tokens.some((t) => TALK_ANCHORS.has(t.text));
}

/** The participant whose side no one named holds, when everyone named took part and exactly one place is left. */
function freePlace(talk: Talk, people: readonly Hit<Person>[]): Person | null {
  const present = new Set(talk.participants.map((p) => p.person));
  if (!people.every((h) => present.has(h.target))) return null;
  const taken = new Set(people.map((h) => h.target.party));
  const free = talk.participants.filter((p) => !taken.has(p.person.party));
  return free.length === 1 ? (free[0]?.person ?? null) : null;
}

/**
 * "The Chinese premier", "Thủ tướng Trung Quốc": an office of the articles' offices list said of a side, right beside
 * it, that the side's participant at the talk did not hold (their role never names it), with that side's place free.
 */
function byOffice(input: StandInInput): StandIn | null {
  const { tokens, absent, people, sides, talks, offices } = input;
  const talk = talks?.length === 1 ? talks[0] : undefined;
  // Nothing else the articles lack ("General Secretary Nguyen Phu Trong"), and the talks said ("the 2022 visit" is another event).
  if (!talk || !namesTalks(input)) return null;
  for (const { office, side, from, to } of officesOfSides(tokens, sides, offices)) {
    const held = talk.participants.find((p) => p.party === side.target);
    if (!held || held.role.toLowerCase().includes(office)) continue;
    // The office itself the articles may well lack ("the Chinese prime minister", "Thủ tướng Trung Quốc"): nothing else.
    const said = ` ${tokens.slice(from, to).map((t) => t.cased.toLowerCase()).join(' ')} `;
    if (!absent.every((a) => said.includes(` ${a.toLowerCase()} `))) continue;
    if (people.some((h) => h.target === held.person) || sides.some((h) => h !== side && h.target === side.target)) continue;
    if (people.length > 0 && freePlace(talk, people) !== held.person) continue;
    const first = tokens[from - 1]?.text === 'the' ? from - 1 : from;
    return { words: joinWords(tokens.slice(first, to).map((t) => t.cased)), at: first, instead: held.person, talk };
  }
  return null;
}

/**
 * "越南总理和宋涛那次会谈谈了什么", where no stand-in was found: an office said of a side, linked to a participant named, that none
 * of that side's participants held at any of the talks is someone the articles lack; so is one no article speaks of, with
 * no one named. Its words as typed, or null.
 */
export function unheldOffice(input: StandInInput, all: readonly Talk[]): { readonly words: string; readonly at: number } | null {
  const { tokens, absent, people, sides, talks, offices, links } = input;

  if (absent.length > 0) return null;
  const pool = talks ?? all;
  for (const { office, side, from, to } of officesOfSides(tokens, sides, offices)) {
    if ((rolesOf(pool).get(side.target) ?? []).some((role) => role.includes(office))) continue;
    // "Who is China's president?", "中国国家主席访问了哪些国家": with no one named, the office holder is the subject, someone
    // the articles lack when no article speaks of that office at all.
    if (people.length === 0) {
      if (spokenOf(all, office)) continue;
      return { words: joinWords(tokens.slice(from, to).map((t) => t.cased)), at: from };
    }
    // Someone of that side named ("China's foreign minister Song Tao") holds the office claimed: a premise, not a stand-in.
    if (people.some((h) => h.target.party === side.target)) continue;
    // In a participant's place: tied to someone named by a link word ("and", "with", "told").
    if (!people.some((h) => h.target.party !== side.target && linkedBetween(tokens, from, to, h.at, h.length, links))) continue;
    return { words: joinWords(tokens.slice(from, to).map((t) => t.cased)), at: from };
  }
  return null;
}

/**
 * Each office of the list the question says of a side: the side just before it ("Chinese premier", "Vietnam's Prime
 * Minister") or just after it ("premier of China"), with the span of both.
 */
function* officesOfSides(tokens: readonly Token[], sides: StandInInput['sides'], offices: readonly string[]) {
  const words = tokens.map((t) => t.text);
  const said = new Set(words);
  for (const [office, parts] of officeWords(offices)) {
    // An office whose first word the question lacks is not in it (most are not): no search.
    if (!said.has(parts[0] ?? '')) continue;
    const at = words.findIndex((_, i) => parts.every((w, k) => words[i + k] === w));
    if (at < 0) continue;
    const end = at + parts.length;
    const side = sides.find((h) => h.at + h.length === at) ?? sides.find((h) => h.at === end || (h.at === end + 1 && words[end] === 'of'));
    if (!side) continue;
    yield { office, side, from: Math.min(at, side.at), to: Math.max(end, side.at + side.length) };
  }
}

const ROLES = new WeakMap<readonly Talk[], ReadonlyMap<Organisation, readonly string[]>>();
/** Each party's roles at the talks, lower-cased and each once: a thousand talks hold a handful of roles. */
function rolesOf(talks: readonly Talk[]): ReadonlyMap<Organisation, readonly string[]> {
  let byParty = ROLES.get(talks);
  if (!byParty) {
    const sets = new Map<Organisation, Set<string>>();
    for (const t of talks) for (const p of t.participants) sets.set(p.party, (sets.get(p.party) ?? new Set()).add(p.role.toLowerCase()));
    byParty = new Map([...sets].map(([party, roles]) => [party, [...roles]]));
    ROLES.set(talks, byParty);
  }
  return byParty;
}

const SPOKEN = new WeakMap<readonly Talk[], { readonly bodies: readonly string[]; readonly offices: Map<string, boolean> }>();
/** Whether an article of the talks speaks of the office: each body lower-cased once, each office looked for once. */
function spokenOf(talks: readonly Talk[], office: string): boolean {
  let known = SPOKEN.get(talks);
  if (!known) {
    known = { bodies: [...new Set(talks.map((t) => t.article.body.toLowerCase()))], offices: new Map() };
    SPOKEN.set(talks, known);
  }
  let spoken = known.offices.get(office);
  if (spoken === undefined) {
    spoken = known.bodies.some((b) => b.includes(office));
    known.offices.set(office, spoken);
  }
  return spoken;
}

const OFFICE_WORDS = new WeakMap<readonly string[], readonly (readonly [string, readonly string[]])[]>();
/** Each office with its words, split once per list of offices rather than on every question. */
function officeWords(offices: readonly string[]): readonly (readonly [string, readonly string[]])[] {
  let list = OFFICE_WORDS.get(offices);
  if (!list) OFFICE_WORDS.set(offices, (list = offices.map((o) => [o, o.split(' ')] as const)));
  return list;
}

/** Words as typed, a space only between words of a spaced script ("the Chinese premier", "中国总理"). */
function joinWords(words: readonly string[]): string {
  const unspaced = /[\p{Script=Han}]/u;
  return words.reduce((out, w) => (out === '' ? w : unspaced.test(out.slice(-1)) || unspaced.test(w.charAt(0)) ? out + w : `${out} ${w}`), '');
}
