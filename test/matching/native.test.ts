// Vietnamese and Chinese read natively, beyond the hand-written glossaries: Vietnamese by runs of syllables
// found in the facts' own wording (with and without diacritics), Chinese cut by jieba and read through
// CC-CEDICT; words found nowhere tolerated unless they are what the question asks about. The segmenter and
// the dictionary load on the first Chinese question only.
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answering/engine.js';
import { buildFactIndex } from '../../src/answering/fact-index.js';
import { DEFAULT_DATA_DIR, loadKnowledgeBase } from '../../src/facts/loader.js';
import { loadLexicon } from '../../src/lexicon/lexicon.js';
import { createEngine } from '../../src/answering/engine.js';

let engine: Engine;
const jiebaLoaded = () => Object.keys(createRequire(import.meta.url).cache).some((path) => path.includes('@node-rs/jieba'));

beforeAll(() => {
  engine = createEngine(loadKnowledgeBase(DEFAULT_DATA_DIR), loadLexicon(DEFAULT_DATA_DIR));
});

const tokens = (q: string) => engine.reader.tokens(q);
const refusedNaming = (q: string) => {
  const r = engine.read(q);
  return r.kind === 'refusal' && r.refusal.kind === 'absent' ? r.refusal.things.join(' | ') : null;
};

describe('loading', () => {
  // First in this file: no Chinese question has been asked yet in this process.
  it('jieba is not loaded by English or Vietnamese questions', () => {
    engine.answer('who took part in the 2022 talks?');
    engine.answer('Ai tham gia hội đàm năm 2022?');
    expect(jiebaLoaded()).toBe(false);
    engine.answer('宋涛是谁？');
    expect(jiebaLoaded()).toBe(true);
  });
});

describe('Vietnamese by syllables', () => {
  it('a run of syllables the glossary lacks but a fact\'s wording uses is evidence for that fact, typed with or without diacritics', () => {
    for (const q of ['Ông Quân nói gì về thiệt hại tài sản ở Trung Quốc?', 'ong quan noi gi ve thiet hai tai san o trung quoc']) {
      const found = tokens(q).filter((t) => t.native === 'wording').map((t) => t.lemma);
      expect(found.length, q).toBeGreaterThan(0);
      expect(found.every((k) => k.startsWith('vi:')), q).toBe(true);
      expect(engine.answer(q).citations.map((c) => c.date)).toContain('2020-07-29');
    }
  });

  it('the fact index finds facts by those keys, built on first use', () => {
    const facts = buildFactIndex(loadKnowledgeBase(DEFAULT_DATA_DIR), loadLexicon(DEFAULT_DATA_DIR));
    expect(facts.idf('vi:tai san')).toBeGreaterThan(0);
    expect(facts.factsUsing('vi:tai san').some((f) => f.fact.kind === 'statement' && f.talk.date === '2020-07-29')).toBe(true);
    expect(facts.factsUsing('zh:洪涝').length).toBeGreaterThan(0);
    expect(facts.idf('vi:khong co dau')).toBe(0);
  });

  it('words found nowhere do not by themselves refuse a question that names what it is about', () => {
    const q = 'Hồi ấy ông Quân nói gì về tranh chấp?';
    expect(tokens(q).filter((t) => t.native === 'unknown').map((t) => t.text)).toEqual(['hoi', 'ay']);
    expect(engine.answer(q).answered).toBe(true);
  });

  it('a word found nowhere that a question word asks about is still refused, with its neighbours', () => {
    expect(refusedNaming('Kế hoạch hợp tác có kinh phí bao nhiêu?')).toMatch(/kinh ph[ií]/i);
    expect(refusedNaming('Hai bên nói gì về biến đổi khí hậu?')).not.toBeNull();
  });

  it('a yes/no question is not answered past a word found nowhere: no fact confirms that detail', () => {
    expect(engine.answer('Hồi ấy hai bên có bàn về tranh chấp trên biển không?').answered).toBe(false);
  });

  it('a question of nothing but an unknown word is refused ("Trọng")', () => {
    expect(refusedNaming('Trọng')).toMatch(/trong/i);
  });

  it('an ordinal after its noun is read before it, in the singular ("văn kiện thứ ba" → "third document")', () => {
    expect(tokens('Văn kiện thứ ba được ký năm 2022 là gì?').map((t) => t.text).join(' ')).toContain('third document');
  });
});

describe('Chinese through jieba and CC-CEDICT', () => {
  it('a word the glossary lacks is read as the English CC-CEDICT gives, named as typed', () => {
    const t = tokens('宋涛对越方的关切怎么回应？').find((x) => x.cased === '关切');
    expect(t?.text).toBe('concerned');
    expect(engine.answer('宋涛对越方的关切怎么回应？').answered).toBe(true);
  });

  it('a glossary word is not cut out of a longer word ("时" of "当时")', () => {
    const words = tokens('中国当时遭遇了什么灾害？').map((t) => t.cased);
    expect(words).toContain('当时');
  });

  it('a name jieba tags that the articles lack is refused in the asker\'s words', () => {
    expect(refusedNaming('习近平说了什么？')).toBe('习近平');
  });

  it('a noun found nowhere is refused; other words found nowhere are tolerated', () => {
    expect(refusedNaming('中方送了多少呼吸机')).toBe('呼吸机');
    expect(refusedNaming('气候变化谈了什么')).not.toBeNull();
  });

  it('an ordinal before its noun makes the noun singular ("第三份文件" → "third document")', () => {
    expect(tokens('2022年会谈签署的第三份文件是什么？').map((t) => t.text).join(' ')).toContain('third document');
    expect(engine.answer('2022年会谈签署的第三份文件是什么？').answered).toBe(false);
  });
});
