// The console's plain text: the answer with its [n] markers, then each quoted sentence under the same number
// ("[1] VNA, 29 July 2020: "…""); on a terminal, wrapped to its width with a hanging indent and coloured,
// unless NO_COLOR says otherwise.
import { describe, expect, it } from 'vitest';
import type { Answer, Citation } from '../../src/answering/types.js';
import { toJson } from '../../src/console/json.js';
import { citationLine, plainOptionsFor, renderPlain } from '../../src/console/plain.js';
import { displayWidth, wrap } from '../../src/console/wrap.js';
import { sharedEngine } from '../support/engine.js';

const phoneQuote: Citation = {
  talk: '2020-07-29-phone-talks',
  date: '2020-07-29',
  source: 'VNA',
  quote: 'Hoang Binh Quan and Song Tao held phone talks on July 29.',
  sentence: 'vna-2020-07-29:1',
};
const videoQuote: Citation = {
  talk: '2022-04-19-videoconference',
  date: '2022-04-19',
  source: 'VNA',
  quote: 'On this occasion, the two officials signed a cooperation plan.',
  sentence: 'vna-2022-04-19:9',
};
const ESC = '\u001b[';
// Matching the escape character is the point here.
// eslint-disable-next-line no-control-regex
const stripAnsi = (s: string) => s.replace(/\u001b\[\d+m/g, '');

describe('renderPlain', () => {
  it('prints the answer, then each quote under its number, in order', () => {
    const answer: Answer = {
      answered: true,
      intent: 'when',
      lines: [
        { text: 'Line one.', cites: [1] },
        { text: 'Line two.', cites: [2] },
      ],
      text: 'Line one. [1]\nLine two. [2]',
      citations: [phoneQuote, videoQuote],
      lang: 'en',
    };
    expect(renderPlain(answer)).toBe(
      [
        'Line one. [1]',
        'Line two. [2]',
        '[1] VNA, 29 July 2020: "Hoang Binh Quan and Song Tao held phone talks on July 29."',
        '[2] VNA, 19 April 2022: "On this occasion, the two officials signed a cooperation plan."',
      ].join('\n'),
    );
  });

  it('a refusal is just its text: no quote lines', () => {
    const answer: Answer = { answered: false, intent: 'unknown', lines: [{ text: 'The articles do not say.', cites: [] }], text: 'The articles do not say.', citations: [], lang: 'en' };
    expect(renderPlain(answer)).toBe('The articles do not say.');
  });

  it('citationLine writes the number, the outlet, the long date and the quote in straight double quotes', () => {
    expect(citationLine(phoneQuote, 1)).toBe('[1] VNA, 29 July 2020: "Hoang Binh Quan and Song Tao held phone talks on July 29."');
    expect(citationLine({ ...phoneQuote, date: '2022-01-05', source: 'Nhan Dan' }, 12)).toMatch(/^\[12\] Nhan Dan, 5 January 2022: "/);
  });

  it('a real answer: every [n] in the text has its quote line, numbered in the order of the citations', () => {
    const answer = sharedEngine().answer('when were the talks held?');
    const out = renderPlain(answer);
    const markers = new Set([...answer.text.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1])));
    expect(markers.size).toBe(answer.citations.length);
    answer.citations.forEach((c, i) => expect(out).toContain(citationLine(c, i + 1)));
    expect(out).toMatch(/^\[1\] VNA, 29 July 2020: "/m);
    expect(out).toMatch(/^\[2\] VNA, 19 April 2022: "/m);
  });

  it('wraps to the width given: no line wider, quotes continued under their text, nothing lost', () => {
    const answer = sharedEngine().answer('what did Song Tao say?');
    const out = renderPlain(answer, { width: 60 });
    const lines = out.split('\n');
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(60);
    expect(lines.length).toBeGreaterThan(renderPlain(answer).split('\n').length);
    // The same words in the same order.
    expect(out.replace(/\s+/g, ' ')).toBe(renderPlain(answer).replace(/\s+/g, ' '));
    const firstQuote = lines.findIndex((l) => l.startsWith('[1] VNA'));
    expect(lines[firstQuote + 1]).toMatch(/^ {4}\S/);
  });

  it('colours numbers and sources only when asked; the text without colour codes is the same', () => {
    const answer = sharedEngine().answer('who took part in the 2022 talks?');
    expect(renderPlain(answer)).not.toContain(ESC);
    const coloured = renderPlain(answer, { colour: true });
    expect(coloured).toContain(`${ESC}36m[1]`);
    expect(stripAnsi(coloured)).toBe(renderPlain(answer));
  });
});

describe('rendered from the structure', () => {
  it('prints the lines and their citation numbers, never re-reading `text`', () => {
    const answer: Answer = {
      answered: true,
      intent: 'when',
      lines: [{ text: 'Held on 29 July 2020.', cites: [1] }],
      text: 'not what is printed',
      citations: [phoneQuote],
      lang: 'en',
    };
    expect(renderPlain(answer).split('\n')[0]).toBe('Held on 29 July 2020. [1]');
    expect(renderPlain(answer, { colour: true }).split('\n')[0]).toBe(`Held on 29 July 2020. ${ESC}1m${ESC}36m[1]${ESC}0m`);
  });

  it('a refusal\'s suggestion is worded after its first line, as in its text', () => {
    const a = sharedEngine().answer('what talks were held in 2019?');
    expect(a.suggestion).toBeDefined();
    expect(renderPlain(a)).toBe(a.text);
  });

  it('--json gives the lines with their numbers and each citation\'s sentence id', () => {
    const a = sharedEngine().answer('when were the talks held?');
    const json = toJson('when were the talks held?', a);
    expect(json.lines).toEqual(a.lines.map((l) => ({ text: l.text, cites: [...l.cites] })));
    expect(json.lines.some((l) => l.cites.length > 0)).toBe(true);
    expect(json.citations.map((c) => c.sentence)).toEqual(a.citations.map((c) => c.sentence));
    for (const c of json.citations) expect(c.sentence).toMatch(/^[\w-]+:\d+$/);
  });
});

describe('plainOptionsFor: terminal width and colour', () => {
  it('not a terminal: no wrapping, no colour, whatever the environment', () => {
    expect(plainOptionsFor({ isTTY: false, columns: 50 }, {})).toEqual({});
    expect(plainOptionsFor({}, { COLUMNS: '50' })).toEqual({});
  });

  it('a terminal: its width and colour', () => {
    expect(plainOptionsFor({ isTTY: true, columns: 72 }, {})).toEqual({ width: 72, colour: true });
    expect(plainOptionsFor({ isTTY: true }, { COLUMNS: '100' })).toEqual({ width: 100, colour: true });
  });

  it('NO_COLOR set to anything non-empty, or TERM=dumb, turns colour off (an empty NO_COLOR does not)', () => {
    expect(plainOptionsFor({ isTTY: true, columns: 72 }, { NO_COLOR: '1' })).toEqual({ width: 72, colour: false });
    expect(plainOptionsFor({ isTTY: true, columns: 72 }, { TERM: 'dumb' })).toEqual({ width: 72, colour: false });
    expect(plainOptionsFor({ isTTY: true, columns: 72 }, { NO_COLOR: '' })).toEqual({ width: 72, colour: true });
  });
});

describe('wrap', () => {
  it('breaks at spaces within the width, with a hanging indent after the first line', () => {
    expect(wrap('the quick brown fox jumps over the lazy dog', 20, 2)).toEqual(['the quick brown fox', '  jumps over the lazy', '  dog']);
  });

  it('counts Chinese characters as two columns and breaks between them, never before "，" or "。"', () => {
    const text = '双方同意，继续加强两党交流合作，推动两国关系健康稳定发展。';
    const lines = wrap(text, 21);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(21);
    expect(lines.join('')).toBe(text);
    for (const line of lines.slice(1)) expect(line).not.toMatch(/^[，。]/);
    expect(displayWidth('双方')).toBe(4);
  });

  it('Vietnamese accents take no extra column; a word longer than a line is cut', () => {
    expect(displayWidth('Lê Hoài Trung'.normalize('NFD'))).toBe(13);
    expect(wrap('x'.repeat(50), 20)).toEqual(['x'.repeat(20), 'x'.repeat(20), 'x'.repeat(10)]);
  });

  it('keeps the text\'s own line breaks', () => {
    expect(wrap('one\ntwo three', 40)).toEqual(['one', 'two three']);
  });
});
