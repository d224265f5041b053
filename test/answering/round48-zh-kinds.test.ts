// Round 48's Chinese misses by kind: a word typed by its sound with other characters ("宋滔" for 宋涛, "户照" for
// 护照); a chat or grammar word jieba cuts across ("多少钱来着", "老记不住") named as what the articles lack; a "where"
// word a "which thing" word runs on from ("在哪件事上"); a bloc named in Chinese ("欧盟") put right; "这两篇报道"
// naming both articles. The questions are worded afresh, not copied from the sets the kinds were found in.
import { describe, expect, it } from 'vitest';
import { citedTalks, twoTalks } from '../support/engine.js';
import { homophones } from '../../src/matching/homophones.js';

const talks = twoTalks();
const { ask } = talks;

describe('a Chinese word typed by its sound with other characters', () => {
  it.each(['宋滔担任什么职务？', '中联部的宋滔是谁'])('%s: read as the one name that sounds so (宋涛)', (q) => {
    const a = ask(q);
    expect(a.answered, a.text).toBe(true);
    expect(a.text).toContain('宋涛');
    expect(a.text).not.toContain('宋滔');
  });

  it('a common word typed so ("疫苗户照") is the word (护照): the wish is answered', () => {
    const a = ask('越方希望中方认可什么户照？');
    expect(a.answered, a.text).toBe(true);
    expect(a.citations.some((c) => c.quote.includes('vaccine passports')), a.text).toBe(true);
  });

  it('only when one known word sounds so, and never a single character', () => {
    const sounds = (c: string): readonly string[] => ({ 户: ['hu'], 护: ['hu'], 互: ['hu'], 照: ['zhao'], 宋: ['song'], 涛: ['tao'], 滔: ['tao'] })[c] ?? [];
    expect(homophones(['护照', '宋涛'], [], sounds).of('户照')).toBe('护照');
    expect(homophones(['护照', '互照'], [], sounds).of('户照')).toBeNull();
    expect(homophones(['护照'], [], sounds).of('户')).toBeNull();
    expect(homophones(['宋涛'], [], sounds).of('宋涛')).toBeNull();
    // A word known as typed is never another that sounds like it: "抗疫" is not "抗议".
    const more = (c: string): readonly string[] => ({ 抗: ['kang'], 疫: ['yi'], 议: ['yi'] })[c] ?? [];
    expect(homophones(['抗疫', '抗议'], [], more).of('抗疫')).toBeNull();
    // Nor is a word of the dictionary that is no target ("通稿", a press release, is not "通告" mistyped).
    const press = (c: string): readonly string[] => ({ 通: ['tong'], 稿: ['gao'], 告: ['gao'] })[c] ?? [];
    expect(homophones(['通告'], ['通稿'], press).of('通稿')).toBeNull();
    expect(homophones(['通告'], [], press).of('通稿')).toBe('通告');
  });
});

describe('chat and grammar words jieba cuts across are never named as missing', () => {
  it('"值多少钱来着": the amount asked, not "钱来"', () => {
    const a = ask('那批防疫物资值多少钱来着？');
    expect(a.text).not.toContain('钱来');
    expect(a.answered, a.text).toBe(true);
  });

  it('"名字老记不住": who is asked, not "老记不住"', () => {
    const a = ask('2020年越南那边是谁打的电话 名字老记不住');
    expect(a.text).not.toContain('记不住');
    expect(a.answered, a.text).toBe(true);
    expect(a.text).toContain('黄平君');
  });

  it('a Latin chat opener ("yo") leaves the side that opens the question its subject', () => {
    const a = ask('yo 越南希望两国早日互认啥');
    expect(a.answered, a.text).toBe(true);
    expect(a.citations.some((c) => c.quote.includes('vaccine passports')), a.text).toBe(true);
  });
});

describe('a where word that a "which thing" word runs on from asks no place', () => {
  it('"在哪件事上" asks what, and a wrong month is put right', () => {
    const a = ask('2020年8月那次通话，宋涛感谢越方在哪件事上给予了支持？');
    expect(a.answered, a.text).toBe(true);
    expect(a.text).not.toContain('地点');
    expect(a.text).toContain('7月29日');
    expect(a.citations.some((c) => c.quote.includes('thanked the Vietnamese Party')), a.text).toBe(true);
  });
});

describe('a bloc named in Chinese that the articles give otherwise', () => {
  it('"和欧盟一起" is put right as ASEAN, and the call answered', () => {
    const a = ask('2022年越方为何希望中方同欧盟合作落实DOC？');
    expect(a.answered, a.text).toBe(true);
    expect(a.text.split('\n')[0]).toContain('欧盟');
    expect(a.text).toContain('东盟');
  });
});

describe('a phrase naming both articles asks of both talks', () => {
  it.each(['根据这两篇文章，疫情给两党往来带来了什么影响？', 'According to the two reports, what did the pandemic do to exchanges between the parties?'])('%s', (q) => {
    const a = ask(q);
    expect(a.answered, a.text).toBe(true);
    expect(citedTalks(a)).toEqual(expect.arrayContaining([talks.phone.id, talks.video.id]));
  });
});
