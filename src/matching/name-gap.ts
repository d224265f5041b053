// A name half remembered: "黎什么忠", "Lê gì Trung", "Le something Trung". The asker types the parts of a name they
// recall and a word standing for the part they forgot (data/lexicon/*.json `nameGaps`). Before the stages read the
// question, such a span becomes the full name of the one person whose name, in that language, begins with the part
// before the gap and ends with the part after it; neither part may be empty, and when two people fit, the span stays
// as typed (the stages refuse or ask, as for any name they lack).
import type { KnowledgeBase } from '../facts/types.js';
import type { Lang } from '../languages.js';
import { once } from '../once.js';
import { escapeRegExp } from './normalize.js';

/** One way to write a name with a gap in it, and the name it stands for. */
interface GapForm {
  readonly pattern: RegExp;
  /** The parts before and after the gap as the pattern matches them: a text lacking either cannot match. */
  readonly head: string;
  readonly tail: string;
  readonly name: string;
  /** Whose name it is: one person's two names fitting a span still name one person. */
  readonly person: string;
}

/** A character folded as it is compared: lower case, without Vietnamese diacritics; one character for one. */
function foldChar(c: string): string {
  const plain = c.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
  return [...plain].length === 1 ? plain : c.toLowerCase();
}

/** Characters folded so far: a question is folded on every reading, and its characters recur. */
const foldedChars = new Map<string, string>();
const FOLDED_MAX = 4096;

/** The text folded character by character, so that an index into it is an index into the text. */
function fold(text: string): string {
  // Plain ASCII folds to its lower case, one character for one.
  if (/^\p{ASCII}*$/u.test(text)) return text.toLowerCase();
  let out = '';
  for (const c of text) {
    let f = foldedChars.get(c);
    if (f === undefined) {
      f = foldChar(c);
      if (foldedChars.size < FOLDED_MAX) foldedChars.set(c, f);
    }
    out += f;
  }
  return out;
}

/** The parts a name splits into with something between: syllables for names written with spaces, else characters. */
function partsOf(name: string): { readonly parts: readonly string[]; readonly joiner: string } {
  return /\s/u.test(name.trim()) ? { parts: name.trim().split(/\s+/u), joiner: ' ' } : { parts: [...name], joiner: '' };
}

/** A gap word as a pattern: "what's his name" also as typed with a hyphen or without its apostrophe. */
function gapPattern(gap: string): string {
  return gap
    .split(' ')
    .map((w) => escapeRegExp(fold(w)).replace(/['’]/gu, "['’]?"))
    .join("[\\s'’-]+");
}

/** The gap words of a language as one alternation, longest first. */
const gapOf = (gaps: readonly string[]): string => `(?:${[...gaps].sort((a, b) => b.length - a.length).map(gapPattern).join('|')})`;

function formsOf(names: readonly { readonly name: string; readonly person: string }[], gaps: readonly string[]): GapForm[] {
  if (gaps.length === 0) return [];
  const gap = gapOf(gaps);
  const out: GapForm[] = [];
  for (const { name, person } of names) {
    const { parts, joiner } = partsOf(name);
    const spaced = joiner === ' ';
    // Letters around a spaced name end it as a word; characters of a Chinese name may stand against others.
    const [open, close] = spaced ? ['(?<![\\p{L}\\p{N}])', '(?![\\p{L}\\p{N}])'] : ['', ''];
    const between = spaced ? '\\s+' : '\\s*';
    for (let before = 1; before < parts.length - 1; before++) {
      for (let after = 1; before + after < parts.length; after++) {
        const head = fold(parts.slice(0, before).join(joiner));
        const tail = fold(parts.slice(parts.length - after).join(joiner));
        out.push({ pattern: new RegExp(`${open}${escapeRegExp(head)}${between}${gap}${between}${escapeRegExp(tail)}${close}`, 'gu'), head, tail, name, person });
      }
    }
  }
  return out;
}

/** The question with each half-remembered name that one person fits put in full. */
export function createNameGaps(kb: KnowledgeBase, gaps: Readonly<Record<Lang, readonly string[]>>): (text: string, lang: Lang) => string {
  const people = [...kb.people.values()];
  const namesIn = (lang: Lang) => people.flatMap((p) => p.terms[lang].map((name) => ({ name, person: p.id })));
  // A language's forms (a pattern per name and split of it, the costliest part of reading's start-up) are made on
  // the first question of that language that holds a gap word, which most never do.
  const forms: Record<Lang, () => GapForm[]> = { en: once(() => formsOf(namesIn('en'), gaps.en)), vi: once(() => formsOf(namesIn('vi'), gaps.vi)), zh: once(() => formsOf(namesIn('zh'), gaps.zh)) };
  // Every form holds a gap word: a question without one has no name to put in full.
  const anyGap = (gaps: readonly string[]) => (gaps.length === 0 ? null : new RegExp(gapOf(gaps), 'u'));
  const gapIn: Record<Lang, RegExp | null> = { en: anyGap(gaps.en), vi: anyGap(gaps.vi), zh: anyGap(gaps.zh) };
  return (text, lang) => {
    // No gap words: no forms (formsOf makes none without them).
    const anyGapWord = gapIn[lang];
    if (anyGapWord === null) return text;
    const folded = fold(text);
    if (!anyGapWord.test(folded)) return text;
    const list = forms[lang]();
    if (list.length === 0) return text;
    // Each span found, with every name that fits it.
    const spans = new Map<string, { readonly from: number; readonly to: number; readonly names: Map<string, string> }>();
    for (const { pattern, head, tail, name, person } of list) {
      // Gap words are common ("what", "gì", "什么"): a form is tried only where both its parts stand.
      if (!folded.includes(head) || !folded.includes(tail)) continue;
      for (const m of folded.matchAll(pattern)) {
        const key = `${m.index}:${m.index + m[0].length}`;
        const span = spans.get(key) ?? { from: m.index, to: m.index + m[0].length, names: new Map<string, string>() };
        if (!span.names.has(person)) span.names.set(person, name);
        spans.set(key, span);
      }
    }
    // Longest first, one name only, never overlapping another taken.
    const taken: { from: number; to: number; name: string }[] = [];
    for (const span of [...spans.values()].sort((a, b) => b.to - b.from - (a.to - a.from))) {
      const [name] = span.names.values();
      if (span.names.size !== 1 || name === undefined) continue;
      if (taken.some((t) => t.from < span.to && span.from < t.to)) continue;
      taken.push({ ...span, name });
    }
    let out = text;
    for (const t of taken.sort((a, b) => b.from - a.from)) out = `${out.slice(0, t.from)}${t.name}${out.slice(t.to)}`;
    return out;
  };
}
