// "What are the two cadre-training schemes they signed about?": a count of one kind of document that a question takes
// for granted (not only claims in a yes/no) is put right first when the talks signed another number of that kind
// (one scheme, one plan), then what was signed; a hyphened qualifier ("cadre-training") is one word before the kind.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();

describe('a count of one kind of document taken for granted', () => {
  it('is put right first when the talks signed another number of that kind', () => {
    for (const q of [
      'What are the two cadre-training schemes the Parties signed in 2022 about?',
      'Which two schemes did Trung and Song Tao sign?',
      'What did the three cooperation plans signed in 2022 cover?',
      'What periods do the two cooperation plans signed in April 2022 cover?',
      'Tell me about the two training schemes signed at the videoconference.',
      'What were the four plans the two officials signed in 2022?',
      'Who signed the two cadre-training schemes in 2022?',
    ]) {
      const a = engine.answer(q);
      expect(a.answered, q).toBe(true);
      expect(a.text, q).toMatch(/^Not quite\. The articles report it otherwise: one, not (two|three|four)\./);
      expect(a.citations.map((c) => c.talk), q).toContain('2022-04-19-videoconference');
    }
    const zh = engine.answer('2022年签署的两份干部培训方案是关于什么的？');
    expect(zh.text).toMatch(/^不对，报道的说法不同：是一个，而不是两个。/);
  });

  it('is No in a yes/no, the hyphened qualifier read as one word', () => {
    const a = engine.answer('Did they sign two cadre-training schemes in 2022?');
    expect(a.text).toMatch(/^No: one, not two\./);
  });

  it('leaves a right count, a count of all documents and a plain question alone', () => {
    for (const q of ['What is the cadre-training scheme signed in 2022 about?', 'What are the two documents signed in 2022 about?', 'Which scheme did Trung and Song Tao sign?']) {
      const a = engine.answer(q);
      expect(a.answered, q).toBe(true);
      expect(a.text, q).not.toMatch(/^(Not quite|No)\b/);
    }
    const three = engine.answer('What were the three documents signed in 2022?');
    expect(three.text).toMatch(/^Not quite\. The articles report it otherwise: two, not three\./);
  });
});
