// Chinese reading misses of rounds 49 and 50 by kind: a manner asked with a preposition ("用什么方式化解") is how an
// act was done, not a subject that picks "flexible forms" at the other talk; the absent side of a contrast
// ("医疗物资而不是现金") is put aside, not refused; a why asked of an occasion the talks celebrated, and the "day"
// commemorated, are answered by the celebration; a country with a side noun undergoing an event ("中国那边发大水") is
// where it happened, not who spoke; a verb of naming ("点名") is no phone call; chat money slang ("美刀").
// The questions are worded afresh, not copied from the sets the kinds were found in.
import { describe, expect, it } from 'vitest';
import { citedTalks, twoTalks } from '../support/engine.js';

const talks = twoTalks();
const { ask } = talks;

describe('a manner asked with a preposition is how the act was done', () => {
  it.each(['越方主张通过什么方式解决争端？', '黄平君主张两国以什么方式解决争端？'])('%s: the 2020 call alone', (q) => {
    const a = ask(q);
    expect(a.answered, a.text).toBe(true);
    expect(citedTalks(a), a.text).toEqual(['2020-07-29-phone-talks']);
    expect(a.text).toContain('和平');
  });

  it('asked of the talks, the same words still ask the format', () => {
    const a = ask('2022年两党是以什么方式举行会谈的？');
    expect(a.intent, a.text).toBe('format');
    expect(a.text).toContain('视频');
  });

  it('"what form" in Vietnamese still names the forms the report gives', () => {
    const a = ask('Năm 2020 hai bên đã chuyển sang hình thức nào khi giao lưu bị hoãn?');
    expect(a.answered, a.text).toBe(true);
    expect(citedTalks(a), a.text).toEqual(['2020-07-29-phone-talks']);
  });
});

describe('the absent side of a contrast is put aside', () => {
  it.each(['2022年中方给的是医疗物资而不是现金，是吗？', 'Did China send medical supplies rather than cash in 2022?'])('%s: Yes, the supplies cited', (q) => {
    const a = ask(q);
    expect(a.answered, a.text).toBe(true);
    expect(a.text.startsWith('是的') || a.text.startsWith('Yes'), a.text).toBe(true);
    expect(citedTalks(a)).toEqual(['2022-04-19-videoconference']);
  });

  it('the thing claimed first still decides: cash claimed, supplies set aside, is no Yes', () => {
    const a = ask('2022年中方捐的是现金而不是医疗物资，对吧？');
    expect(a.text.startsWith('是的'), a.text).toBe(false);
  });

  it('a person set aside is still checked: No when the other one did it', () => {
    const a = ask('2020年是宋涛而不是黄平君表示了慰问，对吗？');
    expect(a.text.startsWith('不是'), a.text).toBe(true);
  });

  it('a plain denial of an absent thing stays refused', () => {
    expect(ask('2022年中方捐的不是现金吧？').answered).toBe(false);
  });
});

describe('an occasion the talks celebrated', () => {
  it.each(['2020年通电话时为什么会说到70周年？', 'Why was the 70th anniversary brought up in the 2020 call?'])('%s: the celebration of diplomatic ties', (q) => {
    const a = ask(q);
    expect(a.answered, a.text).toBe(true);
    expect(citedTalks(a)).toEqual(['2020-07-29-phone-talks']);
    expect(a.text).toMatch(/建交|diplomatic/);
  });

  it('the "day" a commemoration marks is the occasion, not a date', () => {
    const a = ask('2020年两党开展的活动是庆祝什么日子？');
    expect(a.answered, a.text).toBe(true);
    expect(a.text).toContain('70');
  });
});

describe('words of naming and chat money', () => {
  it('点名 names, it is no phone call: the 2022 documents on the sea', () => {
    const a = ask('越方点名了哪两份有关东海的文件？');
    expect(a.answered, a.text).toBe(true);
    expect(citedTalks(a)).toEqual(['2022-04-19-videoconference']);
    expect(a.text).toContain('DOC');
  });

  it('美刀 is US dollars', () => {
    const a = ask('中方送的医疗物资折合多少美刀？');
    expect(a.answered, a.text).toBe(true);
    expect(a.text).toContain('23.5万美元');
  });
});

describe('a country with a side noun undergoing an event', () => {
  it.each(['2020年中国那边闹洪水，越南那边有啥表示没有？', '2020年中国那边发大水的时候越南说了啥'])('%s: the sympathy Vietnam expressed', (q) => {
    const a = ask(q);
    expect(a.answered, a.text).toBe(true);
    expect(a.text).toContain('慰问');
    expect(citedTalks(a)).toEqual(['2020-07-29-phone-talks']);
  });
});
