// Questions across both talks: "which talk did it happen in?" names the talk(s) that have it first, then each talk's
// line (the silent one cited by its report, the convention of rounds 1-5), and "who was it each time / the same
// person / who came first?" is answered by each talk's participants. What a user sees: the lines and their quotes.
// Also: a count of talks beyond the two reported, a body's leader at each talk, acts asked of each talk.
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answering/types.js';
import { citedTalks, twoTalks } from '../support/engine.js';

const talks = twoTalks();
const { ask } = talks;
const phone = talks.phone.id;
const video = talks.video.id;
const lineOf = (a: Answer, part: string) => a.lines.find((l) => l.text.includes(part));

describe('"which of the two talks…?" names the talk that has it first', () => {
  it('documents signed: the 2022 talks named, then each talk\'s line, the 2020 one saying none', () => {
    for (const q of ['In which of the two sessions were documents signed?', 'In which of the two talks was anything actually signed?']) {
      const a = ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.text.split('\n')[0], q).toBe('The talks via videoconference of 19 April 2022.');
      expect(lineOf(a, '29 July 2020')?.text, q).toMatch(/no document signed/);
      expect(lineOf(a, '19 April 2022, talks via videoconference:')?.text, q).toContain('signed two documents');
    }
  });

  it('a topic raised at one talk only: that talk named, the other said silent', () => {
    const a = ask('Which of the two conversations brought up natural disasters?');
    expect(a.text.split('\n')[0]).toBe('The phone talks of 29 July 2020.');
    expect(a.text).toMatch(/19 April 2022, talks via videoconference: the report says nothing on this\./);
    expect(a.text).toContain('floods');
  });

  it('in Vietnamese and Chinese too ("cuộc nào", "哪一场")', () => {
    const vi = ask('Trong hai cuộc hội đàm, cuộc nào có ký văn kiện?');
    expect(vi.lang).toBe('vi');
    expect(vi.text.split('\n')[0]).toBe('Cuộc hội đàm trực tuyến ngày 19 tháng 4, 2022.');
    const zh = ask('两次会谈中，哪一场签署了文件？');
    expect(zh.lang).toBe('zh');
    expect(zh.text.split('\n')[0]).toBe('2022年4月19日的视频会谈。');
  });

  it('a question of each talk (not a choice) still cites every talk, the silent one by its report', () => {
    const a = ask('How many documents were signed across both talks combined?');
    expect(citedTalks(a)).toEqual([phone, video]);
  });

  it('a subject both reports mention, named by one talk\'s format ("phone talks between leaders"), is asked of both', () => {
    expect(citedTalks(ask('Did both articles mention phone conversations between top leaders?'))).toEqual([phone, video]);
    // A format claimed of both talks is still the claim checked.
    expect(ask('两次会谈都是视频会议形式，对吧？').text.split('\n')[0]).toBe('不是。');
    const a = ask('Both articles mention phone conversations between leaders. What role did they play each time?');
    expect(citedTalks(a)).toEqual([phone, video]);
    expect(a.text).toContain('flexible');
    expect(a.text).toContain('trust');
  });
});

describe('who held a place at each talk', () => {
  it('"who led it each time?": each talk\'s participants with their roles', () => {
    const a = ask('Which Vietnamese party body was represented in both rounds, and who led it each time?');
    expect(a.answered).toBe(true);
    expect(citedTalks(a)).toEqual([phone, video]);
    expect(lineOf(a, '29 July 2020')?.text).toContain('Hoang Binh Quan');
    expect(lineOf(a, '19 April 2022')?.text).toContain('Le Hoai Trung');
    expect(a.text).toContain('Commission for External Relations');
  });

  it('"same dude?" in chat: each talk\'s people, Song Tao at both', () => {
    const a = ask('ok so the chinese guy in both talks, same dude? 🤔');
    expect(a.answered).toBe(true);
    expect(lineOf(a, '29 July 2020')?.text).toContain('Song Tao');
    expect(lineOf(a, '19 April 2022')?.text).toContain('Song Tao');
  });

  it('"who held that post in 2020, and who in 2022?" after a long preamble: both talks\' people, not a statement of one', () => {
    const a = ask(
      'Personnel changes happen a lot in the Vietnamese party after a congress. It looks like the person facing Song Tao wasn\'t the same both times. Who held that post in 2020, and who in 2022?',
    );
    expect(citedTalks(a)).toEqual([phone, video]);
    expect(a.text).toContain('Hoang Binh Quan');
    expect(a.text).toContain('Le Hoai Trung');
  });

  it('"who spoke for Vietnam each time?": who held the place, not what was said', () => {
    const a = ask('In the two phone calls between Song Tao and the Vietnamese side, who spoke for Vietnam each time?');
    expect(a.intent).toBe('who');
    expect(a.text).toContain('Hoang Binh Quan');
    expect(a.text).toContain('Le Hoai Trung');
  });

  it('"who came first, Quan or Trung?": people never at one talk together are answered talk by talk, oldest first', () => {
    const a = ask("Which chair of Vietnam's external relations commission came first, Quan or Trung?");
    expect(a.answered).toBe(true);
    expect(a.text.indexOf('Hoang Binh Quan')).toBeGreaterThanOrEqual(0);
    expect(a.text.indexOf('Hoang Binh Quan')).toBeLessThan(a.text.indexOf('Le Hoai Trung'));
  });

  it('分别 / mỗi lần: each talk\'s Vietnamese official', () => {
    const zh = ask('这两次会谈中，越方出面的分别是谁？');
    expect(zh.answered).toBe(true);
    expect(zh.text).toContain('黄平君');
    expect(zh.text).toContain('黎怀忠');
  });

  it('"were both talks between the same party bodies?": the comparison gives each talk\'s people with their roles', () => {
    const a = ask('Were both talks between the same two party bodies? Which ones?');
    expect(a.intent).toBe('compare');
    expect(a.text).toContain('Commission for External Relations');
    expect(a.text).toContain('International Liaison Department');
  });

  it('"who was Song Tao on the phone with?": the one he talked with, not his own role', () => {
    for (const q of ['who was song tao on the phone with back in july 2020?', 'who was Song Tao talking to in 2020?']) {
      expect(ask(q).text, q).toContain('Hoang Binh Quan');
    }
  });

  it('"did the Vietnamese counterpart change between the talks?": each talk\'s people, not a refusal', () => {
    const a = ask('Did the Vietnamese counterpart change between the 2020 and 2022 talks?');
    expect(a.answered).toBe(true);
    expect(lineOf(a, '29 July 2020')?.text).toContain('Hoang Binh Quan');
    expect(lineOf(a, '19 April 2022')?.text).toContain('Le Hoai Trung');
  });

  it('a yes/no "same person both times?" stays a comparison with its Yes or No', () => {
    const same = ask('was the Chinese official the same person both times?');
    expect(same.text.split('\n')[0]).toBe('Yes.');
    expect(same.text).toContain('Song Tao (Head of the International Liaison Department');
    expect(ask('hai lần hội đàm, phía Việt Nam có phải cùng một người không?').text.split('\n')[0]).toBe('Không.');
  });

  it('a fragment with no verb asking sameness ("same guy both times?") is yes/no too; "same for 2020" asks nothing of the kind', () => {
    expect(ask('china: same representative at both talks?').text.split('\n')[0]).toBe('Yes.');
    expect(ask('vietnamese side, same guy both times?').text.split('\n')[0]).toBe('No.');
    expect(talks.engine.read('same for the 2020 talks?').reading.aspects.yesNo).toBe(false);
  });

  it('no Yes for an exclusive claim ("only", "solely") that a sentence saying it was so cannot confirm', () => {
    for (const q of ['did song tao hope for cooperation solely in the economy in 2020?', 'in 2022 did they talk only about trade?']) {
      expect(ask(q).text, q).not.toMatch(/^Yes/);
    }
  });
});

describe('a count of talks beyond those the articles report', () => {
  it.each([
    ['Did Song Tao take part in all three talks?', 'they report two'],
    ['Was Song Tao at all three of the party talks?', 'they report two'],
    ['Tống Đào có dự cả ba cuộc hội đàm không?', '2 cuộc'],
    ['宋涛三次中越会谈都参加了吗？', '第3次'],
  ])('%s: not answered as if there were three', (q, said) => {
    const a = ask(q);
    expect(a.answered, a.text).toBe(false);
    expect(a.text).not.toMatch(/^(Yes|Có|是)/u);
    expect(a.text).toContain(said);
  });

  it.each([
    ['Ba cuộc hội đàm giữa hai ban đối ngoại diễn ra vào những ngày nào?', 'không phải ba'],
    ['Trong ba lần trao đổi giữa hai Đảng, lần nào có ký văn kiện?', 'không phải ba'],
    ['When did the three talks between the two parties take place?', 'not three'],
  ])('%s: asked of them all, put right with No and answered of both talks', (q, said) => {
    const a = ask(q);
    expect(a.answered, a.text).toBe(true);
    expect(a.text).toMatch(/^(Không|Not)/u);
    expect(a.text).toContain(said);
    expect(citedTalks(a)).toEqual([talks.phone.id, talks.video.id].sort());
  });

  it('the second of three talks asks one talk that may not exist: still refused', () => {
    expect(ask('When was the second of the three talks held?').answered).toBe(false);
  });

  it.each([
    ['关于陆地边界的三份法律文件，会谈里怎么说的？', '陆地边界'],
    ['越方提到的三份边界法律文件，在会谈中是怎么讲的？', '法律文件'],
  ])('%s: a count of documents a glossary leaves as a digit counts no talks', (q, said) => {
    const a = ask(q);
    expect(a.answered, a.text).toBe(true);
    expect(a.text).toContain(said);
  });

  it.each(['Were three documents signed at the talks?', 'Who attended the two talks?'])('%s: other counts are left to the answer', (q) => {
    expect(ask(q).answered).toBe(true);
  });
});

describe('a lone title beside a body asked is the person\'s place', () => {
  it.each(['宋涛是哪个部门的领导？', 'Which department was Song Tao the leader of?'])('%s: his role at both talks', (q) => {
    const a = ask(q);
    expect(a.answered, a.text).toBe(true);
    expect(a.text).toMatch(/International Liaison|对外联络部/);
    expect(citedTalks(a)).toEqual([phone, video]);
  });
});

describe('acts asked of each talk', () => {
  it('one round thanked, the other gave: each talk with its act', () => {
    const a = ask('One time China said thanks and the other time it gave something. Which round was which?');
    expect(a.answered, a.text).toBe(true);
    expect(a.text).toContain('flood');
    expect(a.text).toContain('medical');
    expect(citedTalks(a)).toEqual([phone, video]);
  });
});

describe('"is called" names, it is no phone call', () => {
  it('two holders of one body called by different titles: each talk\'s people', () => {
    const a = ask('Trung was called chairman, Quan head: which body did the two of them lead?');
    expect(a.answered, a.text).toBe(true);
    expect(a.text).toContain('External Relations');
    expect(citedTalks(a)).toEqual([phone, video]);
  });
});
