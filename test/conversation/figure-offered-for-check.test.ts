// A figure offered back for a check, with no question word and no verb that asks ("so like 1.5 million dollars?",
// "thats since the 12th congress ya?"): a yes/no, led by No when the articles give the figure otherwise. A closing
// tag ("ya", "yeah") is not the bot addressed.
import { describe, expect, it } from 'vitest';
import { cited, lastOf } from '../support/conversation.js';

const GIFT = 'how much was the covid aid from the chinese side worth';
const CONGRATULATED = 'in 2022 what was vietnam congratulated on by song tao';

describe('an amount offered back', () => {
  it('in another currency: No, with the articles’ figure', () => {
    for (const q of ['so 1.5 million usd?', 'ok like 1.5 million bucks?', 'basically 1.5 million dollars then?']) {
      const a = lastOf(GIFT, q);
      expect(a.text, q).toMatch(/^No/u);
      expect(a.text, q).toMatch(/CNY/u);
      expect(cited(a), q).toEqual(['2022-04-19']);
    }
  });

  it('as the articles give it: Yes', () => {
    const a = lastOf(GIFT, 'so 1.5 million yuan?');
    expect(a.text).toMatch(/^Yes/u);
  });
});

describe('an ordinal offered back', () => {
  it('the wrong congress: No, the 13th', () => {
    for (const q of ['since the 11th congress?', 'thats from the 12th national congress ya?', 'the 14th party congress yeah?']) {
      const a = lastOf(CONGRATULATED, q);
      expect(a.answered, q).toBe(true);
      expect(a.text, q).toMatch(/^No/u);
      expect(a.text, q).toMatch(/13th/u);
    }
  });

  it('the right one: Yes', () => {
    const a = lastOf(CONGRATULATED, 'since the 13th congress ya?');
    expect(a.text).toMatch(/^Yes/u);
  });

  it('alone, with the closing tag, it is still a check, not a question to the bot', () => {
    const a = lastOf('song tao praised what vietnam did since the 12th congress ya?');
    expect(a.intent).not.toBe('help');
  });
});

describe('what must not change', () => {
  it('a question to the bot with "ya" still gets the introduction', () => {
    expect(lastOf('who are ya?').intent).toBe('help');
  });

  it('a number inside a name asks no check ("COVID-19?")', () => {
    expect(lastOf('COVID-19?').text).not.toMatch(/^(Yes|No)/u);
  });

  it('a request with a number asks no check ("top 3 topics?")', () => {
    expect(lastOf('top 3 topics?').text).not.toMatch(/^(Yes|No)/u);
  });

  it('a question word keeps it a question ("which congress, the 12th?" is not answered Yes)', () => {
    expect(lastOf(CONGRATULATED, 'which congress was that?').text).not.toMatch(/^Yes/u);
  });
});
