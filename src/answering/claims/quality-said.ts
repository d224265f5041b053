// "Was the party channel called useless in 2022?", "was the relationship described as strained?": a characterisation
// asked yes or no claims a quality of the thing. It is a Yes only where a sentence cited says that quality (its word,
// a close synonym or the same stem: "called important" of "plays an important role"); a sentence on the thing that
// gives no such word confirms nothing. An opposite quality is the polarity check's No.
import type { Reading } from '../../matching/reading.js';
import { talkById } from '../talk-by-id.js';
import type { Citation, Knowledge } from '../types.js';

/** The shortest stem a longer word of the sentences may extend ("neighbour" in "neighbourliness"). */
const MIN_STEM = 5;

/** The quality words a yes/no characterisation claims (English words after "called", "described as"…), in order. */
export function claimedQualities(k: Knowledge, reading: Reading): string[] {
  if (!reading.aspects.yesNo) return [];
  if (reading.lang !== 'en') return [];
  const index = k.claims();
  const words = reading.said.words;
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const phrase = index.characterising.find((p) => p.every((w, n) => words[i + n] === w));
    if (!phrase) continue;
    let q = i + phrase.length;
    // "called off", "called on": a verb with its particle, no quality.
    const next = words[q] ?? '';
    if (index.functionWords.has(next) && !index.characterisingArticles.has(next)) continue;
    // Grammar and words of degree ("as a very…") stand before the quality.
    while (q < words.length && (index.functionWords.has(words[q] ?? '') || index.characterisingDegrees.has(words[q] ?? ''))) q++;
    // A name of several words after an article ("called a strategic alliance") claims each of them, up to the next
    // word of grammar; a bare quality ("described as neighbourly anywhere") is its one word.
    const named = index.characterisingArticles.has(next);
    for (let n = q; n < words.length && (named || n === q); n++) {
      const quality = words[n] ?? '';
      if (index.functionWords.has(quality) || !/^\p{L}+$/u.test(quality) || index.talkWords.has(quality)) break;
      out.push(quality);
    }
  }
  // Characterised ("described as neighbourly anywhere?"), the quality is the one after the characterising word.
  return out.length > 0 ? out : predicateQualities(k, reading);
}

/**
 * "Was the party channel useless in 2022?": a yes/no opening with a form of "be" claims the general word after its
 * subject that nothing of the articles covers (the reader let it pass, `Reading.uncovered`): read unchecked, the
 * statements on the channel would confirm a quality none of them says. So does a clause a yes/no reports or embeds
 * ("did Quan say the relationship was fragile?", "…said ties were going backwards?"): its own "be" after its subject
 * claims the quality the same way, whatever verb of saying frames it.
 */
function predicateQualities(k: Knowledge, reading: Reading): string[] {
  const index = k.claims();
  const words = reading.said.words;
  const from = reading.said.askFrom ?? 0;
  // The copulas that open a clause: the question's first word, or one after the subject of a clause inside it.
  const copulas = words.flatMap((w, i) => (index.qualityCopulas.has(w) && (i === from || i >= from + 3) ? [i] : []));
  if (copulas.length === 0) return [];
  // A quality ends its clause or stands before a preposition or a date ("useless in 2022"); a word before "to" ("unable
  // to go", "linked to") or an article ("alongside the plan") heads what follows, and one after "to" is a verb ("to run").
  const predicate = (at: number) => {
    const next = words[at + 1];
    // Nor is a verb before "by" a quality: it is done by someone ("been hit by floods").
    const ends = next === undefined || /\d/u.test(next) || (index.functionWords.has(next) && !index.characterisingArticles.has(next) && next !== 'to' && next !== 'by');
    return copulas.some((c) => at >= (c === from ? from + 2 : c + 1)) && words[at - 1] !== 'to' && ends;
  };
  // Manner words ("held legally") say how, not what the thing was, unless the quality stands right after its "be" or a
  // degree ("were unfriendly", "was very costly"); a word in -ing is an act going on ("still going well").
  const afterCopula = (at: number) => copulas.includes(at - 1) || index.characterisingDegrees.has(words[at - 1] ?? '');
  return (reading.uncovered ?? []).map((w) => w.toLowerCase()).filter((w) => {
    const at = words.indexOf(w, from);
    return at >= 0 && predicate(at) && /^\p{L}+$/u.test(w) && (!w.endsWith('ly') || afterCopula(at)) && !w.endsWith('ing') && !index.talkWords.has(w);
  });
}

/** Whether a quality the question claims is said by none of the sentences cited. */
export function qualityUnsaid(k: Knowledge, reading: Reading, cites: readonly Citation[]): boolean {
  const qualities = claimedQualities(k, reading);
  if (qualities.length === 0) return false;
  const index = k.claims();
  const sentences = cites.flatMap((c) => {
    const talk = talkById(k.kb.talks, c.talk);
    const s = talk ? index.evidence(talk).sentence(c.quote) : undefined;
    return s ? [s] : [];
  });
  // A longer word of the same stem says it too ("neighbourly" of "neighbourliness"); a shorter one does not ("use" is not "useless").
  const said = (q: string) => {
    const stem = index.stem(q);
    return (s: (typeof sentences)[number]) => index.meanings(q).some((l) => s.lemmas.has(l)) || s.stems.has(stem) || (stem.length >= MIN_STEM && [...s.stems].some((x) => x.startsWith(stem)));
  };
  // Where the answer cites other sentences on the thing, a statement of the talks asked about that says the quality
  // still says it ("described as neighbourly" of "the traditional relationship of neighbourliness").
  const talks = reading.scope.talks ?? k.kb.talks;
  const statements = () => talks.flatMap((t) => t.statements.flatMap((st) => index.evidence(t).sentence(st.quote) ?? []));
  return qualities.some((q) => !sentences.some(said(q)) && !statements().some(said(q)));
}

/**
 * "So the partnership is called a strategic alliance?": a name of several words claimed of a subject asked, sharing a
 * word with the name the articles give it ("the comprehensive strategic cooperative partnership") and holding one that
 * no sentence says, is that name given otherwise: No, with the articles' name, cited where a sentence gives it.
 */
export function nameGivenOtherwise(k: Knowledge, reading: Reading): { readonly article: string; readonly claimed: string; readonly cites: Citation[] } | null {
  const qualities = claimedQualities(k, reading);
  if (qualities.length < 2) return null;
  const index = k.claims();
  const talks = reading.scope.talks ?? k.kb.talks;
  const sentences = talks.flatMap((t) => t.statements.flatMap((st) => index.evidence(t).sentence(st.quote) ?? []));
  const said = (q: string) => sentences.some((s) => index.meanings(q).some((l) => s.lemmas.has(l)) || s.stems.has(index.stem(q)));
  if (qualities.every(said)) return null;
  for (const { topic } of reading.topics) {
    const name = topic.label.replace(/^the\s+/iu, '');
    const words = name.toLowerCase().split(/\s+/u);
    if (words.length < 2 || !qualities.some((q) => words.includes(q))) continue;
    const giving = sentences.filter((s) => s.citation.quote.toLowerCase().includes(name.toLowerCase()));
    if (giving.length === 0) continue;
    return { article: `“${name}”`, claimed: `“${qualities.join(' ')}”`, cites: [...new Map(giving.map((s) => [s.citation.quote, s.citation])).values()] };
  }
  return null;
}
