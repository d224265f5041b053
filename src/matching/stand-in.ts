// A name the articles lack, standing in a participant's place at a talk the question otherwise names clearly
// ("what did Wang Yi tell Hoang Binh Quan during the 2020 phone talks?"): a wrong person, put right by who held
// that place. Without one talk named, with every side's place already taken by someone named, or with no word
// linking the name to a participant ("what did Xi Jinping say?", "who interpreted the call?"), it stays a refusal.
import type { Organisation, Person, Talk } from '../facts/types.js';
import type { Hit } from './entities.js';
import type { AbsentKind } from './words.js';
import type { Token } from './tokens.js';

export interface StandIn {
  /** The name as asked ("Wang Yi"), and where it starts among the question's words. */
  readonly words: string;
  readonly at: number;
  /** Who held that place at the talk. */
  readonly instead: Person;
  readonly talk: Talk;
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
}

/** Most words between the name and the participant it is linked to ("… said what in the videoconference with …"). */
const MAX_GAP = 6;

export function findStandIn({ tokens, absent, absentKinds, people, sides, talks, links }: StandInInput): StandIn | null {
  // One name, and nothing else the articles lack.
  const [words] = absent;
  const talk = talks?.length === 1 ? talks[0] : undefined;
  if (absent.length !== 1 || words === undefined || !talk || people.length === 0) return null;
  // A name: so read (words.ts), or capitalised throughout where capitals are too many to tell one ("Xi Jinping tell Le Hoai Trung").
  if (absentKinds[0] !== 'name' && !words.split(' ').every((w) => /^\p{Lu}/u.test(w))) return null;
  const length = words.split(' ').length;
  const start = tokens.findIndex((_, i) => tokens.slice(i, i + length).map((t) => t.cased).join(' ') === words);
  if (start < 0) return null;
  const end = start + length;
  // Everyone named took part, and one side's place is left for the name.
  const present = new Set(talk.participants.map((p) => p.person));
  if (!people.every((h) => present.has(h.target))) return null;
  const taken = new Set(people.map((h) => h.target.party));
  const free = talk.participants.filter((p) => !taken.has(p.person.party));
  const instead = free[0]?.person;
  if (free.length !== 1 || !instead) return null;
  // That side named apart from the name is someone else ("Song Tao and Wang Yi told the Vietnamese side"); named
  // just before it, it is the name's own ("Vietnam's Prime Minister").
  if (sides.some((h) => h.target === instead.party && h.at + h.length !== start)) return null;
  // "Wang Yi tell Quan", "with Trung": a word between them puts the name in the place beside the participant.
  const linked = people.some((h) => {
    const gap = h.at >= end ? tokens.slice(end, h.at) : h.at + h.length <= start ? tokens.slice(h.at + h.length, start) : null;
    return gap !== null && gap.length <= MAX_GAP && gap.some((t) => links.has(t.text));
  });
  return linked ? { words, at: start, instead, talk } : null;
}
