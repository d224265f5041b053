// Two readings of time between and after the talks (src/matching/across.ts, story-time.ts): a question that sets
// the talks side by side is about each of them, whatever one word of it names; and a word of after-the-talks time
// in a question told in the past about what the articles report is the story's own time, not the asker's today.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answering/engine.js';
import { PHONE_2020, sharedEngine, VIDEO_2022 } from '../support/engine.js';

let engine: Engine;
beforeAll(() => {
  engine = sharedEngine();
});

const reading = (q: string) => engine.read(q).reading;
const answer = (q: string) => engine.answer(q);
const citedTalks = (q: string) => [...new Set(answer(q).citations.map((c) => c.talk.slice(0, 10)))].sort();

describe('questions across both talks', () => {
  it.each([
    // Two ordinals, the second without its noun.
    'How did the format of the talks change from the first round to the second?',
    'Did ASEAN come up in the first call, or only later?',
    // The talks as a pair, or one against the other.
    'Roughly how much time separated the two sets of talks?',
    'In one round Vietnam offered sympathy and in the other congratulations. What were they about?',
    // A change or a choice between two talks named.
    'How did the handling of maritime issues differ between 2020 and 2022?',
    'Trade came up in which talk: 2020, 2022, or both?',
    // Through the glossaries.
    'ASEAN được nhắc ở cuộc 2020 hay chỉ ở cuộc 2022?',
    '宋涛宣布送医疗物资，是在打电话那次还是开视频会那次？',
  ])('%j is about each talk and cites both', (q) => {
    expect(citedTalks(q)).toEqual([PHONE_2020, VIDEO_2022].sort());
  });

  it('reads the elliptical ordinal as the other talk, and each talk as asked about', () => {
    const r = reading('How did the format of the talks change from the first round to the second?');
    expect(r.scope.talks?.map((t) => t.date)).toEqual([PHONE_2020, VIDEO_2022]);
    expect(r.aspects.eachTalk).toBe(true);
  });

  it.each([
    // One talk named, however many formats are offered as a choice.
    ['was the 2020 talk on zoom or by phone?', [PHONE_2020]],
    // One ordinal alone still names one talk.
    ['what was said about the sea in the first round?', [PHONE_2020]],
  ])('%j stays about the one talk it names', (q, talks) => {
    expect(reading(q).aspects.eachTalk).toBe(false);
    expect(reading(q).scope.talks?.map((t) => t.date)).toEqual(talks);
  });

  it.each([
    'Who represented each side at the 2020 phone talks and at the 2022 talks?',
    'Những ai có mặt ở cả cuộc điện đàm hồi 2020 lẫn cuộc hội đàm 2022?',
  ])('%j: a format said of one of two talks named by year describes it and keeps the other', (q) => {
    expect(reading(q).scope.talks?.map((t) => t.date)).toEqual([PHONE_2020, VIDEO_2022]);
    expect(citedTalks(q)).toEqual([PHONE_2020, VIDEO_2022].sort());
  });

  it('a format asked as a choice between two years, or claimed in a yes/no, still picks its talk', () => {
    expect(reading('Which was by phone, the 2020 talks or the 2022 talks?').scope.talks?.map((t) => t.date)).toEqual([PHONE_2020]);
    expect(reading('Were the 2020 phone talks and the 2022 talks both about the sea?').scope.talks?.map((t) => t.date)).toEqual([PHONE_2020]);
  });

  it('counts the time between talks named by their formats', () => {
    const a = answer('从第一次通话到第二次视频会谈中间隔了多久？');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('629');
  });

  it('is not "the two sides" or "the two parties"', () => {
    expect(reading('What did the two sides agree on in 2022?').aspects.eachTalk).toBe(false);
    expect(reading('What did the two parties sign?').aspects.eachTalk).toBe(false);
  });
});

describe('time inside the story', () => {
  it.each([
    'What qualities did Vietnam want the future maritime code to have?',
    'Which two qualities did Trung say the future COC should have?',
    'Năm 2020 dịch COVID lan rộng khắp nơi, rất nhiều hoạt động đối ngoại bị đình trệ. Mình tò mò không biết hai Đảng Việt - Trung đã xoay xở thế nào. Theo bài báo thì hai bên khẳng định sẽ làm gì để đối phó với đại dịch?',
    'Lan dien dam 2020, hai ben hua se cung the gioi lam gi?',
    '因为疫情，两党不少按计划要搞的往来没法进行，那双方后来是靠什么办法维持交流的？',
    // Told in the past by "了" only, after something the articles report; a view asked at a talk the question dates.
    '疫情暴发以后，原定的两党交流后来怎么样了？',
    '2022年视频会谈上，黎怀忠觉得两国合作现在怎么样？',
  ])('%j is answered: its after-the-talks word is the story\'s own time', (q) => {
    expect(answer(q).answered).toBe(true);
  });

  it.each([
    // Asked in the future, or about today, or with nothing of the articles named.
    'When will the cooperation plan be renewed?',
    'What will happen with the cooperation plan in the future?',
    'What is the future of the East Sea dispute?',
    'Will the two parties meet again next year?',
    'What is the current state of the East Sea dispute this year?',
    'What did Song Tao do afterwards?',
    '后来宋涛怎么样了？',
    '中越关系后来怎么样了？',
    '2022年视频会谈以后，合作计划后来怎么样了？',
    '两党关系现在怎么样了？',
    'Hai bên sẽ gặp lại khi nào?',
    // A time reckoned after the talks, told in the past; "next" before a document reported is another one after it.
    'Did the two parties hold talks in person later that year?',
    'What did they sign the following year?',
    'When is the next cooperation plan signed?',
    '下一份合作计划什么时候签？',
    // "Next" after the document, as Vietnamese puts it ("đề án tiếp theo": the next scheme), told in the past.
    'khi nào họ ký đề án tiếp theo',
    // Another round of the talks than the two reported, told in the past: none is reported, so it is no Yes about them.
    'Did Quan and Song Tao hold a follow-up call after July 2020?',
    'Were there subsequent talks between the two departments in 2022?',
    'Did the two sides hold another round of talks by video?',
  ])('%j is still refused as after the talks', (q) => {
    const r = engine.read(q);
    expect(r.kind === 'refusal' && r.refusal.kind === 'unsupported' && r.refusal.topic === 'future').toBe(true);
  });
});

describe('whether a thing the talks reported given has since arrived', () => {
  it.each([
    'số vật tư y tế đã về tới Việt Nam chưa?',
    'Số vật tư đó đã về đến Việt Nam chưa?',
    'have the medical supplies arrived in Vietnam yet?',
    'did the medical supplies arrive in Vietnam on time?',
  ])('is refused as after the talks, never a Yes: %s', (q) => {
    const a = answer(q);
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/^(Yes|Có|是的)/u);
  });

  it('still answers what the leaders had arrived at', () => {
    expect(answer('what perceptions had the leaders arrived at?').text).toMatch(/common perceptions/);
  });
});
