// Text within Discord's limits, which count UTF-16 code units (JavaScript's .length), and well-formed: a lone
// surrogate (half of an astral character, from a bad cut or in the input itself) is invalid text that Discord
// shows as "�", so it is dropped. Cuts fall between graphemes, so an emoji, a flag or a letter with its accent
// is never split. Every string the bot sends to Discord passes through here.
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Any surrogate, paired or not: text without one (most text, Chinese and Vietnamese included) is well-formed. */
const SURROGATE = /[\uD800-\uDFFF]/;

/** `text` without lone surrogates: well-formed UTF-16, every character whole. */
export function wellFormed(text: string): string {
  return SURROGATE.test(text) ? text.replace(LONE_SURROGATE, '') : text;
}

/** The longest run of whole graphemes from the start of `text` whose length is at most `max`. */
function graphemePrefix(text: string, max: number): string {
  let end = 0;
  for (const { segment, index } of graphemes.segment(text)) {
    if (index + segment.length > max) break;
    end = index + segment.length;
  }
  return text.slice(0, end);
}

/**
 * `text` well-formed and cut to at most `max` characters (UTF-16 units), at a word boundary when one is near,
 * the cut marked with "…".
 */
export function truncate(text: string, max: number): string {
  const whole = wellFormed(text);
  if (whole.length <= max) return whole;
  if (max <= 1) return '…'.slice(0, Math.max(0, max));
  const cut = graphemePrefix(whole, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
