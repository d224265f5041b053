// The cheap tests that let an answer skip the claim checker (claims/details.ts claimSigns, claims/yes-no.ts
// mayMisstateFact) must never skip a premise the checker would put right: over the question sets, whatever they
// rule out, the full reading finds none of.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildClaimIndex } from '../../src/answering/claims/claim-index.js';
import { claimSigns, readDetails } from '../../src/answering/claims/details.js';
import { mayMisstateFact, wrongPremise } from '../../src/answering/claims/yes-no.js';
import { buildFactIndex } from '../../src/answering/fact-index.js';
import type { Knowledge } from '../../src/answering/types.js';
import { uncorrected } from '../../src/matching/reading.js';
import { once } from '../../src/once.js';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const facts = buildFactIndex(engine.kb, engine.lexicon);
const knowledge: Knowledge = { kb: engine.kb, facts, claims: once(() => buildClaimIndex(engine.kb, engine.lexicon, facts)) };
/** The kinds of detail premiseCorrected puts right in a question that does not presume its event. */
const FACT_KINDS = new Set(['number', 'period', 'polarity', 'status', 'kind']);

const questions = ['questions.json', 'holdout.json', 'vi.json', 'zh.json'].flatMap((f) =>
  (JSON.parse(readFileSync(new URL(`../questions/${f}`, import.meta.url), 'utf8')) as { q: string }[]).map((e) => e.q),
);
const readings = questions.map((q) => engine.read(q).reading);

describe('shortcuts past the claim checker', () => {
  it('a claim with no number sign has no amount, period or count; one with no currency sign no amount in a currency; one with no role word no role', () => {
    const index = knowledge.claims();
    let skipped = 0;
    for (const reading of readings) {
      const asked = uncorrected(reading);
      const signs = claimSigns(index, asked);
      const m = readDetails(index, asked).mentions;
      if (!signs.number) {
        skipped++;
        expect(m.amounts.length + m.periods.length + m.counts.length, reading.said.text).toBe(0);
      }
      if (!signs.currency) expect(m.amounts.filter((a) => a.unit !== null), reading.said.text).toEqual([]);
      if (!signs.role) expect(readDetails(index, asked).roles, reading.said.text).toEqual([]);
    }
    // Most questions state no number: the shortcut is taken.
    expect(skipped).toBeGreaterThan(readings.length / 2);
  });

  it('a question stating no count, period, polarity, kind or status has no such premise for the checker to put right', () => {
    for (const reading of readings) {
      if (mayMisstateFact(knowledge, reading)) continue;
      const premise = wrongPremise(knowledge, reading);
      const factsOnly = premise !== null && premise.kinds.every((k) => FACT_KINDS.has(k));
      expect(factsOnly, reading.said.text).toBe(false);
    }
  });
});
