// premise89: a fact put at the wrong talk (or by the wrong side) is put right, citing the talk where it is. The named
// talk's report is cited beside it only when the question put a person of that talk there; a "besides the two" count
// premise is answered with the documents signed; an act with a reason asked of the side that did not do it names who did.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const ask = (q: string) => engine.answer(q);
const talksCited = (q: string) => [...new Set(ask(q).citations.map((c) => c.date))].sort();

describe('a fact asked of a talk silent on it', () => {
  it('is put right and answered when the subject is named by an inflected word ("donate" for "donated")', () => {
    const q = 'What medical supplies did Song Tao donate during the 2020 phone call?';
    const a = ask(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Not quite\. The report of the phone talks of 29 July 2020/);
    expect(a.text).toContain('1.5 million CNY');
    // Song Tao took part in the 2020 call: its report is cited for his silence there.
    expect(talksCited(q)).toEqual(['2020-07-29', '2022-04-19']);
  });

  it('cites only the talk the fact is at when the question names a side or no one', () => {
    expect(talksCited('2020年通话中中方宣布捐赠的医疗物资价值多少？')).toEqual(['2022-04-19']);
    expect(talksCited('Why did China give Vietnam medical supplies during the 2020 phone call?')).toEqual(['2022-04-19']);
    const floods = "What did the two sides say about China's floods during their 2022 video call?";
    expect(ask(floods).text).toMatch(/^Not quite\./);
    expect(talksCited(floods)).toEqual(['2020-07-29']);
  });

  it('reads an act with a reason asked of a participant as his side\'s deed where it was done', () => {
    const q = 'Tháng 4/2022 ông Lê Hoài Trung đã chia buồn với Trung Quốc về lũ lụt như thế nào?';
    const a = ask(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Không phải vậy\./u);
    expect(a.text).toContain('Hoàng Bình Quân');
    expect(talksCited(q)).toEqual(['2020-07-29', '2022-04-19']);
    // What he merely said stays his own: refused, with where the subject came up.
    expect(ask('What did Trung say about the floods in 2022?').answered).toBe(false);
  });
});

describe('a count premise beside the documents set aside', () => {
  it('is put right ("no third") and answered with what was signed', () => {
    const a = ask('Ngoài hai văn kiện, văn kiện thứ ba hai bên ký ngày 19/4/2022 là gì?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Không phải vậy\./u);
    expect(a.text).toContain('hai văn kiện');
    expect([...new Set(a.citations.map((c) => c.date))]).toEqual(['2022-04-19']);
  });

  it('leaves a third document asked alone refused', () => {
    expect(ask('What was the third document they signed in 2022?').answered).toBe(false);
  });
});

describe('an act with a reason asked of the side that did not do it', () => {
  it('says who did it, with their statement', () => {
    const a = ask('2020年中方代表对越南遭受的洪灾表示慰问时都说了什么？');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^不对，/u);
    expect(a.text).toContain('黄平君');
    expect(a.text).toContain('表示慰问');
  });
});
