// Follow-ups of round 81: a who of a talk's places that names its own talk is not overridden by the conversation's
// subject; "was X signed there?" of a subject nothing was signed on is a No with what was; "with whom" asks the party
// named in what was said; a particle or split verb-object word is never named as missing; the phone talks say "phone".
import { describe, expect, it } from 'vitest';
import { cited, lastOf } from '../support/conversation.js';
import { sharedEngine } from '../support/engine.js';

describe('a who of the places at a talk it names itself', () => {
  it('"那2020年那次越方负责人是谁？" after congratulations: who led the Vietnamese side, not who praised', () => {
    const a = lastOf('2022年4月那次会谈是以什么方式举行的？', '越方是谁参加的', '他祝贺中国什么？', '那2020年那次越方负责人是谁？');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('黄平君');
    expect(cited(a)).toEqual(['2020-07-29']);
  });
});

describe('whether something on a subject was signed at the conversation\'s talk', () => {
  it('"were those docs signed at this meeting?" after the land-border documents: No, then what was signed', () => {
    const a = lastOf('how many land border legal documents did trung bring up', 'were those docs signed at this meeting?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^No\./u);
    expect(a.text).toMatch(/cooperation plan/u);
    expect(cited(a)).toEqual(['2022-04-19']);
  });

  it('"có ký luôn văn kiện về biên giới đất liền không?" after what 2022 signed: Không, never "luôn" named as missing', () => {
    const a = lastOf('hội đàm trực tuyến ngày 19/4/2022 ký những gì vậy?', 'có ký luôn văn kiện về biên giới đất liền không?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Không\./u);
    expect(a.text).not.toContain('"luôn"');
    expect(a.text).toMatch(/kế hoạch hợp tác/u);
  });

  it('a talk that signed nothing keeps its refusal', () => {
    const a = lastOf('what did quan say about the floods in 2020?', 'did they sign anything on that?');
    expect(a.text).not.toMatch(/^No\.\n.*signed two documents/u);
    expect(cited(a)).not.toContain('2022-04-19');
  });
});

describe('with whom something is to be done', () => {
  it('"and who should china work with on that?" after the sea: ASEAN, from what Trung said', () => {
    const a = lastOf('what sea stuff did trung raise with the chinese side?', 'and who should china work with on that?');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('ASEAN');
    expect(cited(a)).toEqual(['2022-04-19']);
  });

  it('"要和谁一起推进？" the same', () => {
    const a = lastOf('2022年越方在海上问题上提了什么要求？', '要和谁一起推进？');
    expect(a.text).toContain('东盟');
    expect(cited(a)).toEqual(['2022-04-19']);
  });

  it('who took part is still who took part', () => {
    const a = lastOf('what sea stuff did trung raise with the chinese side?', 'who was he talking with?');
    expect(a.text).toContain('Song Tao');
  });
});

describe('words that are no subject', () => {
  it('"是谁签的字？": a split 签字 is signing, answered with who signed', () => {
    const a = lastOf('2022年4月19日的会谈是什么形式？', '双方签了什么？', '是谁签的字？');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('黎怀忠');
    expect(a.text).toContain('宋涛');
    expect(a.text).not.toContain('“字”');
  });

  it('the phone talks are said to be by phone in Vietnamese', () => {
    const a = sharedEngine().answer('cuộc trao đổi năm 2020 có diễn ra qua video không?');
    expect(a.text).toMatch(/^Không/u);
    expect(a.text).toContain('điện thoại');
  });
});
