// A post the question gives a person it names ("中联部部长黎怀忠", "Le Hoai Trung, head of the International Liaison
// Department") is put right before the answer even when the question asks of a subject whose sentences give no posts
// (the border): the post is checked on its own, against the sentence naming that person at the talk.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();

describe('a wrong post beside a subject asked: put right, then what was said', () => {
  it.each([
    ['中联部部长黎怀忠在会谈中谈了哪些边界方面的事？', /^不对，.*越共中央对外部部长/u, '边境'],
    ['黎怀忠、中联部部长，在2022年会谈中就陆地边界说了什么？', /^不对，.*越共中央对外部部长/u, '陆地边界'],
    ['身为中联部部长的黎怀忠在边境问题上提了什么？', /^不对，.*越共中央对外部部长/u, '边境'],
    ['What border issues did Le Hoai Trung, head of the International Liaison Department, raise?', /^Not quite\..*Commission for External Relations/u, 'border'],
    ['Trưởng Ban Liên lạc Đối ngoại Trung Quốc Lê Hoài Trung đã nêu những vấn đề biên giới nào?', /^Không phải vậy\..*Ban Đối ngoại Trung ương Đảng Cộng sản Việt Nam/u, 'biên giới'],
    ['Với tư cách Trưởng Ban Liên lạc Đối ngoại, ông Lê Hoài Trung nói gì về biên giới?', /^Không phải vậy\..*Ban Đối ngoại Trung ương Đảng Cộng sản Việt Nam/u, 'biên giới'],
  ])('%s', (q, lead, said) => {
    const a = engine.answer(q);
    expect(a.answered, a.text).toBe(true);
    const [first, ...rest] = a.text.split('\n');
    expect(first, a.text).toMatch(lead);
    // The correction cites the sentence naming him, of the talk he took part in.
    expect(first).toMatch(/\[\d\]$/u);
    expect(rest.join('\n')).toContain(said);
    expect(a.citations.every((c) => c.date === '2022-04-19')).toBe(true);
  });
});

describe('near cases that do not change', () => {
  it.each([
    // The post given rightly: no correction.
    ['越共中央对外部部长黎怀忠在会谈里提了哪些边境问题？'],
    ['What border issues did Le Hoai Trung, head of the CPV Commission for External Relations, raise?'],
    ['中联部部长宋涛在2022年会谈中说了什么？'],
    ['越共中央对外部部长黄平君对洪灾说了什么？'],
  ])('%s', (q) => {
    const a = engine.answer(q);
    expect(a.answered, a.text).toBe(true);
    expect(a.text).not.toMatch(/^(不对|Not quite|Không phải vậy)/u);
  });
});
