// The articles' words as lemmas with their parts of speech, read by wink-nlp's English model. Running text
// gives each word the part of speech it has there ("presented" is a verb); words of keyword lists, which have
// no context, take the lemma running text gives their form ("signed" → "sign") and all four parts of speech.
// wink-nlp's "its" helpers are plain functions typed as methods; passing them to out() is how wink is used.
/* eslint-disable @typescript-eslint/unbound-method */
import winkNLP, { type PartOfSpeech } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { normalize } from '../../src/matching/normalize.js';
import type { ArticleWord, EnglishTables, Pos } from './wordnet.js';
import { runtimeLemma } from './wordnet.js';

const POS: Partial<Record<PartOfSpeech, Pos>> = { NOUN: 'n', PROPN: 'n', VERB: 'v', ADJ: 'a', ADV: 'r' };
const ALL: readonly Pos[] = ['n', 'v', 'a', 'r'];

interface Tagged {
  readonly word: string;
  readonly lemma: string;
  readonly pos: Pos | undefined;
}

export function tagArticleWords(texts: readonly { text: string; running: boolean }[], english: EnglishTables): ArticleWord[] {
  const nlp = winkNLP(model);
  const its = nlp.its;
  const read = (text: string): Tagged[] => {
    const tokens = nlp.readDoc(text).tokens();
    const types = tokens.out(its.type);
    const tags = tokens.out(its.pos);
    // wink-nlp's typings give its.lemma an extra parameter; at run time it is an ordinary "its" function.
    const lemmas = tokens.out(its.lemma as unknown as typeof its.value);
    const values = tokens.out(its.normal);
    const stop = tokens.out(its.stopWordFlag);
    const out: Tagged[] = [];
    tokens.each((_t, i) => {
      if (types[i] !== 'word' || stop[i]) return;
      const lemma = normalize(lemmas[i] ?? '');
      if (!/^[a-z]{2,}$/.test(lemma)) return;
      out.push({ word: normalize(values[i] ?? ''), lemma, pos: POS[tags[i] as PartOfSpeech] });
    });
    return out;
  };

  const found = new Map<string, Set<Pos>>();
  const add = (lemma: string, pos: readonly Pos[]) => {
    const set = found.get(lemma) ?? new Set<Pos>();
    for (const p of pos) set.add(p);
    found.set(lemma, set);
  };
  // Running text first: its lemmas are the vocabulary the keyword lists are read against.
  const runningWords: Tagged[] = texts.filter((t) => t.running).flatMap(({ text }) => read(text)).filter((t) => t.pos);
  for (const t of runningWords) add(t.lemma, [t.pos ?? 'n']);
  const running = new Set(found.keys());
  // Where our lemmatizer disagrees with the model, its lemma joins too, so the bot finds the entry it computes.
  for (const t of runningWords) {
    const ours = runtimeLemma(t.word, english, running);
    if (ours !== t.lemma && /^[a-z]{2,}$/.test(ours)) add(ours, [t.pos ?? 'n']);
  }
  for (const { text } of texts.filter((t) => !t.running)) {
    for (const t of read(text)) {
      const ours = runtimeLemma(t.word, english, running);
      add(running.has(t.lemma) ? t.lemma : running.has(ours) ? ours : t.lemma, ALL);
    }
  }
  // The model leaves some forms as they are ("Parties" as a proper noun, "signed" as an adjective); where our
  // lemmatizer finds another article lemma under them, they merge into it, so "parties" and "party" are one word.
  for (const lemma of [...found.keys()]) {
    if (!/(s|ed|ing)$/.test(lemma)) continue;
    const others = new Set([...found.keys()].filter((l) => l !== lemma));
    const stems = lemma.endsWith('ing') ? [lemma.slice(0, -3), `${lemma.slice(0, -3)}e`, lemma.slice(0, -4)] : [];
    const base = stems.find((b) => others.has(b)) ?? runtimeLemma(lemma, english, others);
    if (base === lemma || !others.has(base)) continue;
    add(base, [...(found.get(lemma) ?? [])]);
    found.delete(lemma);
  }
  return [...found].map(([lemma, pos]) => ({ lemma, pos })).sort((a, b) => a.lemma.localeCompare(b.lemma));
}
