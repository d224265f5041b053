// A yes/no on an act of helping (or of asking for help) by a side named opens with Yes only when what it cites reports
// that act of that side: help going the other way is No, with who helped whom; no help reported is no Yes.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const FLOODS = 'for supporting China in addressing the consequences of the recent floods';

describe('a yes/no on help by the side asked', () => {
  it('is No when the side asked was the one helped, citing who helped whom', () => {
    for (const q of ['did china help with the floods?', 'did china help vietnam with the floods?', '中国帮越南抗洪了吗？', '中国在洪灾方面帮助了吗？', 'Trung Quốc có giúp đỡ về lũ lụt không?', 'Trung Quốc có giúp Việt Nam khắc phục lũ lụt không?']) {
      const a = engine.answer(q);
      expect(a.text, q).toMatch(/^(No\.|不是。|Không\.)\n/);
      expect(a.citations.map((c) => c.talk), q).toEqual(['2020-07-29-phone-talks']);
      expect(a.citations[0]?.quote, q).toContain('for supporting the Chinese counterparts');
    }
  });

  it('opens with neither Yes nor No when no help of that side is reported', () => {
    for (const q of ['did vietnam help with the sea issues?', 'did vietnam ask for help?', 'Việt Nam có giúp đỡ về vấn đề biển không?', 'Việt Nam có hỗ trợ về vấn đề biển không?']) {
      const a = engine.answer(q);
      expect(a.text, q).not.toMatch(/^(Yes|No|Có|Không)\b/);
      expect(a.text, q).toMatch(/^(The articles do not mention that|Các bài báo không nhắc đến việc này)/);
    }
  });

  it('gives a Yes the statements that report the help, not others found on the subject', () => {
    const floods = engine.answer('越南帮助中国抗洪了吗？');
    expect(floods.text).toMatch(/^是的。\n/);
    expect(floods.text).toContain('宋涛感谢越南党、政府和人民支持中方');
    expect(floods.text).not.toContain('慰问');
    const covid = engine.answer('did china help vietnam fight covid?');
    expect(covid.text).toMatch(/^Yes\.\n/);
    expect(covid.citations.map((c) => c.talk)).toEqual(['2022-04-19-videoconference']);
  });

  it('keeps a fair Yes', () => {
    for (const q of ['did vietnam help china with the floods?', 'did vietnam help china?', 'did song tao thank vietnam?', 'Việt Nam có giúp Trung Quốc không?']) {
      const a = engine.answer(q);
      expect(a.text, q).toMatch(/^(Yes\.|Có\.)\n/);
      expect(a.text, q).toMatch(new RegExp(`${FLOODS}|ủng hộ Trung Quốc`));
    }
    for (const q of ['did China give Vietnam medical supplies?', 'did china help vietnam?', 'did China help Vietnam with covid supplies?']) {
      const a = engine.answer(q);
      expect(a.text, q).toMatch(/^Yes\.\n/);
      expect(a.text, q).toContain('medical supplies worth 1.5 million CNY');
    }
  });
});
