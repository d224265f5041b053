// Words the articles use only inside a proper name. "Song" is in the articles only as Song Tao, "National" only as
// the 13th National Congress: neither is evidence for "the national anthem" ("anthem" → WordNet's "song"), a question
// that names neither the person nor the congress. Such a word stands for the articles' word only when the question
// also holds another word of a name it is part of ("the national congress"); otherwise it covers nothing, and the
// refusal names what the articles lack. The names are the knowledge base's: people, organisations, and the capitalised
// names of things the topics mention. A thing's own noun (its head: "Sea" of "East Sea", "Congress") is the thing
// and stays evidence ("what did Quan say about the sea?"); a person's name has no such noun.
import type { KnowledgeBase } from '../facts/types.js';
import { derivedFor, noteDerived } from '../verified-data.js';
import { normalizeDataKeepingCase as normalizeKeepingCase } from './normalize.js';

/** The name the build saves the words under (src/verified-data.ts): scanning every text is start-up work. */
const NAME_ONLY = 'name-only-words';

function savedNameOnly(value: unknown): NameOnlyWords | null {
  if (!Array.isArray(value)) return null;
  const entries: [string, ReadonlySet<string>][] = [];
  for (const e of value as unknown[]) {
    if (!Array.isArray(e) || typeof e[0] !== 'string' || !Array.isArray(e[1]) || !(e[1] as unknown[]).every((x) => typeof x === 'string')) return null;
    entries.push([e[0], new Set(e[1] as string[])]);
  }
  return new Map(entries);
}

/** Words that link a name's head to what follows ("Code of Conduct in the East Sea"): the head comes before them. */
const LINKS: ReadonlySet<string> = new Set(['of', 'on', 'in', 'for', 'and', 'the']);

/** Word (lower case) → the other words of the names it only occurs in. */
export type NameOnlyWords = ReadonlyMap<string, ReadonlySet<string>>;

/** A name's words, and which of them is its head (-1: a person's name, all name). */
interface Name {
  readonly words: readonly string[];
  readonly head: number;
}

const capitalisedName = (text: string) => text.split(' ').filter((w) => !LINKS.has(w.toLowerCase())).every((w) => /^[\p{Lu}\d]/u.test(w));

function thingName(text: string): Name | null {
  const words = normalizeKeepingCase(text).split(' ').filter(Boolean);
  if (words.length < 2 || !capitalisedName(words.join(' '))) return null;
  const link = words.findIndex((w, i) => i > 0 && LINKS.has(w.toLowerCase()));
  return { words: words.map((w) => w.toLowerCase()), head: (link > 0 ? link : words.length) - 1 };
}

export function nameOnlyWords(kb: KnowledgeBase): NameOnlyWords {
  const saved = savedNameOnly(derivedFor(NAME_ONLY, [kb]));
  if (saved) return saved;
  const words = scanNameOnly(kb);
  noteDerived(NAME_ONLY, [kb], [...words].map(([w, others]) => [w, [...others]]));
  return words;
}

function scanNameOnly(kb: KnowledgeBase): NameOnlyWords {
  const names: Name[] = [];
  for (const p of kb.people.values()) {
    for (const n of [p.name, ...p.aliases]) {
      const words = normalizeKeepingCase(n).split(' ').filter(Boolean).map((w) => w.toLowerCase());
      if (words.length > 0) names.push({ words, head: -1 });
    }
  }
  const things = [
    ...[...kb.organisations.values()].flatMap((o) => [o.name, ...o.aliases]),
    ...[...kb.topics.values()].flatMap((t) => [...t.keywords, ...t.mentionedOnly]),
  ];
  for (const t of things) {
    const name = thingName(t);
    if (name) names.push(name);
  }
  // Longest first: an occurrence is taken by the fullest name it is part of.
  names.sort((a, b) => b.words.length - a.words.length);

  const texts = new Set<string>();
  for (const a of kb.articles.values()) texts.add(a.body);
  for (const t of kb.talks) for (const e of [...t.statements, ...t.agreements, ...t.figures, ...t.participants]) texts.add(e.quote);

  // "China's party liaison office": a word of a body's or event's name before another name's head, or a word for one
  // ("office" for "agency"), names a body as the articles' name does, in the asker's words.
  const heads = names.filter((n) => n.head >= 0).map((n) => n.words[n.head] ?? '');
  const inName = new Map<string, Set<string>>();
  const outside = new Set<string>();
  for (const text of texts) {
    const words = normalizeKeepingCase(text).split(' ').filter(Boolean).map((w) => w.toLowerCase());
    const covered: (Name | null)[] = words.map(() => null);
    const offset: number[] = words.map(() => -1);
    for (const name of names) {
      for (let i = 0; i + name.words.length <= words.length; i++) {
        if (name.words.every((w, k) => words[i + k] === w && covered[i + k] === null)) {
          name.words.forEach((_, k) => {
            covered[i + k] = name;
            offset[i + k] = k;
          });
        }
      }
    }
    words.forEach((w, i) => {
      const name = covered[i];
      if (!name || offset[i] === name.head || LINKS.has(w)) {
        outside.add(w);
        return;
      }
      const others = inName.get(w) ?? new Set<string>();
      for (const o of name.head >= 0 ? [...name.words, ...heads] : name.words) if (o !== w && !LINKS.has(o)) others.add(o);
      inName.set(w, others);
    });
  }
  return new Map([...inName].filter(([w]) => !outside.has(w) && /^\p{L}+$/u.test(w)));
}

/** The question's words as typed, their lemmas, and the article lemmas they stand for closely ("office" → "agency"). */
export function typedWords(tokens: readonly { readonly text: string; readonly lemma: string }[], related: (lemma: string) => readonly { readonly lemma: string; readonly weight: number }[]): ReadonlySet<string> {
  return new Set(tokens.flatMap((t) => [t.text, t.lemma, ...related(t.lemma).filter((r) => r.weight >= 1).map((r) => r.lemma)]));
}

/**
 * Whether a word counts only as part of a name the question does not name (none of that name's other words typed).
 * The typed words are made the first time a word of a name is asked about: most words of most questions are none.
 */
export function namelessIn(nameOnly: NameOnlyWords, typedOf: () => ReadonlySet<string>): (word: string) => boolean {
  let typed: ReadonlySet<string> | undefined;
  return (word) => {
    const others = nameOnly.get(word);
    if (others === undefined) return false;
    typed ??= typedOf();
    const made = typed;
    return ![...others].some((o) => made.has(o));
  };
}

/** Words that make the noun after them a common one ("the song", "a song"), never a person's name. */
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'our', 'their', 'its', 'my', 'your']);
/** Most modifiers between a determiner and the noun ("the Vietnamese national song"). */
const MODIFIERS = 2;

/**
 * "what is the vietnamese national song?": a name of one word typed in lower case that is also an English word
 * ("song" of Song Tao) is that word, not the person, when a determiner stands before it (over a modifier or two) or a
 * word the articles use only inside another name ("national" of the National Congress) qualifies it.
 */
export function commonNounNotName(words: readonly string[], at: number, isEnglish: (w: string) => boolean, nameless: (w: string) => boolean, opensQuestion: (w: string) => boolean): boolean {
  const before = words[at - 1] ?? '';
  if (nameless(before)) return true;
  for (let k = at - 1; k >= Math.max(0, at - 1 - MODIFIERS); k--) {
    const w = words[k] ?? '';
    if (DETERMINERS.has(w)) return true;
    if (opensQuestion(w) || !isEnglish(w)) return false;
  }
  return false;
}
