// What a user sees when a question spreads over the talks ("in either conversation", "in each of the two talks"),
// compares a talk named one way with one named another ("the second time compared with 2020"), puts a date on people
// who met at another talk, drops a letter of a chat word ("kno"), or writes a year as chat does ("april 22").
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answering/engine.js';
import { sharedEngine } from '../support/engine.js';

let engine: Engine;
beforeAll(() => {
  engine = sharedEngine();
});

const ask = (q: string) => engine.answer(q);
const dates = (q: string) => new Set(ask(q).citations.map((c) => c.date));

describe('a question spread over the talks', () => {
  it('answers "in either conversation" with a Yes from the talk that has it, the silent one no evidence to cite', () => {
    // "material assistance" is aid since across65: the 2020 talk reports none from China, so only 2022 is cited.
    const q = 'Did China offer any material assistance to Vietnam in either conversation?';
    const a = ask(q);
    expect(a.text).toMatch(/^Yes\./);
    expect(a.text).toMatch(/medical supplies/);
    expect(dates(q)).toEqual(new Set(['2022-04-19']));
  });

  it('gives the 70th anniversary and the centenary when each talk is asked for its anniversary or milestone', () => {
    const a = ask('What anniversary or milestone came up in each of the two talks?');
    expect(a.text).toMatch(/70th/);
    expect(a.text).toMatch(/centenary/);
  });

  it('reads "the second time compared with 2020" as the two talks, on the subject the context named', () => {
    const q = 'Vietnam raised maritime tensions in both talks. What was more specific the second time compared with 2020?';
    const a = ask(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Code of Conduct|DOC/);
    expect(dates(q)).toEqual(new Set(['2020-07-29', '2022-04-19']));
  });
});

describe('a date or format put on people who met at another talk', () => {
  it('puts the call right and gives what the two signed at the talk they held', () => {
    const a = ask('What did Song Tao and Le Hoai Trung sign during their 2020 phone call?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/held no talks in 2020/);
    expect(a.text).toMatch(/cooperation plan/);
    expect(a.text).not.toMatch(/There were no talks in 2020/);
    expect(dates('What did Song Tao and Le Hoai Trung sign during their 2020 phone call?')).toEqual(new Set(['2022-04-19']));
  });

  it('still puts a person right when the people named were not together at the talk that signed', () => {
    expect(ask('What did Quan sign in 2022?').text).toMatch(/Hoang Binh Quan did not take part/);
  });
});

describe('chat spelling', () => {
  it('reads "kno" as know and "in april 22" as April 2022', () => {
    const a = ask('gm everyone. anyone kno what they signed in april 22?');
    expect(a.answered).toBe(true);
    expect(a.text).not.toMatch(/kno/);
    expect(a.text).toMatch(/training cadres/);
  });

  it('keeps "on april 22" a day, put right', () => {
    expect(ask('were the talks on april 22?').text).toMatch(/^No/);
  });
});

describe('the side asked about', () => {
  it('answers what the Vietnamese official congratulated China on, not what Song Tao said', () => {
    const a = ask('What Chinese national achievement did the Vietnamese official offer congratulations on in 2022?');
    expect(a.text).toMatch(/centenary/);
    expect(a.text).not.toMatch(/13th National Congress/);
  });
});
