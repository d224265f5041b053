// Text cut to Discord's limits never ends in half a character, and text a user typed is shown as typed when it
// becomes a title: one line, markdown escaped rather than applied.
import { describe, expect, it } from 'vitest';
import { embedLength } from 'discord.js';
import { renderEmbed } from '../../../src/discord/rendering/embed.js';
import { truncate } from '../../../src/discord/rendering/truncate.js';
import { userTitle } from '../../../src/discord/rendering/user-text.js';
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
    const embed = renderEmbed({ answered: false, intent: 'unknown', lang: 'en', text: 'x', citations: [] }, `# heading\n**${'😀'.repeat(200)}**`);
    expect(embed.title?.startsWith('# heading \\*\\*')).toBe(true);
    expect(embed.title?.includes('\n')).toBe(false);
    expect(LONE_SURROGATE.test(embed.title ?? '')).toBe(false);
    expect(embedLength(embed)).toBeLessThanOrEqual(DiscordLimits.embedTotal);
  });
});
