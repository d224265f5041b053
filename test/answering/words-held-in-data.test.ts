// Word lists the reader once held in src/ and now reads from data/lexicon (perf72): the nouns for people after "which"
// (en.json `claims.attendees`) and the determiners that make "help" a thing given (en.json `focus.helpGiven`). The
// answers a user sees stay what they were.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';
import { DEFAULT_DATA_DIR } from '../../src/facts/loader.js';
import { loadLexicon } from '../../src/lexicon/lexicon.js';

const engine = sharedEngine();

describe('"which" with a noun for people asks who took part', () => {
  it.each([
    ['Which Chinese official took part in the 2022 talks?', '2022-04-19', /Song Tao/],
    ['Which Vietnamese leader took part in the 2020 call?', '2020-07-29', /Hoang Binh Quan/],
  ])('%j names the participants of that talk', (q, date, who) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.intent).toBe('who');
    expect(a.text).toMatch(who);
    expect(a.citations.map((c) => c.date)).toContain(date);
  });

  it('the nouns come from the lexicon', () => {
    const attendees = loadLexicon(DEFAULT_DATA_DIR).claims.attendees;
    for (const w of ['official', 'officials', 'leader', 'leaders', 'representative', 'delegates', 'person', 'people']) expect(attendees).toContain(w);
  });
});

describe('help given at the talks is not the bot\'s help asked', () => {
  it('"What mutual help did the two sides pledge?" is answered from the talks', () => {
    const a = engine.answer('What mutual help did the two sides pledge?');
    expect(a.answered).toBe(true);
    expect(a.intent).not.toBe('help');
    expect(a.text).toMatch(/The two sides/);
  });

  it('"What help can you give me?" still tells what the bot answers', () => {
    const a = engine.answer('What help can you give me?');
    expect(a.intent).toBe('help');
    expect(a.text).toMatch(/^I answer from 2 VNA reports/);
  });

  it('the determiners come from the lexicon', () => {
    expect(loadLexicon(DEFAULT_DATA_DIR).focus.helpGiven).toEqual(expect.arrayContaining(['what', 'any', 'mutual', 'the']));
  });
});
