// A question about something the articles report that asks for a slot no fact of theirs fills: a date asked past a
// copula ("what's the exact date ties were established?"), the bot's own take ("your personal take"), a named place
// ("which border gate", "tỉnh nào", "哪些省份"), a journey ("by train from Hanoi to Nanning"), whether something came
// about after the latest talks ("2022年会谈之后…落实了没有"). Each is refused, naming what the articles lack; the fair
// questions sharing their words stay answered. Claims about places the articles never name have no verdict.
import { describe, expect, it } from 'vitest';
import { firstMatch as first } from '../support/claim-verdicts.js';
import { lastOf } from '../support/conversation.js';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();

describe('a date asked past a copula', () => {
  it('is refused when the evidence gives no day', () => {
    for (const q of ["what's the exact date diplomatic ties were established?", 'what was the date diplomatic ties were established?']) {
      const a = engine.answer(q);
      expect(a.answered, q).toBe(false);
      expect(a.text, q).toMatch(/^The articles do not give that day or date/u);
    }
  });

  it('the date of the talks themselves is still answered', () => {
    for (const q of ['what was the date of the talks where the floods came up?', 'what is the date of the phone talks?']) {
      const a = engine.answer(q);
      expect(a.answered, q).toBe(true);
      expect(a.text, q).toContain('29 July 2020');
    }
  });
});

describe("the bot's own take", () => {
  it('is refused as an opinion, whatever topic words it shares', () => {
    for (const q of ["What's your personal take: is China a good neighbour to Vietnam?", "what's ur take on the 2022 talks?", "what's your honest read on relations?"]) {
      const a = engine.answer(q);
      expect(a.answered, q).toBe(false);
      expect(a.text, q).toMatch(/^I only report what the articles say; I give no opinions of my own\./u);
    }
  });

  it('"take" that is no view, and a participant\'s take, are still answered', () => {
    expect(engine.answer('can you take me through the 2022 talks?').answered).toBe(true);
    expect(engine.answer("what was Song Tao's take on relations?").answered).toBe(true);
  });
});

describe('which named place', () => {
  it('is refused when the evidence speaks only of a kind of place', () => {
    for (const q of ['which border gate had the congestion in 2022?', '2022年越方说的边境货物拥堵主要发生在哪个口岸？']) {
      const a = engine.answer(q);
      expect(a.answered, q).toBe(false);
      expect(a.text, q).toMatch(/do not say where that was|没有给出所问的地点/u);
    }
  });

  it('the province the supplies went to is refused in a conversation too', () => {
    expect(lastOf('năm 2022 TQ tặng vn vật tư y tế trị giá bao nhiêu', 'để làm gì vậy?', 'số vật tư đó được chuyển về tỉnh nào?').answered).toBe(false);
    expect(lastOf('2022年中方捐赠的医疗物资价值多少', '这些物资后来送到哪些省份了？').answered).toBe(false);
  });

  it('the border localities, a kind the evidence names, are still answered', () => {
    const a = engine.answer('What cooperation did Trung propose for border localities?');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('localities');
  });
});

describe('a journey', () => {
  it('is refused as no journey reported, never answered with the cadre-training scheme', () => {
    for (const q of ['How long does it take by train from Hanoi to Nanning?', '从河内坐火车到南宁要多长时间？', 'đi tàu từ Hà Nội đến Nam Ninh mất bao lâu?']) {
      const a = engine.answer(q);
      expect(a.answered, q).toBe(false);
      expect(a.text, q).toMatch(/journeys|行程|hành trình/u);
      expect(a.text, q).not.toMatch(/training|干部培训/u);
    }
  });

  it('how long the training scheme runs is still answered', () => {
    const a = engine.answer('how long does the training scheme run?');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('2021-2025');
  });
});

describe('whether something came about after the latest talks', () => {
  it('is refused, never a Yes from a hope voiced at them', () => {
    for (const q of ['2022年会谈之后，两国的疫苗护照互认最后落实了没有？', 'After the 2022 talks, did the two countries actually implement mutual recognition of vaccine passports?', 'hội đàm năm 2022 xong thì hai nước đã công nhận hộ chiếu vắc xin chưa?']) {
      const a = engine.answer(q);
      expect(a.answered, q).toBe(false);
      expect(a.text, q).not.toMatch(/^(Yes|是的|Có)/u);
    }
  });

  it('the order of the talks and what was hoped are still answered', () => {
    expect(engine.answer('Was the 2022 talk held after the 2020 talks?').answered).toBe(true);
    const hoped = engine.answer('After the 2022 talks, what did Trung hope for?');
    expect(hoped.answered).toBe(true);
  });
});

describe('a claim opened by a place the articles never name', () => {
  it('has no verdict', () => {
    for (const claim of ['Paris recorded its hottest July day ever, topping 42 degrees Celsius.', "Japan's prime minister flew to Canberra to sign a defence pact with Australia"]) {
      expect(first(claim).verdict, claim).toBe('none');
    }
  });

  it('a claim on the talks opened by a place of theirs is still judged', () => {
    expect(first('Hanoi welcomed the 2022 talks').verdict).not.toBe('none');
  });
});
