// Chinese and Vietnamese reading misses, with their English twins: a meeting set after the latest talk (refused as
// another event, not answered with a talk's format or documents); a figure asked in a currency of a subject the
// articles give no figure for (not the gift's value); a procedure of one's own (how to apply, what to bring); the
// role of the person named when the side after "with" is whom he talked with; a document's end year as "period to";
// the other side's act put right after a tag question, led by No.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answering/engine.js';
import { sharedEngine } from '../support/engine.js';

let engine: Engine;
beforeAll(() => {
  engine = sharedEngine();
});

const ask = (q: string) => engine.answer(q);
const first = (q: string) => ask(q).lines[0]?.text ?? '';
const dates = (q: string) => [...new Set(ask(q).citations.map((c) => c.date))];

describe('a meeting after the latest talk is another event', () => {
  it.each([
    'Shortly after the April 2022 videoconference, did the two officials sit down in person again? When?',
    '2022年视频会谈结束后不久，两党官员又当面见了一次，那次见面在哪儿？',
    'Sau cuộc hội đàm trực tuyến năm 2022, hai bên gặp mặt trực tiếp vào lúc nào?',
    '听说2022年会谈之后双方又会面并签了新文件。那次会面是哪天？',
  ])('refuses %s', (q) => {
    const a = ask(q);
    expect(a.answered).toBe(false);
    expect(a.citations).toHaveLength(0);
  });

  it('names it as a later meeting', () => {
    expect(first('After the 2022 talks, when did Trung and Song Tao meet again?')).toMatch(/no later meeting/u);
  });

  it('keeps a meeting before the earliest talk refused as earlier', () => {
    expect(first('Had Quan and Song Tao met before their 2020 phone call?')).toMatch(/no earlier meeting/u);
  });

  it('still answers what was agreed at the talks themselves', () => {
    expect(ask('Sau khi gặp mặt trực tiếp tại Bắc Kinh năm 2022, ông Trung và ông Tống Đào đã thống nhất những gì?').answered).toBe(true);
    expect(ask('2022年视频会谈之后，双方签署的文件有效期到哪一年？').answered).toBe(true);
  });
});

describe('a figure of a subject the articles give none for, asked in a currency', () => {
  it.each([
    'How many US dollars was Vietnam–China trade worth in 2022?',
    '2022年越中两国的贸易额有多少美元？',
    'Năm 2022 kim ngạch thương mại Việt – Trung đạt bao nhiêu đô la?',
  ])('is no gift value: %s', (q) => {
    const a = ask(q);
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/235/u);
  });

  it('still gives the supplies their value in dollars', () => {
    expect(ask('What were the medical supplies worth in US dollars?').text).toMatch(/235,000/u);
    expect(ask('2022年中方赠送的医疗物资值多少美元？').text).toMatch(/23\.5万美元/u);
  });
});

describe('a procedure of the asker\'s own', () => {
  it.each([
    'How can I apply for a vaccine passport before flying to China?',
    '想办疫苗护照，申请需要哪些手续？',
    'Thủ tục xin cấp hộ chiếu vắc xin gồm những giấy tờ gì?',
  ])('is refused: %s', (q) => {
    expect(ask(q).answered).toBe(false);
  });

  it('leaves what was said of vaccine passports answered', () => {
    expect(ask('越方在2022年会谈中对疫苗护照提出了什么希望？').answered).toBe(true);
    expect(ask('How did the two sides apply flexible forms of exchange in 2020?').answered).toBe(true);
  });
});

describe('the role of the person named, in a call with the other side', () => {
  it.each([
    ['Ông Quân đảm nhiệm chức vụ gì trong cuộc điện đàm với phía Trung Quốc năm 2020?', /Ban Đối ngoại/u],
    ['Trong cuộc hội đàm với phía Việt Nam năm 2022, ông Tống Đào giữ chức gì?', /Liên lạc Đối ngoại/u],
    ['What was Quan\'s title when he spoke by phone with the Chinese side?', /Commission for External Relations/u],
    ['黄平君跟中方通电话的时候是什么职务？', /对外部/u],
  ])('%s', (q, role) => {
    expect(ask(q).text).toMatch(role);
  });

  it('still answers who the other side\'s person was', () => {
    expect(ask('Who was the Vietnamese official on the phone with Song Tao?').text).toMatch(/Hoang Binh Quan/u);
  });
});

describe('a document\'s end year asked as its period or term', () => {
  it.each([
    'Kế hoạch hợp tác giữa hai Đảng có thời hạn đến năm 2025, phải không?',
    '两党合作计划的期限到2025年，是吧？',
  ])('Yes: %s', (q) => {
    expect(first(q)).toMatch(/^(Có|是的)/u);
  });

  it('No for another end year', () => {
    expect(first('两党干部培训合作方案的期限到2030年，是吧？')).toMatch(/^不是/u);
  });
});

describe('the other side\'s act after a tag question', () => {
  it.each([
    ['2020年是宋涛代表中方向越南的洪灾表示慰问的吧？当时他怎么讲的？', /^不是/u],
    ['Hồi 2020 chính ông Tống Đào gửi lời chia buồn tới Việt Nam vì lũ lụt, đúng không? Ông ấy nói những gì?', /^Không/u],
  ])('%s', (q, lead) => {
    const a = ask(q);
    expect(a.text).toMatch(lead);
    expect(dates(q)).toEqual(['2020-07-29']);
  });

  it('a plain question of the act stays unled', () => {
    expect(first('2020年黄平君对中国洪灾表示慰问时说了什么？')).not.toMatch(/^不/u);
  });
});
