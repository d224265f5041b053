// A claim typed all in capitals, headline style ("CHINA'S LIAISON DEPT GIVES VIETNAM MEDICAL SUPPLIES…"): its
// capitals say nothing of which words are names, yet the checker reads names, acronyms and a sentence's opening by
// them. So it is read in the case the articles write each word in ("China", "CPV", "COVID"), an English word they lack
// in lower case ("gives"), and any other word as a name ("Tokyo").
import type { KnowledgeBase } from '../../facts/types.js';
import type { ClaimIndex } from './claim-index.js';

/** Letters a text needs before its capitals are taken for a headline's rather than an acronym's ("CPV?"). */
const HEADLINE_LETTERS = 12;

const LETTERS = /\p{L}+/gu;

/** Each word of the articles, lower-cased, with the case they write it in most often. */
const cached = new WeakMap<KnowledgeBase, ReadonlyMap<string, string>>();

function articleCase(kb: KnowledgeBase): ReadonlyMap<string, string> {
  const made = cached.get(kb);
  if (made) return made;
  const counts = new Map<string, Map<string, number>>();
  for (const a of kb.articles.values()) {
    for (const text of [a.headline ?? '', a.caption ?? '', a.body]) {
      for (const [w] of text.matchAll(LETTERS)) {
        const forms = counts.get(w.toLowerCase()) ?? new Map<string, number>();
        forms.set(w, (forms.get(w) ?? 0) + 1);
        counts.set(w.toLowerCase(), forms);
      }
    }
  }
  const out = new Map<string, string>();
  for (const [lower, forms] of counts) {
    // A word written in lower case anywhere is a common word: its capital elsewhere only opens a sentence.
    const best = forms.has(lower) ? lower : [...forms].sort((x, y) => y[1] - x[1])[0]?.[0];
    if (best) out.set(lower, best);
  }
  cached.set(kb, out);
  return out;
}

/** Whether a text is typed all in capitals: no lower-case letter, and enough letters to be more than an acronym. */
export function allCapitals(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  return letters.length >= HEADLINE_LETTERS && !/\p{Ll}/u.test(text) && letters.some((l) => /\p{Lu}/u.test(l));
}

/** The text in the case the articles would write it in, when it is typed all in capitals; otherwise as typed. */
export function headlineCased(kb: KnowledgeBase, index: ClaimIndex, text: string): string {
  if (!allCapitals(text)) return text;
  const cases = articleCase(kb);
  return text.replace(LETTERS, (w, at: number) => {
    const lower = w.toLowerCase();
    // The "S" of a possessive ("CHINA'S") is no word of its own.
    if (at > 0 && /['’]/u.test(text.charAt(at - 1))) return lower;
    const known = cases.get(lower);
    if (known) return known;
    return index.english(lower) ? lower : lower.charAt(0).toUpperCase() + lower.slice(1);
  });
}
