// The console's plain text: the answer, then one "— VNA, 29 July 2020: "…"" line per quoted sentence.
import { describe, expect, it } from 'vitest';
import type { Answer, Citation } from '../../src/answering/types.js';
import { citationLine, renderPlain } from '../../src/rendering/plain.js';
import { sharedEngine } from '../support/engine.js';

const phoneQuote: Citation = {
  talk: '2020-07-29-phone-talks',
  date: '2020-07-29',
  source: 'VNA',
  quote: 'Hoang Binh Quan and Song Tao held phone talks on July 29.',
};
const videoQuote: Citation = {
  talk: '2022-04-19-videoconference',
  date: '2022-04-19',
  source: 'VNA',
  quote: 'On this occasion, the two officials signed a cooperation plan.',
};

describe('renderPlain', () => {
  it('prints the answer, then one dated line per citation, in order', () => {
    const answer: Answer = { answered: true, intent: 'when', text: 'Line one.\nLine two.', citations: [phoneQuote, videoQuote], lang: 'en' };
    expect(renderPlain(answer)).toBe(
      [
        'Line one.',
        'Line two.',
        '— VNA, 29 July 2020: "Hoang Binh Quan and Song Tao held phone talks on July 29."',
        '— VNA, 19 April 2022: "On this occasion, the two officials signed a cooperation plan."',
      ].join('\n'),
    );
  });

  it('a refusal is just its text: no citation lines', () => {
    const answer: Answer = { answered: false, intent: 'unknown', text: 'The articles do not say.', citations: [], lang: 'en' };
    expect(renderPlain(answer)).toBe('The articles do not say.');
  });

  it('citationLine writes the outlet, the long date and the quote in straight double quotes', () => {
    expect(citationLine(phoneQuote)).toBe('— VNA, 29 July 2020: "Hoang Binh Quan and Song Tao held phone talks on July 29."');
    expect(citationLine({ ...phoneQuote, date: '2022-01-05', source: 'Nhan Dan' })).toMatch(/^— Nhan Dan, 5 January 2022: "/);
  });

  it('a real answer: "who took part in the 2022 talks?" names Le Hoai Trung and ends with a 19 April 2022 line', () => {
    const out = renderPlain(sharedEngine().answer('who took part in the 2022 talks?'));
    const lines = out.split('\n');
    expect(lines[0]).toContain('Le Hoai Trung');
    expect(lines.slice(1).length).toBeGreaterThan(0);
    for (const line of lines.slice(1)) expect(line).toMatch(/^— VNA, 19 April 2022: ".+"$/);
  });

  it('a real answer about both talks has a line for each date', () => {
    const out = renderPlain(sharedEngine().answer('when were the talks held?'));
    expect(out).toMatch(/^— VNA, 29 July 2020: "/m);
    expect(out).toMatch(/^— VNA, 19 April 2022: "/m);
  });
});
