// The articles' words as lemmas with their parts of speech, read by wink-nlp's English model. Running text
// gives each word the part of speech it has there ("presented" is a verb); keyword lists get all four.
import winkNLP, { type PartOfSpeech } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { normalize } from '../../src/matching/normalize.js';
import type { ArticleWord, EnglishTables, Pos } from './wordnet.js';
import { runtimeLemma } from './wordnet.js';

const POS: Partial<Record<PartOfSpeech, Pos>> = { NOUN: 'n', PROPN: 'n', VERB: 'v', ADJ: 'a', ADV: 'r' };
const ALL: readonly Pos[] = ['n', 'v', 'a', 'r'];

export function tagArticleWords(texts: readonly { text: string; running: boolean }[], english: EnglishTables): ArticleWord[] {
  const nlp = winkNLP(model);
  const its = nlp.its;
  const found = new Map<string, Set<Pos>>();
  const surface = new Map<string, string>();
  for (const { text, running } of texts) {
    const doc = nlp.readDoc(text);
    const tokens = doc.tokens();
    const types = tokens.out(its.type);
    const tags = tokens.out(its.pos);
    const lemmas = tokens.out(its.lemma);
    const values = tokens.out(its.normal);
    const stop = tokens.out(its.stopWordFlag);
    tokens.each((_t, i) => {
      if (types[i] !== 'word' || stop[i]) return;
      const lemma = normalize(lemmas[i] ?? '');
      const word = normalize(values[i] ?? '');
      if (!/^[a-z]{2,}$/.test(lemma)) return;
      const pos = running ? POS[tags[i] as PartOfSpeech] : undefined;
      if (running && !pos) return;
      const set = found.get(lemma) ?? new Set<Pos>();
      for (const p of pos ? [pos] : ALL) set.add(p);
      found.set(lemma, set);
      if (word && word !== lemma) surface.set(word, lemma);
    });
  }
  // Where our lemmatizer disagrees with the model, the article lemma it produces is added too, so the
  // runtime finds the same entry ("goods" may stay "goods").
  const vocabulary = new Set(found.keys());
  for (const [word, lemma] of surface) {
    const ours = runtimeLemma(word, english, vocabulary);
    if (ours !== lemma && /^[a-z]{2,}$/.test(ours)) found.set(ours, new Set([...(found.get(ours) ?? []), ...(found.get(lemma) ?? [])]));
  }
  return [...found].map(([lemma, pos]) => ({ lemma, pos })).sort((a, b) => a.lemma.localeCompare(b.lemma));
}
