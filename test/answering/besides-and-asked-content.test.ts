// What a user sees when a question sets aside what it names ("besides the plan, what else was signed?"), counts
// the documents in Vietnamese, or asks a statement's content in other words: a manner ("by what means"), a why of
// an act whose object is its reason, a wish that is the object of another act, two subjects a yes/no joins.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answering/engine.js';
import { withoutChatMarkup } from '../../src/chat-text.js';
import { numbersIn } from '../../src/matching/vocabulary.js';
import { citedTalks, sharedEngine, twoTalks } from '../support/engine.js';

let engine: Engine;
beforeAll(() => {
  engine = sharedEngine();
});

const ask = (q: string) => engine.answer(withoutChatMarkup(q));
const video = twoTalks().video.id;

describe('documents beside those named', () => {
  it('answers "what else" with the other document, after the one named', () => {
    const a = ask('Besides the plan, what else was signed?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Besides a cooperation plan .*, Le Hoai Trung and Song Tao signed a scheme on cooperation in training cadres/);
    expect(a.citations).toHaveLength(1);
  });

  it('reads "alongside it" and a "when" clause as the same ask', () => {
    expect(ask('I like the cadre-training scheme. What period does it cover, and what else was signed alongside it?').text).toMatch(
      /Besides a scheme on cooperation in training cadres .*2021-2025, .* signed a cooperation plan/,
    );
    const when = ask('When they signed the plan, what else did they sign?');
    expect(when.intent).toBe('agreements');
    expect(when.text).toMatch(/training cadres/);
  });

  it('answers in Vietnamese and Chinese with the other document', () => {
    expect(ask('Bên cạnh kế hoạch hợp tác, hai quan chức còn ký thêm văn bản nào trong buổi hội đàm ngày 19/4/2022?').text).toMatch(
      /Ngoài kế hoạch hợp tác .*còn ký đề án hợp tác đào tạo cán bộ/,
    );
    expect(ask('2022年除了两党合作计划之外，还签了一份什么文件？').text).toMatch(/还签署了两党2021—2025年干部培训合作方案/);
  });

  it('reads Vietnamese "khác" beside "ngoài" as the rest, not a comparison of the talks', () => {
    const docs = ask('Ngoài kế hoạch hợp tác chung, hai bên còn ký thêm văn bản nào khác?');
    expect(docs.intent).toBe('agreements');
    expect(docs.text).toMatch(/đào tạo cán bộ/);
    expect(new Set(docs.citations.map((c) => c.date))).toEqual(new Set(['2022-04-19']));
    const topics = ask('Ngoài chuyện hai nước với nhau, buổi làm việc năm 2022 còn đề cập đến những vấn đề gì khác?');
    expect(topics.intent).not.toBe('compare');
    expect(new Set(topics.citations.map((c) => c.date))).toEqual(new Set(['2022-04-19']));
  });

  it('says no other document was signed when every one is named', () => {
    expect(ask('Besides the plan and the scheme, what else was signed?').text).toMatch(/no other document: .* signed only/);
  });

  it('keeps a yes/no question about a named document about that document', () => {
    expect(ask('Did they also sign the scheme in 2022?').text).toMatch(/^Yes/);
  });
});

describe('a Vietnamese count of documents', () => {
  it('counts the documents signed, "ký" after a year being no thousand', () => {
    const a = ask('<@123456789012345678> alo bot ơi, 2 ông nói chuyện hồi 2022 ký mấy văn bản vậy');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/đã ký hai văn kiện: .*đào tạo cán bộ/);
  });

  it('reads a scale only where its word ends', () => {
    expect(numbersIn('năm 2022 ký mấy văn bản')).toEqual([{ value: 2022, text: '2022' }]);
    expect(numbersIn('235k USD')).toEqual([{ value: 235000, text: '235k' }]);
  });
});

describe('a statement asked in other words', () => {
  it('answers a manner asked of a subject with the statement, not the format', () => {
    const en = ask('By what means did Quan say disputes should be settled?');
    expect(en.intent).toBe('topic');
    expect(en.text).toMatch(/peaceful means/);
    expect(ask('2020年越方主张用什么方式来化解两国之间的分歧？').text).toMatch(/和平/);
    expect(ask('Theo lời ông Hoàng Bình Quân, những bất đồng giữa hai nước cần được xử lý bằng cách nào?').text).toMatch(/hòa bình/);
    // The talks' own manner is still the format.
    expect(ask('In what form were the 2020 talks held?').intent).toBe('format');
  });

  it('answers how a participant judged the relations with what he said of them', () => {
    expect(ask('Trong cuộc trao đổi qua điện thoại năm 2020, ông Quân nhận xét quan hệ giữa hai đảng đang tiến triển ra sao?').text).toMatch(/tích cực/);
    expect(ask('越方在2020年电话里觉得两国关系有啥不太顺的地方？').text).toMatch(/海上/);
  });

  it('answers a why of an act whose object is its reason, and puts a wrong detail of it right first', () => {
    expect(ask('Why did the Vietnamese official congratulate China in the 2022 video meeting?').text).toMatch(/first centenary goal/);
    expect(ask('Why did Trung congratulate China on achieving its second centenary goal?').text).toMatch(/^Not quite\. The articles report it otherwise: 1st, not 2nd/);
  });

  it('refuses the date of another event than the talks, its ordinal being no detail of theirs to put right', () => {
    const due = ask("When is China's second centenary goal supposed to be reached?");
    expect(due.answered).toBe(false);
    expect(due.text).not.toMatch(/1st, not 2nd/);
  });

  it('reads 达成 of a goal as achieved, not as an agreement', () => {
    const a = ask('2022年越方官员祝贺中国达成了哪个阶段性的奋斗目标？');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/第一个百年奋斗目标/);
  });

  it('answers a wish that is the object of another act with that act', () => {
    expect(ask('Ông Tống Đào đón nhận những đề xuất mà phía Việt Nam nêu ra với thái độ thế nào?').text).toMatch(/19 tháng 4, 2022.*tích cực/s);
  });

  it('says No when a yes/no joins a subject to one its talk never raised', () => {
    const a = ask('Was the Chinese medical aid in 2022 meant to help Vietnam recover from floods?');
    // The checker names what it was for instead ("No: “COVID-19”, not “floods”.").
    expect(a.text).toMatch(/^No[.:]/);
    expect(a.text).toMatch(/COVID-19/);
    // One phrase naming both is one subject: the sea's developments were raised.
    expect(ask('Did Quan mention complicated developments at sea?').text).toMatch(/^Yes/);
  });

  it('reads a time word inside what a participant thought as the talk\'s own time, not today', () => {
    expect(ask('黄平君认为两党两国关系里目前有什么不顺的地方？').text).toMatch(/海上/);
    // Whether something holds now is still refused.
    expect(ask('宋涛说现在还是中联部部长吗？').answered).toBe(false);
  });
});

describe('a talk noun naming the occasion ("at their meeting", "during the call")', () => {
  it('is the talks themselves, not a rare word picking the statements that use it', () => {
    const a = engine.answer('What did Song Tao and Hoang Binh Quan talk about during their meeting in July 2020?');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('floods');
    expect(new Set(a.citations.map((c) => c.date))).toEqual(new Set(['2020-07-29']));
    // Said of the in-person meeting it was not: the talks as held, then what they discussed.
    const inPerson = engine.answer('What did Quan and Song Tao discuss at their in-person meeting in July 2020?');
    expect(inPerson.text).toMatch(/^Not quite\. The talks were not held in person/);
    expect(inPerson.citations.length).toBeGreaterThan(1);
    // What was said about meetings is still the statement that speaks of them.
    expect(engine.answer('What did Song Tao say about high-level meetings?').text).toContain('high-level contacts');
  });
});

describe('the other subjects besides one named, asked with a verb of bringing up', () => {
  it.each([
    'Apart from bilateral ties, what else did they talk about in April 2022?',
    '2022年那次除了两国关系，双方还交流了什么？',
  ])('%s: the talk summary, which lists the other topics', (q) => {
    const a = ask(q);
    expect(a.answered, a.text).toBe(true);
    expect(a.intent).toBe('summary');
    expect(a.text).toMatch(/international|国际/);
    expect(citedTalks(a)).toEqual([video]);
  });

  it('"the other" and "each other" set nothing aside: a choice between the talks stays a choice', () => {
    const a = ask('Which talks brought up trade, and did the other one mention it?');
    expect(a.answered, a.text).toBe(true);
    expect(a.intent).not.toBe('summary');
  });
});
