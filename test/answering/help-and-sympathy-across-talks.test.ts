// Acts between the sides (sympathy, thanks for it, congratulations, help and gifts) asked of each or either talk, or
// of one side for the other: each talk's act is found by the words of helping, consoling or thanking, and the talk
// that has none keeps its line when the question chooses among the talks.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';
import { lastOf } from '../support/conversation.js';

const engine = sharedEngine();
const dates = (q: string) => [...new Set(engine.answer(q).citations.map((c) => c.date))].sort();

describe('help, sympathy and aid asked across the talks', () => {
  it('"console" is the sympathy over the floods, beside the congratulations of the other talk', () => {
    const a = engine.answer('What did the Vietnamese side console or congratulate China about in each talk?');
    expect(a.text).toMatch(/floods/u);
    expect(a.text).toMatch(/centenary/u);
    expect(dates('What did the Vietnamese side console or congratulate China about in each talk?')).toEqual(['2020-07-29', '2022-04-19']);
  });

  it('"…in either of the talks, and if so which one?" chooses: the talk without it keeps its line', () => {
    const q = 'Did China hand over any material aid in either of the talks, and if so which one?';
    const a = engine.answer(q);
    expect(a.text).toMatch(/^Yes\./u);
    expect(a.text).toMatch(/medical supplies/u);
    expect(a.text).toMatch(/29 July 2020, phone talks: the report says nothing on this/u);
    expect(dates(q)).toEqual(['2020-07-29', '2022-04-19']);
    // Asked with no choice, the talks that have it answer alone.
    expect(dates('Did China hand over medical supplies in either of the talks?')).toEqual(['2022-04-19']);
  });

  it('two acts of helping, one each way, ask who helped whom at each talk', () => {
    const a = engine.answer('一次是越南帮中国，一次是中国帮越南——两次会谈里分别涉及什么样的援助？');
    expect(a.text).toMatch(/洪灾/u);
    expect(a.text).toMatch(/医疗物资/u);
  });

  it('a response asked after an act a long message states is the other side\'s answer to it', () => {
    const a = engine.answer('Summer floods seem to hit southern China almost every year. I vaguely remember the Vietnamese party sending condolences once. How did the Chinese side respond in that 2020 call?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Song Tao thanked/u);
  });

  it('"that 2020 exchange" is the talk: why China thanked Vietnam is what Vietnam did', () => {
    for (const q of ['2020年那次交流中，中方为什么要向越方道谢？']) {
      const a = engine.answer(q);
      expect(a.text, q).toMatch(/洪灾/u);
      expect(dates(q), q).toEqual(['2020-07-29']);
    }
    // The exchanges spoken of stay the subject.
    expect(engine.answer('2020年的交流为什么没能如期举行？').text).toMatch(/未能如期举行/u);
  });

  it('one side helping the other is Yes with the statement of that help, whichever side spoke it', () => {
    for (const q of ['Did Vietnam help China in 2020?', 'did vietnam help china?', 'Việt Nam có giúp Trung Quốc không?']) {
      const a = engine.answer(q);
      expect(a.text, q).toMatch(/^(Yes|Có)\./u);
      expect(a.text, q).toMatch(/(thanked|cảm ơn)/u);
      expect(dates(q), q).toEqual(['2020-07-29']);
    }
    expect(engine.answer('Did China help Vietnam?').text).toMatch(/^Yes\.[\s\S]*medical supplies/u);
    // Help the report gives only the other way is no Yes; nor is help with something else, nor a choice or a figure.
    expect(engine.answer('In which of the two talks did China give aid to Vietnam?').citations.length).toBe(2);
    expect(engine.answer('Did China help Vietnam in 2020?').text).not.toMatch(/^Yes/u);
    expect(engine.answer('Did Vietnam help China with medical supplies?').text).not.toMatch(/^Yes/u);
    expect(engine.answer('Did Vietnam help China in 2021?').text).not.toMatch(/^Yes/u);
    // Asked in a conversation about the floods.
    const follow = lastOf('what floods were they talking about in the july 2020 call', 'ok did vietnam help china with them?');
    expect(follow.text).toMatch(/^Yes\.[\s\S]*supporting China/u);
  });
});
