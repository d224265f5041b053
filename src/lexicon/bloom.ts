// A Bloom filter: "is this an English word?" for some 90,000 words in about 100 KB, with a small rate of
// false "yes" (then a typo is left uncorrected, which costs little). Shared by the generator and the bot.

/** FNV-1a, 32 bits. */
function fnv(text: string, seed: number): number {
  let h = 0x811c9dc5 ^ seed;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export interface Bloom {
  has(word: string): boolean;
}

/** Bit positions of a word: double hashing, k positions in m bits. */
function positions(word: string, m: number, k: number): number[] {
  const a = fnv(word, 0);
  const b = fnv(word, 0x5bd1e995) | 1;
  return Array.from({ length: k }, (_, i) => (a + Math.imul(i, b)) >>> 0).map((h) => h % m);
}

export function buildBloom(words: Iterable<string>, count: number, falsePositiveRate = 0.01): { bits: Uint8Array; m: number; k: number } {
  const m = Math.ceil((-count * Math.log(falsePositiveRate)) / Math.LN2 ** 2);
  const k = Math.max(1, Math.round((m / count) * Math.LN2));
  const bits = new Uint8Array(Math.ceil(m / 8));
  for (const w of words) for (const p of positions(w, m, k)) bits[p >> 3] = (bits[p >> 3] ?? 0) | (1 << (p & 7));
  return { bits, m, k };
}

export function readBloom(bits: Uint8Array, m: number, k: number): Bloom {
  // The positions of `positions`, tested one by one without an array: asked of every word of every question.
  return {
    has: (word) => {
      const a = fnv(word, 0);
      const b = fnv(word, 0x5bd1e995) | 1;
      for (let i = 0; i < k; i++) {
        const p = ((a + Math.imul(i, b)) >>> 0) % m;
        if (((bits[p >> 3] ?? 0) & (1 << (p & 7))) === 0) return false;
      }
      return true;
    },
  };
}
