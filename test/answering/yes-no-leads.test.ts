// Yes/No questions led by the right word: a statement asked as a question and a yes/no opened by a phrase naming the
// talk are yes/no questions; a polarity the report gives with the other sign leads with No and quotes it; a speech act
// read into a loose word ("要", demand) is no reason for No; a title said of a person in Vietnamese is checked against
// his role; a day slip inside the talk's own noun phrase only names the talk; "call on" a side is no place claimed; a
// Chinese word for one's own party or country ("本国") is read, so it no longer keeps a Yes back.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const first = (q: string) => engine.answer(q).text.split('\n')[0] ?? '';

describe('a statement asked as a question is a yes/no question', () => {
  it.each([
    ['so they both stressed regular contact between top officials?', /^Yes/u],
    ['and Trung called on China to ensure a balance of trade?', /^Yes/u],
    ['so in 2022 they signed three documents?', /^No: two, not three/u],
  ])('%j leads as the facts say', (q, lead) => {
    expect(first(q)).toMatch(lead);
  });

  it.each(['that one signed in 2022?', 'the 2022 talks?'])('%j, naming a thing and stating nothing, leads with neither', (q) => {
    expect(first(q)).not.toMatch(/^(Yes|No)\b/u);
  });
});

describe('a phrase naming the talk may stand before the auxiliary', () => {
  it.each([
    ['In the 2020 call, did Quan suggest settling disputes by force?', /^No: .*peaceful means/u, '2020-07-29'],
    ['During the 2022 videoconference, were three documents signed?', /^No: two, not three/u, '2022-04-19'],
    ['In the 2020 phone call, did Song Tao thank Vietnam for its support over the floods?', /^Yes/u, '2020-07-29'],
  ])('%j leads as the facts say, citing the talk', (q, lead, date) => {
    const a = engine.answer(q);
    expect(first(q)).toMatch(lead);
    expect(a.citations.some((c) => c.date === date)).toBe(true);
  });

  it('a wrong day inside the talk\'s own noun phrase only names it: the act asked decides', () => {
    const q = 'At the April 29, 2022 videoconference, did Trung raise the issue of goods congestion at the border?';
    const a = engine.answer(q);
    expect(first(q)).toMatch(/^Yes/u);
    expect(a.text).toMatch(/19 April 2022/u);
  });

  it('whether something came up at the talk named by its format asks what was said, not the format', () => {
    expect(first('in the 2022 vid call did they talk about anything beyond bilateral stuff')).not.toMatch(/^Yes: it was/u);
  });
});

describe('a polarity the report gives with the other sign is No, with the sentence that shows it', () => {
  it.each([
    'and in 2020 quan said there were no problems at all in the relationship?',
    'Did Quan say there were no problems in the relationship?',
    'did Hoang Binh Quan say relations had no difficulties in 2020?',
  ])('%j leads with No and quotes the obstacles', (q) => {
    const a = engine.answer(q);
    expect(first(q)).toMatch(/^No/u);
    expect(a.citations.some((c) => c.date === '2020-07-29' && /obstacles/u.test(c.quote))).toBe(true);
  });

  it('the same polarity with its own sign is still Yes', () => {
    expect(first('did Quan say there were obstacles in the relationship?')).toMatch(/^Yes/u);
  });
});

describe('a speech act read into a loose word is no reason for No', () => {
  it.each(['2020年通话中两党是否表示要和国际社会一起应对疫情？', '2020年通话中双方是否表示要和国际社会一起抗击疫情？'])('%j does not lead with 不是', (q) => {
    const a = engine.answer(q);
    expect(first(q)).not.toMatch(/^不是/u);
    expect(a.citations.some((c) => /international community/u.test(c.quote))).toBe(true);
  });
});

describe('a title said of a person in Vietnamese is checked against his role', () => {
  it.each(['Ông Tống Đào là Trưởng Ban Kinh tế Trung ương đúng không?', 'Tống Đào là Trưởng Ban Kinh tế Trung ương phải không?'])('%j leads with Không', (q) => {
    expect(first(q)).toMatch(/^Không/u);
  });

  it.each(['Ông Lê Hoài Trung là Trưởng Ban Đối ngoại Trung ương đúng không?', 'Ông Tống Đào là Trưởng Ban Liên lạc Đối ngoại Trung ương Đảng Cộng sản Trung Quốc đúng không?'])(
    '%j, his own title, leads with Có',
    (q) => {
      expect(first(q)).toMatch(/^Có/u);
    },
  );

  it('a word after the title that names no body ("trưởng đoàn": head of the delegation) is not put right', () => {
    expect(first('Ông Tống Đào là trưởng đoàn phía Trung Quốc à?')).not.toMatch(/^Không/u);
  });
});

describe('"call on" a side is the verb of urging, no place claimed', () => {
  it.each(['did Trung call on China to ensure a balance of trade?', 'and Trung called on China to ensure a balance of trade?'])('%j leads with Yes', (q) => {
    expect(first(q)).toMatch(/^Yes/u);
  });
});

describe('one\'s own party or country, in Chinese, is read', () => {
  it.each(['2022年会谈时双方有没有互相介绍本党本国的情况？', '2022年会谈时双方是否通报了本国的情况？'])('%j leads with 是', (q) => {
    const a = engine.answer(q);
    expect(first(q)).toMatch(/^是/u);
    expect(a.citations.some((c) => /situations of their respective Parties/u.test(c.quote))).toBe(true);
  });
});

describe('a verb of saying, then "about", asks whether the subject came up, not whether it was done', () => {
  it.each([
    ['did trung say anything about vaccine passports?', /^Yes/u],
    ['Did Le Hoai Trung say something about recognising vaccine passports in 2022?', /^Yes/u],
    ['ông Trung có nói gì về hộ chiếu vắc-xin không?', /^Có/u],
  ])('%j leads with Yes and quotes the hope', (q, lead) => {
    const answer = engine.answer(q);
    expect(answer.text.split('\n')[0]).toMatch(lead);
    expect(answer.citations.map((c) => c.date)).toEqual(['2022-04-19']);
  });

  it('an outcome asked stays reported as only hoped for', () => {
    const answer = engine.answer('have the two countries recognised each other\'s vaccine passports?');
    expect(answer.answered).toBe(false);
    expect(answer.text).toMatch(/only as hoped for or proposed/u);
  });
});
