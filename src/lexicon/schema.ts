// The shapes of data/lexicon/: two generated files (compact strings, cheap to parse) and one curated list.
import { z } from 'zod';

const wordList = z.string().regex(/^[a-z]+( [a-z]+)*$/, { message: 'must be lower-case words separated by single spaces' });

export const englishFileSchema = z.strictObject({
  about: z.string(),
  /** Words mainly used as verbs, adjectives or adverbs. */
  general: wordList,
  /** "form:lemma" pairs separated by spaces. */
  irregular: z.string().regex(/^[a-z]+:[a-z]+( [a-z]+:[a-z]+)*$/, { message: 'must be form:lemma pairs separated by spaces' }),
  /** Every WordNet word, as a Bloom filter (base64 bits, m bits, k hashes): real words are never "corrected". */
  words: z.strictObject({ m: z.number().int().positive(), k: z.number().int().positive(), bits: z.string().regex(/^[A-Za-z0-9+/]+=*$/) }),
});

export const relatedFileSchema = z.strictObject({
  about: z.string(),
  /** The lemmas of the articles and the data. */
  vocabulary: wordList,
  /** Question word → "lemma:weight" pairs (weight in hundredths), strongest first. */
  related: z.record(
    z.string().regex(/^[a-z]+( [a-z]+)*$/),
    z.string().regex(/^[a-z]+:\d{1,3}( [a-z]+:\d{1,3})*$/, { message: 'must be lemma:weight pairs separated by spaces' }),
  ),
});

/** Words people use for something the articles say that WordNet does not link ("gratitude" for thanked). */
export const curatedSchema = z.array(
  z.strictObject({
    words: z.array(z.string().regex(/^[a-z0-9]+( [a-z0-9]+)*$/, { message: 'must be lower-case words (normalized: no accents or punctuation)' })).min(1),
    /** The article lemma they stand for; must be in related.json's vocabulary. */
    means: z.string().regex(/^[a-z]+$/),
    note: z.string().optional(),
  }),
);

export type EnglishFile = z.infer<typeof englishFileSchema>;
export type RelatedFile = z.infer<typeof relatedFileSchema>;
export type CuratedFile = z.infer<typeof curatedSchema>;
