// The structured answer every interface renders: lines that carry the numbers of their citations, citations that
// carry the id of the sentence they quote (cut and numbered in one place, the sentence index), a suggestion kept
// apart from the lines, and `text` only ever the plain rendering of all that.
import { describe, expect, it } from 'vitest';
import { cite } from '../../src/answering/citations.js';
import { answerText } from '../../src/answering/result.js';
import { articleSentences, sentenceIndex, sentenceOf } from '../../src/answering/sentences.js';
import type { Answer } from '../../src/answering/types.js';
import type { Article } from '../../src/facts/types.js';
import { messagesFor } from '../../src/i18n/index.js';
import { loadFreshSet } from '../support/fresh-set.js';
import { loadQuestionSet } from '../support/question-set.js';
import { sharedEngine } from '../support/engine.js';
import { withoutChatMarkup } from '../../src/chat-text.js';

const engine = sharedEngine();
const index = sentenceIndex(engine.kb);

/** Answers to every tuned question and one fresh set: answered, refused, corrected, in three languages. */
const answers: Answer[] = [
  ...['questions.json', 'holdout.json', 'vi.json', 'zh.json'].flatMap((f) => loadQuestionSet(f).map((e) => engine.answer(e.q))),
  ...loadFreshSet('en-r4.json').map((e) => engine.answer(withoutChatMarkup(e.q))),
];

describe('citations name their sentence', () => {
  it('every citation of every answer carries a sentence id the index resolves to exactly its quote, of its talk', () => {
    let checked = 0;
    for (const a of answers) {
      for (const c of a.citations) {
        const s = index.byId(c.sentence);
        expect(s?.text, `${c.sentence}: ${c.quote}`).toBe(c.quote);
        expect(s?.article.outlet).toBe(c.source);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(500);
  });

  it('a fact is cited by the sentence the index holds: same id, same text', () => {
    for (const talk of engine.kb.talks) {
      for (const evidence of [talk.when, talk.format, talk.summary, ...talk.statements, ...talk.agreements, ...talk.figures, ...talk.participants]) {
        const c = cite(talk, evidence);
        const held = articleSentences(evidence.article).find((s) => s.id === c.sentence);
        expect(held?.text, evidence.quote).toBe(c.quote);
        expect(c.quote).toContain(evidence.quote.replace(/\.\/\.$/, '.').replace(/\/\.$/, ''));
      }
    }
  });

  it('ids are `<article id>:<n>`, n the place in the article from 1, the same in every call', () => {
    const article = engine.kb.talks[0]?.article as Article;
    const first = articleSentences(article);
    first.forEach((s, i) => expect(s.id).toBe(`${article.id}:${i + 1}`));
    expect(articleSentences({ ...article }).map((s) => s.id)).toEqual(first.map((s) => s.id));
  });

  it('a quote that runs over a full stop is cited by the sentence it starts in, never by a span the index lacks', () => {
    const article: Article = { ...(engine.kb.talks[0]?.article as Article), id: 'test-article', body: 'One thing was said. Two things were signed. Three./.' };
    expect(articleSentences(article).map((s) => [s.id, s.text])).toEqual([
      ['test-article:1', 'One thing was said.'],
      ['test-article:2', 'Two things were signed.'],
      ['test-article:3', 'Three.'],
    ]);
    expect(sentenceOf(article, 'said. Two things')?.id).toBe('test-article:1');
    expect(sentenceOf(article, 'were signed')?.id).toBe('test-article:2');
    expect(sentenceOf(article, 'Three./.')?.text).toBe('Three.');
    expect(sentenceOf(article, 'not in the body')).toBeUndefined();
  });
});

describe('lines carry their citation numbers', () => {
  it('every line cites numbers within the citations, every citation is cited by a line, in order of first citing', () => {
    for (const a of answers) {
      const cited = a.lines.flatMap((l) => [...l.cites]);
      for (const n of cited) expect(n >= 1 && n <= a.citations.length, a.text).toBe(true);
      // Numbered the first time a line cites them: 1, 2, 3… in reading order.
      const firsts = cited.filter((n, i) => cited.indexOf(n) === i);
      expect(firsts, a.text).toEqual(a.citations.map((_c, i) => i + 1));
      if (!a.answered) expect(cited).toEqual([]);
    }
  });

  it('`text` is exactly the plain rendering of the lines (and the suggestion)', () => {
    for (const a of answers) expect(a.text).toBe(answerText(a.lines, a.lang, a.suggestion));
    const line = answers.find((a) => a.answered && a.lines.some((l) => l.cites.length > 1))?.lines.find((l) => l.cites.length > 1);
    expect(line).toBeDefined();
    expect(answerText(line ? [line] : [], 'en')).toBe(`${line?.text ?? ''} ${(line?.cites ?? []).map((n) => `[${n}]`).join('')}`);
  });

  it('a correction put before an answer moves the answer\'s numbers up, in the lines as in the text', () => {
    const a = engine.answer('Were the phone talks held on 19 July 2020?');
    expect(a.text).toMatch(/^No/);
    expect(a.lines[0]?.cites.length).toBeGreaterThan(0);
    expect(a.text).toBe(answerText(a.lines, a.lang));
  });

  it('no line carries a [n] marker or the "did you mean" sentence in its text', () => {
    for (const a of answers) {
      for (const l of a.lines) {
        expect(l.text, a.text).not.toMatch(/ \[\d+\]$/);
        if (a.suggestion) expect(l.text).not.toContain(messagesFor(a.lang).didYouMean(a.suggestion).trim());
      }
    }
  });

  it('a refusal\'s suggestion is apart from its lines; the text words it after the first line', () => {
    const a = engine.answer('what talks were held in 2019?');
    expect(a.suggestion).toBe('When were the talks held?');
    expect(a.lines.map((l) => l.text).join('\n')).not.toContain('Did you mean');
    expect(a.text.split('\n')[0]).toBe(`${a.lines[0]?.text ?? ''}${messagesFor('en').didYouMean('When were the talks held?')}`);
  });
});
