// Follow-ups asking which things, or their names, after a statement that mentions them without listing them: refused
// as the same question with the things named in it is, never answered with the statement that leaves them unnamed.
// And a subject named after who took part: what was said on it, not the participants again.
import { describe, expect, it } from 'vitest';
import { asksNames } from '../../src/conversation/names-asked.js';
import { cited, lastOf } from '../support/conversation.js';

const NOT_GIVEN = /^The articles do not (give that detail|name them)/;

describe('names asked of things a statement only mentions', () => {
  it('"what were their names?" after the General Secretaries: the detail is not given', () => {
    const a = lastOf('what did they say about the general secretaries in 2022?', 'what were their names?');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(NOT_GIVEN);
  });

  it('"list them", "which three?" after the land-border documents: refused, in Chinese too', () => {
    const en = lastOf('what did trung ask china to comply with on the land border in 2022?', 'list them');
    expect(en.answered).toBe(false);
    expect(en.text).toMatch(NOT_GIVEN);
    expect(lastOf('2022年黎怀忠就陆地边界说了什么？', '是哪三份？').answered).toBe(false);
  });

  it('still names the people after who took part, and the documents after what was signed', () => {
    const who = lastOf('who took part in the 2020 talks?', 'what are their names?');
    expect(who.answered).toBe(true);
    expect(who.text).toContain('Hoang Binh Quan');
    const signed = lastOf('what was signed in 2022?', 'what were their names?');
    expect(signed.text).toContain('cooperation plan');
  });

  it('reads names and "which ones" as asked, not a call made ("called for") or who did it', () => {
    const words = (s: string) => s.split(' ').map((text) => ({ text }));
    expect(asksNames(words('which ones are'))).toBe(true);
    expect(asksNames(words('which three'))).toBe(true);
    expect(asksNames(words('what are names'))).toBe(true);
    expect(asksNames(words('how he called for solve'))).toBe(false);
    expect(asksNames(words('who put names on'))).toBe(false);
    expect(asksNames(words('which organisation'))).toBe(false);
  });
});

describe('a subject named after who took part', () => {
  it('"and the sea?" after who talked in 2020: what was said on the sea there, not the participants', () => {
    const a = lastOf('who talked in july 2020?', 'and the sea?');
    expect(a.answered).toBe(true);
    expect(a.intent).toBe('topic');
    expect(a.text).toContain('complicated developments at sea');
    expect(cited(a)).toEqual(['2020-07-29']);
  });

  it('in Chinese: "那两党关系呢？" after who held the 2020 call gives the positive momentum', () => {
    const a = lastOf('2020年的电话会谈有谁参加？', '那两党关系呢？');
    expect(a.intent).toBe('topic');
    expect(a.text).toContain('积极');
    expect(cited(a)).toEqual(['2020-07-29']);
  });
});
