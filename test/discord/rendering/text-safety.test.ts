// Text cut to Discord's limits never ends in half a character, and text a user typed is shown as typed when it
// becomes a title: one line, markdown escaped rather than applied.
import { describe, expect, it } from 'vitest';
import { embedLength } from 'discord.js';
import { renderAnswerEmbed, renderEmbed } from '../../../src/discord/rendering/embed.js';
import { truncate, wellFormed } from '../../../src/discord/rendering/truncate.js';
import { shownAsTyped, userTitle } from '../../../src/discord/rendering/user-text.js';
import { DiscordLimits } from '../../../src/discord/limits.js';

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('truncate never splits a character', () => {
  const samples = [
    '👍'.repeat(60), // surrogate pairs
    '🇻🇳🇨🇳'.repeat(30), // flags: two code points each
    '👩‍👩‍👧‍👦 family '.repeat(20), // ZWJ sequences
    'Hoàng Bình Quân '.repeat(20), // precomposed accents
    'Hoa\u0300ng Bi\u0300nh '.repeat(30), // combining accents
    `${'x'.repeat(97)}😀😀😀`, // the cut falls inside the first emoji
  ];

  it.each(samples.map((s) => [s.slice(0, 24), s]))('%s… at every limit from 1 to 120', (_label, text) => {
    const boundaries = new Set([...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].map((g) => g.index));
    for (let max = 1; max <= 120; max++) {
      const cut = truncate(text, max);
      expect(cut.length, `max ${max}`).toBeLessThanOrEqual(max);
      expect(LONE_SURROGATE.test(cut), `lone surrogate at max ${max}: ${JSON.stringify(cut)}`).toBe(false);
      // What is kept ends on a grapheme boundary of the original: no accent, flag half or ZWJ part cut off.
      const kept = cut.replace(/…$/, '');
      expect(text.startsWith(kept) && (boundaries.has(kept.length) || kept.length === text.length), `max ${max}: ${JSON.stringify(cut)}`).toBe(true);
    }
  });

  it('choice names for autocomplete stay within 100 and whole', () => {
    const cut = truncate(`${'a'.repeat(99)}😀`, DiscordLimits.choiceName);
    expect(cut.length).toBeLessThanOrEqual(100);
    expect(LONE_SURROGATE.test(cut)).toBe(false);
  });
});

describe('userTitle', () => {
  it('flattens newlines and runs of spaces to one line', () => {
    expect(userTitle('who\n\ntook   part?\r\n')).toBe('who took part?');
  });

  it('escapes markdown so it shows as typed', () => {
    expect(userTitle('**bold** _it_ `code` ~~x~~ ||spoiler||')).toBe('\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\~\\~x\\~\\~ \\|\\|spoiler\\|\\|');
  });

  it('stays within the title limit, whole graphemes, and never ends on an escaping backslash', () => {
    for (const text of ['*'.repeat(400), `${'a'.repeat(254)}*b`, '😀'.repeat(300)]) {
      const title = userTitle(text);
      expect(title.length).toBeLessThanOrEqual(DiscordLimits.embedTitle);
      expect(LONE_SURROGATE.test(title)).toBe(false);
      expect(title).not.toMatch(/(^|[^\\])(\\\\)*\\…$/);
    }
  });

  it('renderEmbed uses it for every title, and the whole embed stays within discord.js embedLength', () => {
    const embed = renderEmbed({ answered: false, intent: 'unknown', lang: 'en', lines: [{ text: 'x', cites: [] }], text: 'x', citations: [] }, `# heading\n**${'😀'.repeat(200)}**`);
    expect(embed.title?.startsWith('\\# heading \\*\\*')).toBe(true);
    expect(embed.title?.includes('\n')).toBe(false);
    expect(LONE_SURROGATE.test(embed.title ?? '')).toBe(false);
    expect(embedLength(embed)).toBeLessThanOrEqual(DiscordLimits.embedTotal);
  });
});

describe('well-formed UTF-16', () => {
  it('truncate drops lone surrogates, also from text already within the limit, and keeps pairs whole', () => {
    expect(truncate('\uD800who\uDC00 took part?\uD83D', 100)).toBe('who took part?');
    expect(truncate('😀\uDE00😀', 10)).toBe('😀😀');
    expect(truncate(`${'a'.repeat(50)}\uD800${'b'.repeat(60)}`, 100)).not.toMatch(LONE_SURROGATE);
    expect(wellFormed('\uDC00\uD800')).toBe('');
  });

  it('userTitle and the embed built from a question with lone surrogates are well-formed', () => {
    const question = '\uD83Dwho took part\uDE00?';
    expect(userTitle(question)).toBe('who took part?');
    const { embed } = renderAnswerEmbed(
      { answered: false, intent: 'unknown', lang: 'en', lines: [{ text: `The articles do not mention "\uD800x".`, cites: [] }], text: `The articles do not mention "\uD800x".`, citations: [] },
      { title: question },
    );
    expect(JSON.stringify(embed)).not.toMatch(/\\ud[89ab][0-9a-f]{2}(?!\\ud[c-f])/i);
    expect(embed.description).toBe('The articles do not mention "x".');
  });
});

describe('markdown a user typed is shown, not applied', () => {
  it.each([
    ['# HUGE HEADING', '\\# HUGE HEADING'],
    ['### three', '\\### three'],
    ['-# small print', '\\-# small print'],
    ['> quoted', '\\> quoted'],
    ['>>> quoted block', '\\>>> quoted block'],
    ['- bullet', '\\- bullet'],
    ['* bullet', '\\* bullet'],
    ['1. numbered', '1\\. numbered'],
    ['[a](https://x.invalid) and [b](https://y.invalid)', '\\[a](https://x.invalid) and \\[b](https://y.invalid)'],
    ['back\\slash \\*', 'back\\\\slash \\\\\\*'],
  ])('title %j', (typed, shown) => {
    expect(userTitle(typed)).toBe(shown);
  });

  it('in a description every line is escaped, and the [n] markers stay as they are', () => {
    expect(shownAsTyped('first [1]\n# second [2]\n> third\n-# fourth\n[x](https://x.invalid)')).toBe(
      'first [1]\n\\# second [2]\n\\> third\n\\-# fourth\n\\[x](https://x.invalid)',
    );
  });

  it("an answer echoing a user's words shows them as typed; an appendix given (help's commands) stays markdown", () => {
    const said = 'The articles do not mention "**free** [nitro](https://x.invalid)". [1]';
    const answer = { answered: false, intent: 'unknown' as const, lang: 'en' as const, lines: [{ text: said, cites: [] }], text: said, citations: [] };
    expect(renderAnswerEmbed(answer).embed.description).toBe('The articles do not mention "\\*\\*free\\*\\* \\[nitro](https://x.invalid)". [1]');
    expect(renderAnswerEmbed(answer, { appendix: '**Commands:** </ask:1>' }).embed.description).toBe(
      'The articles do not mention "\\*\\*free\\*\\* \\[nitro](https://x.invalid)". [1]\n**Commands:** </ask:1>',
    );
  });

  it('a description cut to fit never ends on an escaping backslash', () => {
    const answer = { answered: false, intent: 'unknown' as const, lang: 'en' as const, lines: [{ text: '*'.repeat(5000), cites: [] }], text: '*'.repeat(5000), citations: [] };
    const description = renderAnswerEmbed(answer).embed.description ?? '';
    expect(description.length).toBeLessThanOrEqual(DiscordLimits.embedDescription);
    expect(description).toMatch(/^(\\\*)+…$/);
  });
});
