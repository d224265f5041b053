// The Discord embed: Discord's limits hold whatever the answer's size, cuts fall between words with "…",
// quotes are numbered as the text's [n] markers and at most a few are shown, the footer names the article
// date(s) and how many quotes there are (the rest are behind the More sources button).
import type { APIEmbed } from 'discord.js';
import { describe, expect, it } from 'vitest';
import type { Answer, Citation } from '../../../src/answering/types.js';
import { DiscordLimits } from '../../../src/discord/limits.js';
import { QUOTES_PER_PAGE, renderAnswerEmbed, renderEmbed, renderQuotesEmbed, textWithoutSuggestion } from '../../../src/discord/rendering/embed.js';
import { truncate } from '../../../src/discord/rendering/truncate.js';
import { sharedEngine } from '../../support/engine.js';

/** Distinct words so a cut position can be checked against the original text. */
function prose(length: number, tag: string): string {
  const words: string[] = [];
  for (let i = 0; words.join(' ').length < length; i++) words.push(`${tag}${i}`);
  return words.join(' ').slice(0, length);
}

function total(e: APIEmbed): number {
  return (
    (e.title?.length ?? 0) +
    (e.description?.length ?? 0) +
    (e.footer?.text.length ?? 0) +
    (e.author?.name.length ?? 0) +
    (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

function expectWithinLimits(e: APIEmbed): void {
  expect(e.title?.length ?? 0).toBeLessThanOrEqual(DiscordLimits.embedTitle);
  expect(e.description?.length ?? 0).toBeLessThanOrEqual(DiscordLimits.embedDescription);
  expect(e.fields?.length ?? 0).toBeLessThanOrEqual(DiscordLimits.embedFields);
  for (const f of e.fields ?? []) {
    expect(f.name.length).toBeLessThanOrEqual(DiscordLimits.embedFieldName);
    expect(f.value.length).toBeLessThanOrEqual(DiscordLimits.embedFieldValue);
    expect(f.name.trim().length).toBeGreaterThan(0);
    expect(f.value.trim().length).toBeGreaterThan(0);
  }
  expect(e.footer?.text.length ?? 0).toBeLessThanOrEqual(DiscordLimits.embedFooter);
  expect(total(e)).toBeLessThanOrEqual(DiscordLimits.embedTotal);
}

/** `cut` ends with "…" and, without it, is the start of `original` ending at a word boundary. */
function expectCutAtWord(cut: string, original: string): void {
  expect(cut.endsWith('…')).toBe(true);
  const kept = cut.slice(0, -1);
  expect(original.startsWith(kept)).toBe(true);
  expect(kept.length).toBeLessThan(original.length);
  expect(original[kept.length]).toBe(' ');
  expect(kept.endsWith(' ')).toBe(false);
}

const HUGE_TEXT = prose(10_000, 'answer');
const hugeCitations: Citation[] = Array.from({ length: 40 }, (_, i) => ({
  talk: i % 2 === 0 ? '2020-07-29-phone-talks' : '2022-04-19-videoconference',
  date: i % 2 === 0 ? '2020-07-29' : '2022-04-19',
  source: 'VNA',
  quote: prose(2_000, `q${i}w`),
  sentence: `${i % 2 === 0 ? 'vna-2020-07-29' : 'vna-2022-04-19'}:${i + 1}`,
}));
const huge: Answer = { answered: true, intent: 'topic', lines: [{ text: HUGE_TEXT, cites: [] }], text: HUGE_TEXT, citations: hugeCitations, lang: 'en' };

describe('renderEmbed with a huge answer (10,000-character text, 40 citations of 2,000 characters)', () => {
  const embed = renderEmbed(huge, 'What did they say about everything?');

  it('keeps every Discord limit: description 4096, 25 fields, field value 1024, footer 2048, total 6000', () => {
    expectWithinLimits(embed);
  });

  it('cuts the description at a word boundary and marks the cut with "…"', () => {
    expectCutAtWord(embed.description ?? '', HUGE_TEXT);
    // It keeps as much as it can: most of the allowed description.
    expect((embed.description ?? '').length).toBeGreaterThan(DiscordLimits.embedDescription * 0.5);
  });

  it('shows at least one quote, each cut at a word boundary inside its quotation marks', () => {
    expect(embed.fields?.length ?? 0).toBeGreaterThanOrEqual(1);
    (embed.fields ?? []).forEach((f, i) => {
      expect(f.value.startsWith('“')).toBe(true);
      expectCutAtWord(f.value, `“${hugeCitations[i]?.quote ?? ''}”`);
      expect(f.name).toMatch(new RegExp(`^\\[${i + 1}\\] VNA, (29 July 2020|19 April 2022)$`));
    });
  });

  it('shows at most a few quotes and says in the footer which of how many', () => {
    const shown = embed.fields?.length ?? 0;
    expect(shown).toBeLessThanOrEqual(QUOTES_PER_PAGE);
    expect(embed.footer?.text).toContain(`quotes 1–${shown} of 40`);
  });

  it('names both article dates in the footer', () => {
    expect(embed.footer?.text).toContain('29 July 2020');
    expect(embed.footer?.text).toContain('19 April 2022');
    expect(embed.footer?.text).toContain('VNA');
  });

  it('keeps the limits with a 1,000-character title too', () => {
    const titled = renderEmbed(huge, prose(1_000, 'title'));
    expectWithinLimits(titled);
    expectCutAtWord(titled.title ?? '', prose(1_000, 'title'));
  });

  it('keeps the limits for 25 short citations and a 4,000-character text (the total bites before the field count)', () => {
    const many: Answer = { ...huge, lines: [{ text: prose(4_000, 't'), cites: [] }], text: prose(4_000, 't'), citations: hugeCitations.slice(0, 25).map((c) => ({ ...c, quote: prose(900, c.talk.slice(0, 4)) })) };
    const e = renderEmbed(many);
    expectWithinLimits(e);
    expect(e.footer?.text).toContain(`quotes 1–${e.fields?.length ?? 0} of 25`);
  });
});

describe('renderEmbed with ordinary answers', () => {
  it('a real answer about one talk: quotes as fields, that article date in the footer, nothing hidden', () => {
    const answer = sharedEngine().answer('who took part in the 2022 talks?');
    const e = renderEmbed(answer, 'Who');
    expectWithinLimits(e);
    expect(e.description).toBe(answer.text);
    expect(e.fields?.map((f) => f.value)).toEqual(answer.citations.slice(0, QUOTES_PER_PAGE).map((c) => `“${c.quote}”`));
    expect(e.fields?.map((f) => f.name)).toEqual(answer.citations.slice(0, QUOTES_PER_PAGE).map((_c, i) => `[${i + 1}] VNA, 19 April 2022`));
    expect(e.footer?.text).toContain('article date: 19 April 2022');
    expect(e.footer?.text).not.toContain('29 July 2020');
    if (answer.citations.length <= QUOTES_PER_PAGE) expect(e.footer?.text).not.toContain('quotes');
  });

  it('a real answer about both talks has both dates, oldest first', () => {
    const e = renderEmbed(sharedEngine().answer('when were the talks held?'));
    const footer = e.footer?.text ?? '';
    expect(footer).toContain('article dates: 29 July 2020, 19 April 2022');
  });

  it('a refusal has no fields, a different colour, and still a text', () => {
    const engine = sharedEngine();
    const refused = renderEmbed(engine.answer('what about taiwan?'));
    const answered = renderEmbed(engine.answer('when were the talks held?'));
    expect(refused.fields).toEqual([]);
    expect(refused.description?.length ?? 0).toBeGreaterThan(0);
    expect(refused.color).not.toBe(answered.color);
    expectWithinLimits(refused);
  });

  it('an empty text still gives a non-empty description (Discord rejects an empty one)', () => {
    const e = renderEmbed({ answered: false, intent: 'unknown', lines: [{ text: '', cites: [] }], text: '', citations: [], lang: 'en' });
    expect((e.description ?? '').length).toBeGreaterThan(0);
  });

  it('the number shown can be raised, never past Discord\'s 25 fields', () => {
    const e = renderAnswerEmbed({ ...huge, citations: hugeCitations.slice(0, 26).map((c) => ({ ...c, quote: 'Short.' })), lines: [{ text: 'Short.', cites: [] }], text: 'Short.' }, { quotes: 100 });
    expect(e.shown).toBe(25);
    expect(e.embed.footer?.text).toContain('quotes 1–25 of 26');
  });

  it('every [n] of a real answer is the field headed [n], for the quotes shown', () => {
    const answer = sharedEngine().answer('what did Song Tao say?');
    expect(answer.citations.length).toBeGreaterThan(QUOTES_PER_PAGE);
    const { embed: e, shown } = renderAnswerEmbed(answer);
    expect(shown).toBe(QUOTES_PER_PAGE);
    for (let n = 1; n <= answer.citations.length; n++) expect(e.description).toContain(`[${n}]`);
    (e.fields ?? []).forEach((f, i) => {
      expect(f.name.startsWith(`[${i + 1}] `)).toBe(true);
      expect(f.value).toBe(`“${answer.citations[i]?.quote ?? ''}”`);
    });
    expect(e.footer?.text).toContain(`quotes 1–3 of ${answer.citations.length}`);
  });

  it('the description is the answer\'s lines and their numbers, never `text` read back', () => {
    const answer: Answer = {
      answered: true,
      intent: 'when',
      lines: [{ text: 'Held on 29 July 2020.', cites: [1] }, { text: 'And on 19 April 2022.', cites: [2, 1] }],
      text: 'not what is shown',
      citations: hugeCitations.slice(0, 2),
      lang: 'en',
    };
    expect(renderAnswerEmbed(answer).embed.description).toBe('Held on 29 July 2020. [1]\nAnd on 19 April 2022. [2][1]');
  });

  it('"did you mean" is left out of the text when a button offers it, and only then', () => {
    const withHint = sharedEngine().answer('what talks were held in 2019?');
    expect(withHint.suggestion).toBeDefined();
    expect(withHint.text).toContain(`Did you mean: "${withHint.suggestion ?? ''}"`);
    expect(textWithoutSuggestion(withHint)).not.toContain('Did you mean');
    expect(renderAnswerEmbed(withHint, { suggestionAsButton: true }).embed.description).not.toContain('Did you mean');
    expect(renderAnswerEmbed(withHint).embed.description).toContain('Did you mean');
  });

  it('a page of further quotes keeps their numbers and says which of how many', () => {
    const { embed: e, shown } = renderQuotesEmbed({ citations: hugeCitations.slice(3, 6).map((c) => ({ ...c, quote: 'A quote.' })), first: 4, total: 40, lang: 'en' });
    expect(shown).toBe(3);
    expect(e.title).toBe('Quotes 4–6 of 40');
    expect(e.fields?.map((f) => f.name.split(' ')[0])).toEqual(['[4]', '[5]', '[6]']);
    expectWithinLimits(e);
  });
});

describe('truncate', () => {
  it('leaves text that fits alone', () => {
    expect(truncate('short text', 10)).toBe('short text');
  });

  it('cuts between words, never inside one, and stays within the limit', () => {
    const text = 'the quick brown fox jumps over the lazy dog';
    // Above a few words (a cut may fall inside a word only when the last space is early in the text).
    for (let max = 18; max < text.length; max++) {
      const cut = truncate(text, max);
      expect(cut.length).toBeLessThanOrEqual(max);
      expectCutAtWord(cut, text);
    }
    expect(truncate(text, 20)).toMatch(/^the quick brown( fox)?…$/);
  });

  it('a single long word is cut hard rather than dropped', () => {
    expect(truncate('x'.repeat(50), 10)).toBe(`${'x'.repeat(9)}…`);
  });

  it('degenerate limits', () => {
    expect(truncate('abc', 1)).toBe('…');
    expect(truncate('abc', 0)).toBe('');
  });
});
