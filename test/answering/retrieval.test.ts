// Retrieval: the facts ranked against a free sentence (a claim) or a question no rule fits. The bar an
// answer must clear (MIN_COVERAGE, MIN_EVIDENCE, two signals) is calibrated here: every claim the articles
// support finds its fact above the bar, and no claim they do not support clears it.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answering/engine.js';
import { MIN_COVERAGE, MIN_EVIDENCE, type Source } from '../../src/answering/retrieval.js';
import { sharedEngine } from '../support/engine.js';

let engine: Engine;
beforeAll(() => {
  engine = sharedEngine();
});

/** Claims the articles support, each with the fact that supports it. */
const SUPPORTED: readonly (readonly [string, string])[] = [
  ['China gave Vietnam medical supplies worth 1.5 million yuan', '2022-medical-supplies'],
  ['Quan said the relationship keeps positive momentum', '2020-positive-momentum'],
  ['Song Tao thanked Vietnam for help with the floods', '2020-floods-thanks'],
  ["Trung hoped the two countries would soon recognise each other's vaccine passports", '2022-vaccine-passports'],
  ['The two officials signed a cooperation plan for 2021-2025', '2022-cooperation-plan'],
  ['Vietnam urged China to cut the congestion of goods at the border', '2022-trade-balance'],
  ['Some exchanges through the Party channel could not go ahead as scheduled because of the pandemic', '2020-exchanges-postponed'],
  ['Quan called for disputes to be settled by peaceful means in line with international law', '2020-peaceful-means'],
  ["Song Tao praised Vietnam's fight against covid", '2020-covid-praise'],
  ['Trung congratulated China on achieving its first centenary goal', '2022-centenary-congratulations'],
  ['The officials exchanged views on regional and international issues', '2022-situations-regional'],
  ['Trung wants an effective and substantive code of conduct in the East Sea', '2022-sea-doc-coc'],
  ['Hanoi sympathised with China over the heavy rains and floods', '2020-floods-sympathy'],
  ['Song Tao said China values its friendship and neighbourliness with Vietnam', '2020-partnership-importance'],
  ['a scheme on training cadres was signed', '2022-cadre-training-scheme'],
  ['China was asked to comply with the three legal documents on land border management', '2022-land-border-documents'],
];

/** Claims the articles do not support: no fact may clear the bar for them. */
const UNSUPPORTED = [
  'China and Vietnam signed a free trade agreement',
  'Xi Jinping visited Hanoi',
  'they discussed climate change',
  'the talks lasted three hours',
  'Vietnam sent ventilators to China',
  'the Olympics were discussed',
  'Taiwan was mentioned',
  'rice prices went up',
  'the two sides agreed on a military alliance',
  'Song Tao flew to Hanoi',
  'the United States was criticised',
  'bitcoin',
  'the weather was nice',
  'Vietnam joined ASEAN in 1995',
  'ok',
  'lol what',
  'the meeting was held in Beijing',
  'they talked about football',
  'China will build a railway to Hanoi',
];

const id = (s: Source | undefined): string | undefined => {
  const f = s?.fact.fact;
  return f?.kind === 'participant' ? f.item.person.id : f?.item.id;
};
const describeSource = (s: Source | undefined) => (s ? `${id(s)} coverage ${s.coverage.toFixed(2)} evidence ${s.evidence.toFixed(2)} signals ${s.signals}` : 'none');

describe('findSources(claim)', () => {
  it.each(SUPPORTED)('"%s" → %s, above the bar', (claim, fact) => {
    const [best] = engine.findSources(claim);
    expect(id(best), describeSource(best)).toBe(fact);
    expect(best?.citation.quote.length).toBeGreaterThan(40);
  });

  it.each(UNSUPPORTED)('"%s" → nothing clears the bar', (claim) => {
    expect(engine.findSources(claim).map(describeSource)).toEqual([]);
  });

  it('leaves a margin between the weakest supported claim and the bar', () => {
    const weakest = Math.min(...SUPPORTED.map(([claim]) => engine.findSources(claim)[0]?.evidence ?? 0));
    expect(weakest).toBeGreaterThanOrEqual(MIN_EVIDENCE + 0.4);
    expect(Math.min(...SUPPORTED.map(([claim]) => engine.findSources(claim)[0]?.coverage ?? 0))).toBeGreaterThanOrEqual(MIN_COVERAGE);
  });

  it('returns sources best first, each with its verbatim sentence and article date, at most the limit asked', () => {
    const sources = engine.findSources('Trung called on China to comply with the legal documents and handle sea issues', 3);
    expect(sources.length).toBeGreaterThan(0);
    expect(sources.length).toBeLessThanOrEqual(3);
    for (let i = 1; i < sources.length; i++) expect(sources[i - 1]?.score ?? 0).toBeGreaterThanOrEqual(sources[i]?.score ?? 0);
    for (const s of sources) {
      expect(engine.kb.talks.find((t) => t.id === s.citation.talk)?.article.body).toContain(s.citation.quote);
      expect(s.citation.date).toBe('2022-04-19');
    }
  });

  it('bad input gives no sources and no crash', () => {
    for (const claim of ['', ' ', '\u0000', '🙂🙂', 'x'.repeat(20_000)]) expect(engine.findSources(claim)).toEqual([]);
  });
});

describe('answers from retrieval (no rule fits)', () => {
  it('answers with the best facts, quoted and dated, as intent "search"', () => {
    const a = engine.answer('what did trung ask china to reduce');
    expect(a.intent).toBe('search');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('congestion');
    expect(a.citations.map((c) => c.date)).toEqual(['2022-04-19']);
  });

  it('refuses with "did you mean" when nothing clears the bar', () => {
    const a = engine.answer('bold spoiler code');
    expect(a.answered).toBe(false);
    expect(a.citations).toEqual([]);
  });
});
