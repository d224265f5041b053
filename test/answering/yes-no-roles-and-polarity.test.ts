// Yes/No and claims that must not agree with a wrong post, a reversed polarity or an event the articles do not report:
// a post asked of a person with the copula first ("Was Song Tao the General Secretary…?") is checked against the post
// he held, and a post held by the other participant is said to be theirs; a statement claimed with the other sign
// ("stalled", "cares little") is a No quoting the sentence about that very thing; a later event placed only by the
// talks ("After the videoconference, … made an official visit") is at most related.
import { describe, expect, it } from 'vitest';
import { expectContradicted as contradicted, firstMatch as first } from '../support/claim-verdicts.js';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const lead = (q: string) => engine.answer(q).text.split('\n')[0] ?? '';

describe('a post asked of a person is compared with the post he held', () => {
  it.each([
    ['Was Song Tao the General Secretary of the Chinese Communist Party at the time of these talks?', /^No: .*International Liaison Department/u],
    ['Was Song Tao China’s foreign minister at the 2022 talks?', /^No: .*International Liaison Department/u],
    ['Is Le Hoai Trung the Chinese ambassador?', /^No\b/u],
    ['Tống Đào có phải là Tổng Bí thư Đảng Cộng sản Trung Quốc không?', /^Không: .*Ban Liên lạc Đối ngoại/u],
  ])('%j leads with No and the right post', (q, expected) => {
    expect(lead(q)).toMatch(expected);
  });

  it.each([
    ['Was Le Hoai Trung the head of the CPC’s International Liaison Department?', 'Song Tao'],
    ['Was Hoang Binh Quan head of the International Liaison Department in 2020?', 'Song Tao'],
  ])('%j names who held the post claimed', (q, holder) => {
    expect(lead(q)).toMatch(/^No: /u);
    expect(lead(q)).toContain(holder);
  });

  it('asked of no talk in particular, the post he held is cited at each of his talks', () => {
    const a = engine.answer('Was Song Tao China’s top party leader at the time of these talks?');
    expect(a.text.split('\n')[0]).toMatch(/^No: .*International Liaison Department/u);
    expect(new Set(a.citations.map((c) => c.date))).toEqual(new Set(['2020-07-29', '2022-04-19']));
  });

  it('a post he held is still Yes', () => {
    expect(lead('Was Song Tao the head of the International Liaison Department at the 2022 talks?')).toMatch(/^Yes/u);
  });
});

describe('a statement claimed with the other sign is a No quoting the statement', () => {
  it.each([
    ['so quan said covid stalled the relationship?', 'maintaining positive development momentum'],
    ['Did Quan say relations between the two parties had stalled?', 'maintaining positive development momentum'],
    ['Did Song Tao say China cares little about its friendship with Vietnam?', 'attach great importance'],
  ])('%j', (q, quote) => {
    const a = engine.answer(q);
    expect(a.text.split('\n')[0]).toMatch(/^No\b/u);
    expect(a.citations[0]?.quote).toContain(quote);
  });

  it('the statement as the report gives it is still Yes', () => {
    expect(lead('Did Quan say some exchanges could not be held as scheduled?')).toMatch(/^Yes/u);
    expect(lead('Did Quan say relations between the two parties were maintaining positive momentum?')).toMatch(/^Yes/u);
  });

  it('a claim of lost momentum quotes the sentence about the momentum', () => {
    contradicted('Quan warned that Vietnam-China party relations had lost their positive momentum amid COVID-19', 'polarity', '2020-07-29');
    expect(first('Quan warned that Vietnam-China party relations had lost their positive momentum amid COVID-19').quote).toContain('positive development momentum');
    expect(first('Quan said ties between the two parties were losing momentum during the pandemic').quote).toContain('positive development momentum');
  });
});

describe('an event after the talks is not supported by what the talks said in general', () => {
  it.each([
    'After the videoconference, the CPV General Secretary made an official visit to China in autumn 2022',
    'After the talks, Song Tao made a trip to Hanoi in 2022',
    'Following the April 2022 talks, the Vietnamese party chief paid a state visit to Beijing',
  ])('%j is related', (claim) => {
    expect(first(claim).verdict).toBe('related');
  });

  it('a detail given otherwise after the talks is still contradicted', () => {
    contradicted('After the April 2022 talks, China and ASEAN have completed an effective Code of Conduct in the East Sea', 'status');
  });
});
