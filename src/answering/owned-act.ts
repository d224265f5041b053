// "How did China's praise for Vietnam's COVID response change…?": a noun of a speech act owned by someone not asked as
// speaking ("Vietnam's … response") names what another act was about (how Vietnam handled COVID), not the act asked
// of the speakers; it must not narrow their statements to those reporting that act ("responded positively").
import type { Person } from '../facts/types.js';
import type { Reading } from '../matching/reading.js';
import { escapeRegExp } from '../matching/normalize.js';

/** Words that may stand between an owner and the act it owns ("Vietnam's COVID response", "Quan's earlier proposals"). */
const BETWEEN = 2;

/** The owners of a word in an English question ("Vietnam" of "Vietnam's COVID response"), as typed, lower case. */
function ownersOf(text: string, word: string): string[] {
  const re = new RegExp(`([\\p{L}\\p{N}]+)['’]s\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,${BETWEEN}}${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, 'giu');
  return [...text.matchAll(re)].map((m) => (m[1] ?? '').toLowerCase());
}

/**
 * Whether every time a speech act's word is typed it is owned by a person, or a side of people, none of whom is a
 * speaker asked (`people`: everyone who may speak). False when it stands unowned anywhere, or in another language (no
 * possessive is read).
 */
export function actOwnedByOthers(reading: Reading, word: string, speakers: readonly Person[], people: Iterable<Person>): boolean {
  if (reading.lang !== 'en' || speakers.length === 0) return false;
  const text = reading.said.text;
  const typed = [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, 'giu'))].length;
  const owners = ownersOf(text, word);
  if (typed === 0 || owners.length < typed) return false;
  const names = (p: Person) => [p.name, ...p.aliases].flatMap((n) => n.toLowerCase().split(/\s+/u));
  const sideWords = (p: Person) => p.party.sides.filter((s) => !s.includes(' ')).map((s) => s.toLowerCase());
  const ownedBy = (owner: string) => (p: Person) => names(p).includes(owner) || sideWords(p).includes(owner);
  const everyone = [...people];
  return owners.every((owner) => {
    const owning = everyone.filter(ownedBy(owner));
    return owning.length > 0 && !owning.some((p) => speakers.includes(p));
  });
}
