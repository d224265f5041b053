// Questions whose asked-for thing the articles never give, let through by a word that matched something else (round
// 81): a count of the asker's own thing answered by a figure of another, a count of others beside the people named
// answered by counting the named, a place asked of a side or a talk answered by the talk's summary, and a word whose
// diacritics differ from a name's taken for that person, a country taken for a person in a participant's place. Each
// must be refused, saying what is missing; the fair questions sharing their words stay answered.
import { describe, expect, it } from 'vitest';
import { twoTalks } from '../support/engine.js';
import { lastOf } from '../support/conversation.js';

const { ask } = twoTalks();

describe("a count of the asker's own thing is no figure the articles give of another", () => {
  it('COVID cases: neither the anniversary of ties nor the value of the aid counts them', () => {
    for (const q of ['How many COVID-19 cases had Vietnam recorded by the end of July 2020?', 'whats the latest covid case count in vietnam', 'how many covid cases did vietnam have']) {
      const a = ask(q);
      expect(a.answered, q).toBe(false);
      expect(a.text, q).toMatch(/^The articles do not give that figure/);
    }
  });

  it('after questions on the 2020 talks, a present-day count is still refused', () => {
    const a = lastOf('what happened re cadre training in the video talks?', 'ok what about the other talk, what did they agree on covid there?', 'whats the latest covid case count in vietnam');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/figure/);
  });

  it('a figure beside the concept the word was read as, and an amount asked, still answer', () => {
    const texts = ask('How many legal texts governing the land boundary did Trung refer to?');
    expect(texts.answered).toBe(true);
    expect(texts.text).toContain('three legal documents');
    const money = ask('how much money did china give?');
    expect(money.answered).toBe(true);
    expect(money.text).toContain('1.5 million');
  });
});

describe('a count of who attended beside the people set aside asks for others, which the articles never count', () => {
  it('"Ngoài hai trưởng đoàn, … bao nhiêu quan chức khác": refused, not the two heads counted', () => {
    const a = ask('Ngoài hai trưởng đoàn, hội đàm năm 2022 có bao nhiêu quan chức khác tham dự?');
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/hai quan chức tham gia/u);
    expect(a.text).toMatch(/không đưa ra con số/u);
  });

  it('the officials named, counted, stay answered', () => {
    const a = ask('How many different officials took part across both talks?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/three officials/);
  });
});

describe('a place asked of a side or of the talks is refused when the reports give none', () => {
  it('which building the Chinese side connected from, where the talks were held', () => {
    for (const q of ['2022年视频会谈时中方是在北京哪栋楼连线的？', '2022年的会谈在哪里举行？']) {
      const a = ask(q);
      expect(a.answered, q).toBe(false);
      expect(a.text, q).toMatch(/^报道没有给出所问的地点/u);
    }
  });

  it("a subject's where is what it is, and stays answered", () => {
    const a = ask('边境货物拥堵在哪里？');
    expect(a.answered).toBe(true);
  });
});

describe('a word typed with other diacritics than a name is not that person', () => {
  it('"quán phở" (a pho shop) is not Hoàng Bình Quân: a request for a recommendation is refused', () => {
    const a = ask('Gợi ý giúp mình vài quán phở ngon ở Hà Nội với.');
    expect(a.answered).toBe(false);
    expect(a.text).not.toContain('Hoàng Bình Quân');
  });

  it('the name typed as written, or folded, still finds him', () => {
    for (const q of ['Quân nói gì về biển?', 'quan noi gi ve bien?']) {
      const a = ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.text, q).toContain('Hoàng Bình Quân');
    }
  });

  it('"suggest a few good …" asked of the bot is a recommendation, refused as in Vietnamese', () => {
    const a = ask('Suggest a few good pho places in Hanoi.');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/no opinions/);
    expect(ask('What did Trung suggest about the border?').answered).toBe(true);
  });
});

describe('a country is no person in a participant\'s place', () => {
  it('"中美贸易谈判" asks of China-US talks: refused by that name, not put right as a wrong participant', () => {
    const a = ask('中美贸易谈判最近有什么新进展？');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/^报道没有提到“中美”/u);
  });

  it('a name the articles lack in a participant\'s place is still put right', () => {
    const a = ask('What did Wang Yi tell Hoang Binh Quan during the 2020 phone talks?');
    expect(a.text).toMatch(/^Not quite\. The articles do not mention Wang Yi/);
  });
});
