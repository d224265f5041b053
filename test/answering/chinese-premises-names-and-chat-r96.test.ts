// Chinese misses of round 96, by kind: a wrong span between the talks put right, then answered; a known name typed by
// its sound ("黎怀中") read as that name wherever jieba cuts it; chat filler ("名字好难记", "能简单说下不") that is not the
// question; a where of the floods answered by the places the report gives; a response asked to what one side is said
// to have raised at a talk that never had it, put right citing both reports, with the other side's response.
import { describe, expect, it } from 'vitest';
import { citedTalks, sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const T2020 = '2020-07-29-phone-talks';
const T2022 = '2022-04-19-videoconference';

describe('a span said to lie between the talks that their dates do not give is put right first', () => {
  it.each(['两次会谈前后隔了整整三年，越南那边两次分别派了谁？', '两场会谈相隔5个月，越方各是谁出面？'])('%j: not so, the span, then who', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text.startsWith('不对')).toBe(true);
    expect(a.text).toContain('1年8个月21天');
    expect(a.text).toContain('黄平君');
    expect(a.text).toContain('黎怀忠');
  });

  it('an English yes/no of the wrong span leads with No', () => {
    const a = engine.answer('Were the two talks three years apart?');
    expect(a.text.startsWith('No')).toBe(true);
    expect(a.text).toContain('629 days');
  });

  it.each(['两次会谈之间相隔不到三年吗？', 'Were the talks less than three years apart?'])('%j: a bound the span keeps is no premise', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(/^(不|No)/.test(a.text)).toBe(false);
  });

  it('"相隔超过三年吗" is No: a bound the span breaks', () => {
    expect(engine.answer('两次会谈之间相隔超过三年吗？').text.startsWith('不')).toBe(true);
  });

  it.each(['两次会谈隔了快两年，越方分别是谁？', '两次会谈相隔21个月，越方分别是谁？'])('%j: a span the dates give is no premise', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text.startsWith('不对')).toBe(false);
  });
});

describe('a known name typed by its sound is that name', () => {
  it.each(['`黎怀中` 这人啥职位啊', '黎怀中是做什么的'])('%j is Le Hoai Trung', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(citedTalks(a)).toEqual([T2022]);
    expect(a.text).toContain('黎怀忠');
    expect(a.text).toContain('对外部');
  });

  it('"跟黎怀中通电话" (jieba cuts "跟黎|怀中") at the 2020 call is put right by who held his place', () => {
    const a = engine.answer('2020年宋涛跟黎怀中通电话的时候都聊了些什么？');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('黄平君');
  });
});

describe('chat filler is not the question', () => {
  it('"名字好难记" asks nothing of goods: who was on the Vietnamese side', () => {
    const a = engine.answer('lol 2020年那通电话越南那边是谁打的 名字好难记');
    expect(a.answered).toBe(true);
    expect(citedTalks(a)).toEqual([T2020]);
    expect(a.text).toContain('黄平君');
  });

  it.each(['唉 看不太懂 越南那边2022年在贸易上到底想要中国干嘛 能简单说下不 🙏', 'can you briefly tell me what Vietnam wanted from China on trade in 2022?'])(
    '%j: "briefly" asks the wish on trade briefly, not the summary',
    (q) => {
      const a = engine.answer(q);
      expect(a.answered).toBe(true);
      expect(a.intent).toBe('topic');
      expect(citedTalks(a)).toEqual([T2022]);
      expect(/平衡|balance/.test(a.text)).toBe(true);
    },
  );

  it('"briefly, what did they discuss" still asks the summary', () => {
    expect(engine.answer('briefly, what did they discuss in 2022?').intent).toBe('summary');
  });
});

describe('a where of the floods is answered by the places the report gives', () => {
  // A known miss: zh96 read "in many Chinese localities" as a place given, which also answered "where in china were the
  // floods?" (engine.test.ts keeps that refused: no area beyond a side's own country is given). Reverted at the merge;
  // turns red once a where of the floods in Chinese is answered without answering "where in China".
  it.fails('a misdated 2020 call asked where the floods were: not so, 29 July, many Chinese localities', () => {
    const a = engine.answer('2020年4月19日黄平君和宋涛通话时，提到了哪里的洪灾？');
    expect(a.answered).toBe(true);
    expect(a.text.startsWith('不')).toBe(true);
    expect(a.text).toContain('7月29日');
    expect(a.text).toContain('中国多地');
  });
});

describe('a response asked to what one side raised at a talk that never had it', () => {
  it.each(['越方在2020年通话中要求中方遵守三份陆地边界法律文件，中方是怎么回应的？', '2020年电话里越方提出尽早互认疫苗护照，中方是怎么回应的？'])(
    '%j: not so, both reports cited, and the positive response of 2022',
    (q) => {
      const a = engine.answer(q);
      expect(a.answered).toBe(true);
      expect(a.text.startsWith('不对')).toBe(true);
      expect(citedTalks(a)).toEqual([T2020, T2022]);
      expect(a.text).toContain('积极');
    },
  );
});
