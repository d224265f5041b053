// "Any assistance from the Chinese Party?", "help from Vietnam to China", "hỗ trợ từ phía Trung Quốc": a side that a
// preposition of giving marks ("from", "by"; Vietnamese and Chinese read so) is the helper wherever the question puts
// it. The help it gave is cited, not help it received: the asker's context before the question does not turn it round.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const V2022 = '2022-04-19-videoconference';
const P2020 = '2020-07-29-phone-talks';

describe('a side marked as the giver of help', () => {
  it('is the helper: China\'s help is the 2022 medical supplies', () => {
    for (const q of [
      'My neighbour says China never gives Vietnam anything real. Is that so? Do the reports mention any actual help from the Chinese Party?',
      'Is there any assistance from China mentioned?',
      'Any help from the Chinese side in these reports?',
      'Did Vietnam get any support from China?',
      'Do these articles record any aid from the CPC to Vietnam?',
      'Có hỗ trợ cụ thể nào từ phía Đảng Trung Quốc không?',
      'Việt Nam có nhận được hỗ trợ từ Trung Quốc không?',
    ]) {
      const a = engine.answer(q);
      expect(a.text, q).toMatch(/^(Yes|Có)\./);
      expect(a.citations.map((c) => c.talk), q).toEqual([V2022]);
    }
  });

  it('is the helper: Vietnam\'s help is the 2020 support over the floods', () => {
    for (const q of ['Do the reports mention any help from Vietnam to China?', 'Was China supported by Vietnam after the floods?', 'Any support from the Vietnamese side mentioned?']) {
      const a = engine.answer(q);
      expect(a.text, q).toMatch(/^Yes\./);
      expect(a.citations.map((c) => c.talk), q).toEqual([P2020]);
      expect(a.citations[0]?.quote, q).toContain('for supporting the Chinese counterparts');
    }
  });

  it('leaves help named by its doer before the verb, and asking for help, as they were', () => {
    const china = engine.answer('Did China help Vietnam?');
    expect(china.text).toMatch(/^Yes\./);
    expect(china.citations.map((c) => c.talk)).toEqual([V2022]);
    const vietnam = engine.answer('Did Vietnam help China?');
    expect(vietnam.text).toMatch(/^Yes\./);
    expect(vietnam.citations.map((c) => c.talk)).toEqual([P2020]);
    const asked = engine.answer('Did Vietnam ask for help from China?');
    expect(asked.text).not.toMatch(/^Yes/);
  });
});
