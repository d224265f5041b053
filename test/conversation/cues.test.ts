// The follow-up cues of data/lexicon/conversation.json: found where they stand, cut from what the reader reads,
// and not found inside words that only look like them.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCues, type CueReader } from '../../src/conversation/cues.js';
import { loadConversationFile } from '../../src/conversation/lexicon.js';
import { DEFAULT_DATA_DIR } from '../../src/facts/loader.js';
import { sharedEngine } from '../support/engine.js';

let cues: CueReader;
beforeAll(() => {
  cues = buildCues(loadConversationFile(DEFAULT_DATA_DIR), (t) => sharedEngine().lexicon.simplified(t));
});

describe('follow-up cues', () => {
  it.each([
    ['what did he give vietnam?', 'en', ['person'], 'what did give vietnam?'],
    ['was it a phone call?', 'en', ['thing'], 'was a phone call?'],
    ['who was there?', 'en', ['talk'], 'who was the talks ?'],
    ['and in the other talk?', 'en', ['other'], 'in the talks ?'],
    ['ông ấy nói gì?', 'vi', ['person'], 'nói gì?'],
    ['ong ay noi gi?', 'vi', ['person'], 'noi gi?'],
    ['他说了什么？', 'zh', ['person'], '说了什么？'],
    ['他們簽署了什麼？', 'zh', ['people'], '签署了什么？'],
  ] as const)('%s (%s): %j, the reader reads "%s"', (q, lang, refs, rest) => {
    const found = cues(q, lang);
    expect(found.references).toEqual(refs);
    expect(found.rest).toBe(rest);
  });

  it('words asking beyond the last answer: "what else", "what other document", "还", "khác"', () => {
    expect(cues('what else did he say?', 'en')).toMatchObject({ beyond: true, references: ['person'] });
    expect(cues('what other document was signed?', 'en').beyond).toBe(true);
    expect(cues('中方还送了什么？', 'zh').beyond).toBe(true);
    expect(cues('ông ấy còn nói gì khác?', 'vi').beyond).toBe(true);
    expect(cues('what did he say?', 'en').beyond).toBe(false);
    // Still a bare question word: "who else?".
    expect(cues('who else?', 'en')).toMatchObject({ bare: true, beyond: true });
  });

  it('"what about X, did…?": the question after the comma is read first, then what the opening named', () => {
    expect(cues('what about the 2022 talks, did covid come up there?', 'en')).toMatchObject({ elliptical: true, rest: 'did covid come up the talks the 2022 talks?' });
    // Without an opening, or when what follows the comma asks nothing, the order stays.
    expect(cues('in 2022, did covid come up?', 'en').rest).toBe('in 2022, did covid come up?');
    expect(cues('and the sea, briefly?', 'en').rest).toBe('the sea, briefly?');
  });

  it('a Vietnamese opening typed without diacritics, at the start only: "con nam 2020?"', () => {
    expect(cues('con nam 2020?', 'vi')).toMatchObject({ elliptical: true, rest: 'nam 2020?' });
  });

  it('ellipsis only at the start or the end: "and in 2020?", "còn năm 2020 thì sao?", "那2020年呢？"', () => {
    expect(cues('and in 2020?', 'en')).toMatchObject({ elliptical: true, asks: false, rest: 'in 2020?' });
    expect(cues('who signed and when?', 'en').elliptical).toBe(false);
    expect(cues('còn năm 2020 thì sao?', 'vi')).toMatchObject({ elliptical: true, asks: false, rest: 'năm 2020 ?' });
    expect(cues('那2020年呢？', 'zh')).toMatchObject({ elliptical: true, asks: false, rest: '2020年 ？' });
    // A lead word first: "ok and in 2020?".
    expect(cues('ok and in 2020?', 'en')).toMatchObject({ elliptical: true, rest: 'in 2020?' });
  });

  it('"còn năm 2020 thì sao, có ký gì không?": a closing after an opening ends its clause; the question words keep their place', () => {
    const c = cues('còn năm 2020 thì sao, có ký gì không?', 'vi');
    expect(c).toMatchObject({ elliptical: true, asks: true });
    expect(c.rest).toBe('năm 2020 , có ký gì không?');
    // Without an opening, a closing inside the question is no cue.
    expect(cues('năm 2020 thì sao, có ký gì không?', 'vi').found).not.toContain('thì sao');
  });

  it('"n" opens an ellipsis as "and" does: "n what about 2022 lol"', () => {
    expect(cues('n what about 2022 lol', 'en')).toMatchObject({ elliptical: true, asks: false, rest: '2022 lol' });
  });

  it('sameness and posts are noticed, never cut, cue words included: "same guy as in 2020?", "is that the same post…"', () => {
    expect(cues('same guy as in 2020?', 'en')).toMatchObject({ same: true, post: false, rest: 'same guy as in 2020?' });
    expect(cues('is that the same post quan had in 2020?', 'en')).toMatchObject({ same: true, post: true });
    expect(cues('năm 2020 ông Quân cũng giữ chức vụ đó à?', 'vi')).toMatchObject({ same: true, post: true });
    expect(cues('2020年也是同一个人吗？', 'zh')).toMatchObject({ same: true });
    expect(cues('who signed the plan?', 'en')).toMatchObject({ same: false, post: false });
  });

  it('where "it" stands: the question around it, for naming the thing in full', () => {
    expect(cues('was it for 2021-2030?', 'en').thing).toEqual({ before: 'was ', after: ' for 2021-2030?' });
    expect(cues('who signed the plan?', 'en').thing).toBeNull();
  });

  it('a statement put back: its only question words after its subject ("and the original figure was in yuan?"), not a question opening with one', () => {
    expect(cues('and the original figure was in yuan?', 'en').stated).toBe(true);
    expect(cues('so Le Hoai Trung was on that call?', 'en').stated).toBe(true);
    expect(cues('he was at both talks?', 'en').stated).toBe(true);
    expect(cues('was the original figure in yuan?', 'en').stated).toBe(false);
    expect(cues('the 2022 talks, who attended?', 'en').stated).toBe(false);
    expect(cues('and what was the figure?', 'en').stated).toBe(false);
    expect(cues('in dollars?', 'en').stated).toBe(false);
    expect(cues('他是黎怀忠吗？', 'zh').stated).toBe(false);
  });

  it('a bare question word: "why?", "who else?", "tại sao?", "为什么？"', () => {
    for (const [q, lang] of [['why?', 'en'], ['who else?', 'en'], ['Tại sao?', 'vi'], ['为什么？', 'zh']] as const) expect(cues(q, lang).bare, q).toBe(true);
    expect(cues('who attended?', 'en').bare).toBe(false);
  });

  it('not a cue: "was there", "其他", a one-syllable Vietnamese pronoun typed without its diacritics', () => {
    expect(cues('was there any agreement in 2020?', 'en').references).toEqual([]);
    expect(cues('what did the other side say?', 'en').references).toEqual([]);
    expect(cues('其他国家呢？', 'zh').references).toEqual([]);
    // "no" is not "nó", "do" is not "đó".
    expect(cues('no la gi?', 'vi').references).toEqual([]);
    expect(cues('do ai ky?', 'vi').references).toEqual([]);
    expect(cues('nó là gì?', 'vi').references).toEqual(['thing']);
  });

  it('a word typed with other diacritics is another word: "văn kiện" holds no "vẫn" (still), "van" typed bare may be it', () => {
    expect(cues('Còn năm 2022 họ ký những văn kiện gì?', 'vi').same).toBe(false);
    expect(cues('ông ấy vẫn giữ chức đó à?', 'vi').same).toBe(true);
    expect(cues('ong ay van giu chuc do a?', 'vi').same).toBe(true);
  });

  it('a word of response is noticed, never cut: "was song tao receptive to all that?", "中方怎么回应的？"', () => {
    expect(cues('was song tao receptive to all that?', 'en').response).toBe(true);
    expect(cues('中方怎么回应的？', 'zh').response).toBe(true);
    expect(cues('did Song Tao react well to that?', 'en').rest).toContain('react');
    expect(cues('what did he say about that?', 'en').response).toBe(false);
  });

  it('says when the asker leaves the subject, asks where, or names talks in general', () => {
    expect(cues('cool. unrelated but can u recommend a good vpn?', 'en').reset).toBe(true);
    expect(cues('where in china?', 'en').place).toBe(true);
    expect(cues('when were the talks held?', 'en').namesTalks).toBe(true);
  });

  it('the noun a "that" determines: "that goal", "mục tiêu đó", "那个目标"', () => {
    expect(cues('what is that goal exactly?', 'en').determined).toEqual(['goal']);
    expect(cues('mục tiêu đó là gì?', 'vi').determined).toEqual(['tiêu']);
    expect(cues('那个目标是什么？', 'zh').determined).toEqual(['目标']);
    // Not a word past punctuation: "china" here is one of the choices, not what "it" stands for.
    expect(cues('which side raised it, china or vietnam?', 'en').determined).toEqual([]);
  });

  it('words for the articles themselves point at both talks', () => {
    expect(cues('how many times did he talk with them in these articles?', 'en').references).toContain('both');
  });
});

describe('data/lexicon/conversation.json is checked like the rest of data/', () => {
  it('a malformed entry stops the load, naming the file and what is wrong', () => {
    const dir = mkdtempSync(join(tmpdir(), 'talks-bot-cues-'));
    try {
      cpSync(DEFAULT_DATA_DIR, dir, { recursive: true });
      const file = join(dir, 'lexicon', 'conversation.json');
      const data = JSON.parse(readFileSync(file, 'utf8')) as { languages: { en: { person: string[] } } };
      data.languages.en.person.push('He ');
      writeFileSync(file, JSON.stringify(data));
      expect(() => loadConversationFile(dir)).toThrow(/lexicon\/conversation\.json.*lower case/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a re-ask template without its placeholder stops the load: a language is data, checked', () => {
    expect(loadConversationFile(DEFAULT_DATA_DIR).reAsk.vi.who).toContain('{deed}');
    const dir = mkdtempSync(join(tmpdir(), 'talks-bot-cues-'));
    try {
      cpSync(DEFAULT_DATA_DIR, dir, { recursive: true });
      const file = join(dir, 'lexicon', 'conversation.json');
      const data = JSON.parse(readFileSync(file, 'utf8')) as { reAsk: { zh: { claim: string } } };
      data.reAsk.zh.claim = '{name}，对吗？';
      writeFileSync(file, JSON.stringify(data));
      expect(() => loadConversationFile(dir)).toThrow(/lexicon\/conversation\.json.*\{deed\}/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
