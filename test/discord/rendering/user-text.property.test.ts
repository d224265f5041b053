// shownAsTyped skips the library escapes whose characters a text lacks (they cost most of an answer's rendering):
// for any text it must give exactly what running every escape gives.
import fc from 'fast-check';
import { escapeMarkdown } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { shownAsTyped } from '../../../src/discord/rendering/user-text.js';

/** The escaping as it was before the skipping: every escape, always. */
function everyEscape(text: string): string {
  const escaped = escapeMarkdown(text, { heading: true, bulletedList: true, numberedList: true, maskedLink: false });
  return escaped
    .replace(/(?<!\\)((?:\\\\)*)([*_~|`])/g, '$1\\$2')
    .replace(/^( {0,3})(>{1,3} |-# )/gm, '$1\\$2')
    .replace(/\[(?=[^[\]\n]*\]\()/g, '\\[');
}

const markdownish = fc.string({ unit: fc.constantFrom('*', '_', '`', '~', '|', '#', '-', '.', '\\', '>', '[', ']', '(', ')', ' ', '\n', '1', 'a', 'é', ':', '/', '<', 'h', 't', 'p', 's'), maxLength: 40 });

describe('shownAsTyped', () => {
  it('gives what running every escape gives, for any text', () => {
    fc.assert(
      fc.property(fc.oneof(markdownish, fc.string({ maxLength: 40 })), (text) => {
        expect(shownAsTyped(text)).toBe(everyEscape(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('leaves plain text as it is', () => {
    expect(shownAsTyped('who took part in the 2022 talks?')).toBe('who took part in the 2022 talks?');
    expect(shownAsTyped('1. who *took* part')).toBe('1\\. who \\*took\\* part');
  });
});
