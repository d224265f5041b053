// Shortening text to Discord's limits, which count UTF-16 code units (JavaScript's .length). Cuts fall
// between graphemes, so an emoji, a flag or a letter with its accent is never split (a lone surrogate
// is invalid text that Discord would show as "�").
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The longest run of whole graphemes from the start of `text` whose length is at most `max`. */
function graphemePrefix(text: string, max: number): string {
  let end = 0;
  for (const { segment, index } of graphemes.segment(text)) {
    if (index + segment.length > max) break;
    end = index + segment.length;
  }
  return text.slice(0, end);
}

/** Cuts `text` to at most `max` characters (UTF-16 units), at a word boundary when one is near, marking the cut with "…". */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return '…'.slice(0, Math.max(0, max));
  const cut = graphemePrefix(text, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
