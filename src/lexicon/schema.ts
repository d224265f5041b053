// The shapes of data/lexicon/: two generated files (compact strings, cheap to parse) and one curated list.
import { z } from 'zod';

const wordList = z.string().regex(/^[a-z]+( [a-z]+)*$/, { message: 'must be lower-case words separated by single spaces' });

/**
 * A Bloom filter: base64 bits, m bits, k hashes. The bits are checked for length only: the generator writes
 * them, and a test compares the file with what the generator makes (a regex over 200 KB would cost start-up).
 */
const bloom = z
  .strictObject({ m: z.number().int().positive(), k: z.number().int().positive(), bits: z.string() })
  .refine((b) => b.bits.length === Math.ceil(Math.ceil(b.m / 8) / 3) * 4, { message: 'bits do not hold m bits of base64' });

export const englishFileSchema = z.strictObject({
  about: z.string(),
  /** Words mainly used as verbs, adjectives or adverbs, as a Bloom filter. */
  general: bloom,
  /** Irregular form → lemma ("went" → "go"). */
  irregular: z.record(z.string(), z.string()),
  /** Every WordNet word, as a Bloom filter: real words are never "corrected". */
  words: bloom,
});

export const relatedFileSchema = z.strictObject({
  about: z.string(),
  /** The lemmas of the articles and the data. */
  vocabulary: wordList,
  /** Question word → "lemma:weight" pairs (weight in hundredths), strongest first; each checked when first used. */
  related: z.record(z.string(), z.string()),
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
