// normalizeKeepingCase() skips the steps a text has no sign for (apostrophes, percent signs) and splits plain
// ASCII without Unicode property look-ups: its words must stay exactly those of the plain chain of every step.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeKeepingCase } from '../../src/matching/normalize.js';

/** Every step on every text, as before the shortcuts. */
function reference(text: string): string {
  const unicode = /^[\x20-\x5F\x61-\x7E]*$/.test(text)
    ? text
    : text
        .replace(/[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g, '')
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u001F\u007F-\u009F]/g, ' ')
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .replace(/đ/g, 'd')
        .replace(/Đ/g, 'D')
        .replace(/[’‘`´]/g, "'");
  return unicode
    .replace(/\b(who|what|where|when|how|it|that|there|here)'s\b/gi, '$1 is')
    .replace(/'s\b/gi, '')
    .replace(/(\p{L})'(\p{L})/gu, '$1$2')
    .replace(/(\p{N})\s*[%％]/gu, '$1 percent ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const pieces = ["who's", "it's", "China's", "don't", "'s", "'", '’s', '17%', '3 ％', '%', 'Lê Hoài', 'đồng', '中国', 'ＡＢＣ', '½', '`', '\u200B', '\t', '-', ' ', 'A', 'z', '9', '_', 'ß', 'Ⅻ'];
const text = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 12 }).map((p) => p.join(''));

describe('normalizeKeepingCase shortcuts', () => {
  it('give the words of the full chain of steps, for any text', () => {
    fc.assert(fc.property(text, (t) => {
      expect(normalizeKeepingCase(t)).toBe(reference(t));
    }), { seed: 20260729, numRuns: 3000 });
  });

  it.each(["Who's Song Tao's counterpart?", 'a 17% rise', 'Quan’s visit', 'What did they sign in 2022?', 'Lê Hoài Trung nói gì?', '两党 50%'])('%s', (t) => {
    expect(normalizeKeepingCase(t)).toBe(reference(t));
  });
});
