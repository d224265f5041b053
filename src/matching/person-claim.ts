// What a yes/no question claims of the one person it names: who he is (a role, a side, a body: "is Song Tao
// Vietnamese?", "did Song Tao work for the CPV?", "is he head of the Organization Department?"), checked against the
// roles the articles give him; or an act he did to or for someone ("did Song Tao give Vietnam anything?", "did he
// thank Vietnam?"), checked against what the articles report he said and did. The side named after a verb of act
// is its object, not his affiliation, so his roles can neither confirm nor deny it.
// Read from the predicate: the first word after the person that is a word of identity (data/lexicon/en.json
// `roles.identity`, with the titles, ranks, bodies and offices of a role) or a verb of act (a general word: a verb
// or adjective; Vietnamese and Chinese are read through their English glossary words).
import type { Person } from '../facts/types.js';
import type { Hit } from './entities.js';
import type { Token } from './tokens.js';

export interface PersonClaim {
  readonly kind: 'role' | 'act';
  /** The word that says it, as read ("work", "give", "presented") and as typed ("tặng", "送了"): an act's verb is what the statements must report. */
  readonly word: string;
  readonly typed: string;
  readonly lemma: string;
}

export interface PersonClaimWords {
  /** Phrases of identity, each as its words (text or lemma): copulas, affiliation verbs, role nouns and their ranks. */
  readonly identity: readonly (readonly string[])[];
  /** Phrases of an act that open with a word of identity ("work with", "work on"): done with or to someone, not for him. */
  readonly jointActs: readonly (readonly string[])[];
  /** Words of an act: verbs (and adjectives) by their text or lemma, speech acts. */
  readonly isAct: (token: Token) => boolean;
  /** Words that carry no predicate of their own: grammar, chat, numbers. */
  readonly isNeutral: (token: Token) => boolean;
  /** Nouns of a post ("position", "role"): one just before him ("chức vụ của ông Song Tao") makes his post the subject. */
  readonly postNouns: ReadonlySet<string>;
  /** Nouns of the talks ("talks", "call"): where they stand ("in the 2022 talks"), not what he did, unless right after him. */
  readonly talkNouns: ReadonlySet<string>;
}

const startsAt = (tokens: readonly Token[], at: number, words: readonly string[]) =>
  words.every((w, k) => {
    const t = tokens[at + k];
    return t !== undefined && (t.text === w || t.lemma === w);
  });

/**
 * The kind of claim a question makes of the one person it names, from the words after him; null when it names
 * no one person or nothing after him says ("is Song Tao Vietnamese?" names only a side: a claim of identity by default).
 * `covered`: the words some entity (a side, a body, a topic, a date) covers, which are what the claim is about.
 */
export function personClaim(tokens: readonly Token[], peopleAt: readonly Hit<Person>[], covered: readonly boolean[], words: PersonClaimWords): PersonClaim | null {
  const people = new Set(peopleAt.map((h) => h.target));
  const [hit] = peopleAt;
  if (people.size !== 1 || !hit) return null;
  // "Has Song Tao's position changed?", "chức vụ của ông Song Tao có thay đổi không?": what changed is his post.
  const before = tokens.slice(Math.max(0, hit.at - 2), hit.at).filter((t) => !words.isNeutral(t));
  const post = before.find((t) => words.postNouns.has(t.text) || words.postNouns.has(t.lemma));
  if (post) return { kind: 'role', word: post.text, typed: post.cased, lemma: post.lemma };
  const identityAt = (at: number) => words.identity.some((p) => startsAt(tokens, at, p)) && !words.jointActs.some((p) => startsAt(tokens, at, p));
  for (let i = hit.at + hit.length; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || covered[i] === true) continue;
    if (identityAt(i)) return { kind: 'role', word: t.text, typed: t.cased, lemma: t.lemma };
    if (words.isNeutral(t) || (i > hit.at + hit.length && words.talkNouns.has(t.text))) continue;
    // "foreign minister", "senior official": a general word before a word of identity qualifies that role.
    if (words.isAct(t)) return { kind: identityAt(i + 1) ? 'role' : 'act', word: t.text, typed: t.cased, lemma: t.lemma };
  }
  return null;
}

/** Whether a concept of the question is read from the word that says the claim. */
export function saysClaim(concept: { readonly word: string }, claim: PersonClaim): boolean {
  const word = concept.word.toLowerCase();
  return word === claim.word || word === claim.typed.toLowerCase();
}
