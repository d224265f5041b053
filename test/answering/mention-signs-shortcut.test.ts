// The cheap signs that let a question skip reading its claim's details (claims/mention-signs.ts) must never skip a
// kind or an area the details would name: over the question sets, a claim with no sign has none. And the checks
// they gate still put right a kind or an area given otherwise.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildClaimIndex } from '../../src/answering/claims/claim-index.js';
import { readDetails } from '../../src/answering/claims/details.js';
import { mentionSigns } from '../../src/answering/claims/mention-signs.js';
import { buildFactIndex } from '../../src/answering/fact-index.js';
import type { Knowledge } from '../../src/answering/types.js';
import { uncorrected } from '../../src/matching/reading.js';
import { once } from '../../src/once.js';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const facts = buildFactIndex(engine.kb, engine.lexicon);
const knowledge: Knowledge = { kb: engine.kb, facts, claims: once(() => buildClaimIndex(engine.kb, engine.lexicon, facts)) };

const questions = ['questions.json', 'holdout.json', 'vi.json', 'zh.json'].flatMap((f) =>
  (JSON.parse(readFileSync(new URL(`../questions/${f}`, import.meta.url), 'utf8')) as { q: string }[]).map((e) => e.q),
);

describe('kind and area signs', () => {
  it('a claim with no kind sign names no kind, and one with no area sign no area; most have neither', () => {
    const index = knowledge.claims();
    let skipped = 0;
    for (const q of questions) {
      const asked = uncorrected(engine.read(q).reading);
      const signs = mentionSigns(index, asked);
      const m = readDetails(index, asked).mentions;
      if (!signs.kind) expect(m.kinds, q).toEqual([]);
      if (!signs.area) expect(m.allPlaces.filter((p) => p.place.kind === 'area'), q).toEqual([]);
      if (!signs.kind && !signs.area) skipped++;
    }
    expect(skipped).toBeGreaterThan(questions.length / 2);
  });

  it('signs a kind and an area where the question names them', () => {
    const index = knowledge.claims();
    const signs = (q: string) => mentionSigns(index, uncorrected(engine.read(q).reading));
    expect(signs('What did Quan say about the earthquake in China?').kind).toBe(true);
    expect(signs('Which documents on sea border management were signed?').area).toBe(true);
    expect(signs('Who took part in the 2022 talks?')).toEqual({ kind: false, area: false });
  });

  it('a kind given otherwise is still put right before the answer', () => {
    const text = engine.answer('What did Quan say of China\'s earthquake?').lines.map((l) => l.text).join(' ');
    expect(text.toLowerCase()).toContain('flood');
  });
});
