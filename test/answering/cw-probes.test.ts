// Probes of the ways a careful new user trips a bot into a confident wrong answer (test/questions/cw-probes.json,
// 30 a language): a talk that never happened (another year, month, city, in person, a third round), a wrong figure,
// currency, period, format, role or ordinal in a yes/no, a polarity reversed, a subject of one talk asked of the other,
// a request beyond the articles after a chat opener, an opinion or the present day. None may be answered confidently
// wrong (out of scope answered, Yes/No reversed); the right ones keep at least their count.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answering/engine.js';
import { withoutChatMarkup } from '../../src/chat-text.js';
import { sharedEngine } from '../support/engine.js';
import { judgeFresh, loadTunedSet } from '../support/fresh-set.js';

/** Right as last measured (yesno70: from 84, 9 of 13 new probes of round 69's yes/no kinds right; round 49's confidently-wrong work; premise68: from 83, wrong details put right instead of refused). */
const LEAST_RIGHT = 93;

let engine: Engine;
beforeAll(() => {
  engine = sharedEngine();
});

describe('confidently wrong probes (cw-probes.json)', () => {
  const entries = loadTunedSet('cw-probes.json');

  it('holds 30 probes in each language', () => {
    const count = (re: RegExp) => entries.filter((e) => re.test(e.q)).length;
    expect(count(/[\u4e00-\u9fff]/u)).toBeGreaterThanOrEqual(30);
    expect(entries.length).toBeGreaterThanOrEqual(90);
  });

  it('answers none confidently wrong, and keeps its right ones', () => {
    const wrong: string[] = [];
    let right = 0;
    for (const entry of entries) {
      const answer = engine.answer(withoutChatMarkup(entry.q));
      const verdict = judgeFresh(entry, answer);
      if (verdict.confidentlyWrong) wrong.push(`${entry.q} :: ${answer.text.split('\n')[0] ?? ''}`);
      if (verdict.miss === null) right++;
    }
    expect(wrong).toEqual([]);
    expect(right).toBeGreaterThanOrEqual(LEAST_RIGHT);
  });
});
