// A Yes only for an act the articles give to that doer: "X did A" where the articles give A to Y is No with who did it,
// also when the claim stands in a sentence of its own before "Is that true?", and when a Chinese talk word with its
// postposition ("通话中，中方…") comes before the side; an outcome ("fix") of what was only urged is never a Yes.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answering/engine.js';
import { sharedEngine } from '../support/engine.js';

let engine: Engine;
beforeAll(() => {
  engine = sharedEngine();
});

const opening = (q: string) => engine.answer(q).text.split('\n')[0] ?? '';

describe('an act claimed of the wrong doer', () => {
  it('puts a claim sentence before "Is that true?" right with who did it', () => {
    const a = engine.answer('I read Song Tao expressed sympathy over the floods. Is that true?');
    expect(a.text).toMatch(/^No\b/u);
    expect(a.text).toContain('Hoang Binh Quan expressed sympathy');
    expect(a.citations.map((c) => c.talk)).toContain('2020-07-29-phone-talks');
    expect(opening('Song Tao expressed sympathy. Is that right?')).toMatch(/^No\b/u);
    expect(opening('听说宋涛对洪灾表示了慰问。是真的吗？')).toMatch(/^不是/u);
    expect(opening('Tôi đọc được rằng ông Tống Đào bày tỏ chia buồn về lũ lụt. Có đúng không?')).toMatch(/^Không/u);
  });

  it('keeps the Yes of a claim sentence that holds', () => {
    expect(opening('I read Hoang Binh Quan expressed sympathy over the floods. Is that true?')).toMatch(/^Yes\b/u);
    expect(opening('Song Tao thanked Vietnam for its support over the floods. Is that right?')).toMatch(/^Yes\b/u);
  });

  it('reads the side after a Chinese talk word and its "中" as the doer', () => {
    expect(opening('2020年通话中，中方为什么要对越南的洪灾表示慰问？')).toMatch(/^不对/u);
    expect(opening('电话会谈中，中方为什么要对越南的洪灾表示慰问？')).toMatch(/^不对/u);
    expect(engine.answer('2020年通话中，越方为什么对洪灾表示慰问？').text).not.toMatch(/^不/u);
  });
});

describe('an outcome of what was only urged', () => {
  it('never says Yes to "fix" of the congestion Trung urged be reduced', () => {
    expect(opening('did China actually fix the congestion?')).not.toMatch(/^Yes\b/u);
    expect(opening('Did they fix the congestion?')).toMatch(/^No\b/u);
  });
});
