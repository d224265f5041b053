// A name the articles lack, typed after a title they use ("General Secretary Nguyen Phu Trong", "President Xi"), is
// a person they do not report: refused and named, even beside a person they do report. An office typed beside a
// person they report ("Propaganda Department head Song Tao", "Minister Song Tao") stays a role the answer puts right.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answering/engine.js';
import { sharedEngine } from '../support/engine.js';

let engine: Engine;
beforeAll(() => {
  engine = sharedEngine();
});

const ask = (q: string) => engine.answer(q);
const first = (q: string) => ask(q).lines[0]?.text ?? '';

describe('a name after a title is a person the articles lack', () => {
  it.each([
    ['What did Song Tao and General Secretary Nguyen Phu Trong discuss in their talks?', 'Nguyen Phu Trong'],
    ['What Did Song Tao Tell General Secretary John Smith?', 'John Smith'],
    ['what did song tao and general secretary John Smith talk about', 'John Smith'],
    ['Trong lần hội đàm giữa ông Tống Đào và Tổng Bí thư Nguyễn Phú Trọng, hai người bàn những gì?', 'Nguyễn Phú Trọng'],
    ['宋涛和阮富仲总书记会谈时谈了什么？', '阮富仲'],
  ])('refuses %s, naming %s', (q, name) => {
    const a = ask(q);
    expect(a.answered).toBe(false);
    expect(a.citations).toHaveLength(0);
    expect(first(q)).toContain(name);
  });
});

describe('an office beside a person the articles report is still put right', () => {
  it.each([
    ['why did Propaganda Department head Song Tao congratulate Vietnam?', 'International Liaison Department'],
    ['What did Minister Song Tao say?', 'International Liaison Department'],
    ['What did General Secretary Hoang Binh Quan say?', 'Commission for External Relations'],
  ])('answers %s with the right post', (q, post) => {
    const a = ask(q);
    expect(a.answered).toBe(true);
    expect(a.lines.map((l) => l.text).join('\n')).toContain(post);
  });

  it('answers what the General Secretaries\' talks were credited with', () => {
    expect(ask('What did the two General Secretaries\' phone talks achieve, according to the 2022 talks?').answered).toBe(true);
  });
});
