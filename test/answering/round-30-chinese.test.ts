// Chinese read natively, the misses of zh round 30 by kind: which event a general phrase refers to, a where word
// run into by a question word of time, a person jieba does not know, a format said of every talk, words of quantity
// and paraphrase refused as if they were subjects, a role asked as the articles word it, the deadline of what was
// signed. The questions are worded afresh.
import { describe, expect, it } from 'vitest';
import { citedTalks, sharedEngine, twoTalks } from '../support/engine.js';

const talks = twoTalks();
const engine = sharedEngine();
const { ask } = talks;
const phone = talks.phone.id;

describe('which event a general phrase of the articles refers to', () => {
  it.each([
    '2020年越方说的海上复杂情况具体是哪件事？',
    '黄平君提到的海上复杂局面，指的是哪一件事？',
    'Năm 2020, những diễn biến phức tạp trên biển mà ông Quân nói cụ thể là vụ việc nào?',
    'Which specific incident were the complicated developments at sea Quan mentioned in 2020?',
  ])('%s: refused, quoting the phrase the articles give', (q) => {
    const a = ask(q);
    expect(a.answered, a.text).toBe(false);
    expect(a.text).toContain('complicated developments at sea');
  });

  it.each(['2020年越方对海上问题说了什么？', 'What did Quan say about the sea in 2020?', 'What specifically did Quan say about the sea in 2020?'])('%s: what was said stays answered', (q) => {
    const a = ask(q);
    expect(a.answered, a.text).toBe(true);
    expect(citedTalks(a)).toEqual([phone]);
  });
});

describe('a where word run into by a question word of time asks the day, not a place', () => {
  it('"在哪天" is on which day', () => {
    const a = ask('宋涛和黎怀忠的会谈具体在哪天开的？');
    expect(a.answered, a.text).toBe(true);
    expect(a.text).toContain('4月19日');
  });

  it('"在哪个城市" still asks a place the articles do not give', () => {
    expect(ask('2022年会谈时宋涛人在哪个城市？').answered).toBe(false);
  });
});

describe('a person jieba does not know, by a family name', () => {
  it('at talks the question names, put right by who held the place', () => {
    const a = ask('王毅在2022年4月的视频会谈上宣布给越南什么援助？');
    expect(a.answered, a.text).toBe(true);
    expect(a.text.split('\n')[0]).toMatch(/^不对.*王毅.*宋涛/);
    expect(a.text).toContain('医疗物资');
  });

  it("a family name's character inside a word jieba cut wrongly names no one", () => {
    const a = ask('对于分歧，黄平君主张用什么方法化解？');
    expect(a.answered, a.text).toBe(true);
    expect(a.text).toContain('和平');
  });
});

describe('a format said of every talk is a premise put right', () => {
  it('"既然两次会谈都是打电话" is corrected (2022 was by videoconference), then answered', () => {
    const a = ask('既然两次会谈都是通过电话举行的，2022年那次签了什么？');
    expect(a.answered, a.text).toBe(true);
    expect(a.text.split('\n')[0]).toContain('视频会谈');
    expect(a.text).toContain('合作计划');
  });
});

describe('words of quantity and paraphrase are not what the articles lack', () => {
  it.each([
    ['宋涛怎样回应越方2022年提出的一系列问题？', '积极'],
    ['How did Song Tao respond to the series of questions Vietnam raised in 2022?', 'positively'],
    ['2020年越方怎么看两党关系的总体走向？', '积极'],
    ['2022年越方希望中国多同哪个地区组织配合？', '东盟'],
  ])('%s: answered', (q, word) => {
    const a = ask(q);
    expect(a.answered, a.text).toBe(true);
    expect(a.text).toContain(word);
    expect(a.text).not.toMatch(/没有提到“(一系列|多|走向)”/);
  });
});

describe('the role asked as the articles word it, and the department asked', () => {
  it('"头衔…英文怎么写" gives the article\'s English', () => {
    const a = ask('2022年黎怀忠的头衔在报道里英文怎么写？');
    expect(a.answered, a.text).toBe(true);
    expect(a.text).toContain('Chairman');
  });

  it('"英文缩写" asks the articles\' own acronyms, not the talks\' language', () => {
    const a = ask('关于东海，黎怀忠提到的两份文件的英文缩写是什么？');
    expect(a.answered, a.text).toBe(true);
    expect(a.text).toContain('COC');
  });

  it('the talks\' language asked stays refused', () => {
    for (const q of ['双方用英语交流吗？', '会谈用什么语言进行？', 'Were the talks held in English?']) expect(ask(q).answered, q).toBe(false);
  });

  it('a role asked plainly stays in Chinese alone', () => {
    expect(ask('2022年会谈的越方代表是谁？').text).not.toContain('原文');
  });

  it('"负责哪个部门" asks the department', () => {
    expect(ask('宋涛2022年在中共中央负责的是哪个部门？').text).toContain('对外联络部');
  });
});

describe('the deadline of what was signed', () => {
  it('"签的文件期限到哪年" is the period the documents name', () => {
    const a = ask('2022年签署的两份文件期限到哪一年？');
    expect(a.answered, a.text).toBe(true);
    expect(a.text).toContain('2025');
  });
});

describe('an acronym typed in capitals in a Chinese question', () => {
  it('is a name the articles lack, as in English ("GDP"), while the articles\' own acronyms still read', () => {
    for (const q of ['越南2022年全年GDP增速是多少？', '越南2022年GDP是多少？']) expect(engine.answer(q).answered, q).toBe(false);
    expect(engine.answer('2022年越方有没有提到ASEAN？').answered).toBe(true);
  });
});

describe('a border qualified by its kind in a Chinese question', () => {
  it('海上边界 is the maritime border: No, with the land border the documents are on', () => {
    const a = engine.answer('2022年会谈中越方提到的是两国海上边界管理的三份法律文件吧？');
    expect(a.text).toMatch(/^不是：是land border，而不是maritime border。/u);
  });
});
