// A kind of thing a question names is put right only where some sentence names another kind of its group
// (claims/kinds-reported.ts): a question naming only kinds no sentence could gainsay skips the premise check's
// sentence comparison. The skip must never hide a kind given otherwise, and the kinds that can be still are.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkClaim } from '../../src/answering/claims/check.js';
import { buildClaimIndex } from '../../src/answering/claims/claim-index.js';
import { readDetails } from '../../src/answering/claims/details.js';
import { mayBeGainsaid } from '../../src/answering/claims/kinds-reported.js';
import { mayMisstateKind } from '../../src/answering/claims/yes-no.js';
import { buildFactIndex } from '../../src/answering/fact-index.js';
import type { Knowledge } from '../../src/answering/types.js';
import { uncorrected } from '../../src/matching/reading.js';
import { once } from '../../src/once.js';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const facts = buildFactIndex(engine.kb, engine.lexicon);
const knowledge: Knowledge = { kb: engine.kb, facts, claims: once(() => buildClaimIndex(engine.kb, engine.lexicon, facts)) };
const first = (q: string) => engine.answer(q).lines[0]?.text ?? '';

const questions = ['questions.json', 'vi.json', 'zh.json'].flatMap((f) =>
  (JSON.parse(readFileSync(new URL(`../questions/${f}`, import.meta.url), 'utf8')) as { q: string }[]).map((e) => e.q),
);

describe('a kind no sentence could give otherwise', () => {
  it('over the question sets: a question naming kinds the filter passes over is never found to misstate a kind', () => {
    const index = knowledge.claims();
    let skipped = 0;
    for (const q of questions) {
      const result = engine.read(q);
      if (result.kind !== 'reading') continue;
      const reading = result.reading;
      const named = readDetails(index, uncorrected(reading)).mentions.kinds;
      if (named.length === 0 || mayMisstateKind(knowledge, reading)) continue;
      skipped++;
      expect(checkClaim(knowledge, reading).differs.filter((d) => d.kind === 'kind'), q).toEqual([]);
    }
    expect(skipped).toBeGreaterThan(10);
  }, 600_000);

  it('tells which kinds a sentence could gainsay', () => {
    const index = knowledge.claims();
    const kindsOf = (q: string) => {
      const result = engine.read(q);
      if (result.kind !== 'reading') throw new Error(q);
      return readDetails(index, uncorrected(result.reading)).mentions.kinds.map((m) => mayBeGainsaid(knowledge, m.kind));
    };
    expect(kindsOf("What did Quan say about China's earthquake?")).toContain(true);
    expect(kindsOf('What did Song Tao say about the vaccines?')).toEqual([false]);
    expect(kindsOf('What supplies were sent?')).toEqual([false]);
  });

  it.each([
    ["What did Quan say of China's earthquake?", /flood/iu],
    ['Why did the earthquake in China come up when they phoned in 2020?', /flood/iu],
  ])('a kind given otherwise is still put right: %s', (q, right) => {
    expect(engine.answer(q).lines.map((l) => l.text).join(' ')).toMatch(right);
  });

  it.each([
    ['What did the two sides say about vaccines?'],
    ['Hai bên nói gì về vắc-xin?'],
    ['双方就疫苗说了什么？'],
  ])('a kind only one way reported is answered, not put right: %s', (q) => {
    const answer = engine.answer(q);
    expect(answer.answered, q).toBe(true);
    expect(first(q)).not.toMatch(/^Not quite|^Không hẳn|^不完全/u);
  });
});
