// A choice among the talks typed as chat ("bruh which talk had the 70th anniversary thing") is a lookup: it cites only
// the talk that has it, and still says the other report lacks it. The same choice asked as a comparison ("which of
// the two…?"), or as a yes/no ("in both or only one?"), keeps citing both talks (README, "a choice among them").
import { describe, expect, it } from 'vitest';
import { typedAsChat } from '../../src/answering/chat-choice.js';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const dates = (q: string) => [...new Set(engine.answer(q).citations.map((c) => c.date))].sort();

describe('a chat lookup among the talks cites the talk that has it', () => {
  it.each([
    ['bruh which of the talks had the 70th anniversary thing', '2020-07-29', /^The phone talks of 29 July 2020\./, /19 April 2022, talks via videoconference: the report says nothing on this\./],
    ['sooo which talks had the gift thing 🎁', '2022-04-19', /^The talks via videoconference of 19 April 2022\./, /29 July 2020, phone talks: the report says nothing on this\./],
    ['mn ơi cái 70 năm quan hệ ngoại giao đc nhắc trong bài nào nhỉ 🧐', '2020-07-29', /^Cuộc điện đàm ngày 29 tháng 7, 2020\./, /19 tháng 4, 2022, hội đàm trực tuyến: bài báo không đề cập điều này\./],
    ['`ASEAN` đc nhắc trong bài nào vậy mọi người, để làm gì', '2022-04-19', /^Cuộc hội đàm trực tuyến ngày 19 tháng 4, 2022\./, /29 tháng 7, 2020, điện đàm: bài báo không đề cập điều này\./],
  ])('%j cites only %s, and says what the other report lacks', (q, date, lead, silent) => {
    const a = engine.answer(q);
    expect(a.text).toMatch(lead);
    expect(a.text).toMatch(silent);
    expect(dates(q)).toEqual([date]);
  });
});

describe('a choice asked as a comparison or a yes/no keeps both talks cited', () => {
  it.each([
    'Which of the two meetings ended with documents being signed?',
    'Trong hai lần, lần nào TQ có tặng quà cụ thể cho VN?',
    '两次会谈中，哪一次当场签了合作文件？',
    'Which talk brought up the floods in China?',
    'Were documents signed at both meetings, or only at one of them?',
    'hey were documents signed at both meetings or only one? 🤔',
  ])('%j cites both talks', (q) => {
    expect(dates(q)).toEqual(['2020-07-29', '2022-04-19']);
  });

  it('a yes/no true of one talk only is still "Not at every talk", citing both', () => {
    const a = engine.answer('Was trade on the agenda in both talks or only in one of them?');
    expect(a.text.startsWith('Not at every talk.')).toBe(true);
    expect(dates('Was trade on the agenda in both talks or only in one of them?')).toEqual(['2020-07-29', '2022-04-19']);
  });
});

describe('the register of a question', () => {
  it('is chat with an emoji, slang, or Vietnamese particles and shorthand', () => {
    for (const q of ['which talk had it 🎁', 'bruh which talk', 'cái đó đc nhắc trong bài nào nhỉ', '疫苗护照那事是哪次会谈提的来着']) expect(typedAsChat(q), q).toBe(true);
  });
  it('is not chat when written plainly', () => {
    for (const q of ['Which talk brought up the floods in China?', 'Cuộc hội đàm nào nhắc đến hộ chiếu vắc-xin?', '哪次会谈提到了疫苗护照？']) expect(typedAsChat(q), q).toBe(false);
  });
});
