// Round 76's confidently wrong kinds: a gift or pledge asked of a side that gave none, a document's property the
// articles never give, an act at an event only mentioned, a call made of the wrong side, and "that matter" in
// Chinese chat. Each is refused (or answered No) while the fair question beside it is still answered.
import { describe, expect, it } from 'vitest';
import { lastOf } from '../support/conversation.js';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const first = (q: string) => engine.answer(q).text.split('\n')[0] ?? '';

describe('a pledge or gift asked of a side that gave none', () => {
  it('is refused, not "corrected" to the other talk\'s pledge', () => {
    for (const q of [
      "How much money did Vietnam pledge in the 2020 call for China's flood recovery?",
      "Did Vietnam pledge money in the 2020 call for China's flood recovery?",
      'Việt Nam đã gửi cụ thể những gì để giúp Trung Quốc khắc phục hậu quả lũ lụt năm 2020?',
    ]) {
      const a = engine.answer(q);
      expect(a.answered, q).toBe(false);
      expect(a.text, q).not.toContain('COVID');
    }
  });

  it('the gift China did give is still answered with its worth', () => {
    const a = engine.answer("How much money did China pledge in the 2022 talks for Vietnam's COVID fight?");
    expect(a.answered).toBe(true);
    expect(a.text).toContain('1.5 million CNY');
  });
});

describe("a document's property the articles never give", () => {
  it('is refused naming it, not read as what CPV stands for', () => {
    for (const q of ['What is the budget of the 2021-2025 CPV-CPC cooperation plan?', 'What is the budget of the plan?']) {
      const a = engine.answer(q);
      expect(a.answered, q).toBe(false);
      expect(a.text, q).toContain('budget');
      expect(a.text, q).not.toContain('stands for');
    }
  });

  it('the plan itself, and what CPV is, are still answered', () => {
    expect(engine.answer('What is the CPV-CPC cooperation plan?').text).toContain('2021-2025');
    expect(engine.answer('What is the CPV?').text).toContain('Communist Party of Vietnam');
  });
});

describe('who did an act the articles never word at an event they only mention', () => {
  it('is refused naming the event', () => {
    for (const q of ["Who was elected General Secretary at the CPV's 13th National Congress?", 'Who was chosen as leader during the 13th National Congress?']) {
      const a = engine.answer(q);
      expect(a.answered, q).toBe(false);
      expect(a.text.toLowerCase(), q).toContain('13th national congress');
    }
  });

  it('an act the articles word, or one about a thing (not at an event), is still answered', () => {
    expect(engine.answer('Who congratulated Vietnam on the 13th National Congress?').text).toContain('Song Tao');
    expect(engine.answer('Who voiced sympathies over the flood losses in China?').text).toContain('Hoang Binh Quan');
  });
});

describe('a call made of the wrong side', () => {
  it('is No, not Yes', () => {
    expect(first('Did Trung ask Vietnam to comply with the land border documents?')).toBe('No.');
    expect(first('Did Le Hoai Trung urge Vietnam to ensure a balance of trade?')).toBe('No.');
    const a = lastOf('how many legal docs on land border management did trung bring up', 'did he ask vietnam to comply with them?');
    expect(a.text.split('\n')[0]).not.toBe('Yes.');
    expect(a.text).toContain('China');
  });

  it('made of the side asked, it is still Yes', () => {
    expect(first('Did Le Hoai Trung urge China to ensure a balance of trade?')).toBe('Yes.');
  });
});

describe('"that matter" (那事儿) in Chinese chat', () => {
  it('names no subject: whether vaccine passports were later recognised is never 是的', () => {
    const a = engine.answer('hi bot~ 疫苗护照那事儿后来两国到底互认了没');
    expect(a.answered).toBe(false);
    expect(a.text.startsWith('是的')).toBe(false);
    expect(a.text).toContain('希望');
  });
});
