// A country the articles lack, named in the asker's own language ("菲律宾", "Nhật Bản") or with the person it sends
// ("韩国代表"), is another country's affairs: out of scope and refused, never a wrong person in a participant's place
// put right by who held it ("不对，报道没有提到菲律宾；…与宋涛会谈的是黎怀忠").
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const firstLine = (q: string) => engine.answer(q).lines[0]?.text ?? '';

describe('a country the articles lack is refused, not put right as a participant', () => {
  it.each([
    ['中国和菲律宾最近在南海又闹了什么矛盾？', '菲律宾'],
    ['中国和日本最近在东海又发生了什么冲突？', '日本'],
    ['2022年黎怀忠和菲律宾谈了什么南海问题？', '菲律宾'],
    ['宋涛2020年同泰国讨论了哪些问题？', '泰国'],
    ['美国和中国在2022年谈了什么贸易问题？', '美国'],
    ['2022年视频会谈上，宋涛和韩国代表谈了什么？', '韩国'],
    ['Năm 2022 ông Trung đã nói gì với đại diện Nhật Bản?', 'Nhật Bản'],
    ['What did Song Tao discuss with Japan in the 2022 talks?', 'Japan'],
  ])('%j', (q, country) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(false);
    expect(firstLine(q)).toContain(country);
    expect(firstLine(q)).not.toMatch(/^(不对|Không phải|No\b)/u);
  });
});

describe('near cases keep their answers', () => {
  it('a person the articles lack in a participant’s place is still put right', () => {
    expect(firstLine('2022年王毅和黎怀忠谈了什么？')).toMatch(/^不对.*宋涛/u);
  });

  it('who held the talk is answered', () => {
    const a = engine.answer('2022年黎怀忠和谁会谈？');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('宋涛');
  });

  it('the two sides named together are the talks’ own', () => {
    const a = engine.answer('中越两国2022年在南海问题上说了什么？');
    expect(a.answered).toBe(true);
    expect(a.citations.map((c) => c.date)).toContain('2022-04-19');
  });
});
