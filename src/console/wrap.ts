// Wrapping text to a terminal's width. Width is counted in terminal columns: Chinese, Japanese and Korean
// characters and emoji take two, combining accents none; lines break at spaces, or between two wide
// characters (Chinese has no spaces), never before a closing punctuation mark such as "，" or "。".
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** East Asian wide and fullwidth ranges (Unicode EastAsianWidth W and F, the blocks text uses). */
function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

const ZERO_WIDTH = /^[\p{M}\u200B-\u200F\u2060-\u2064\uFEFF]+$/u;

function graphemeWidth(g: string): number {
  if (ZERO_WIDTH.test(g)) return 0;
  const cp = g.codePointAt(0) ?? 0;
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return 0;
  if (isWide(cp) || (/\p{Extended_Pictographic}/u.test(g) && (g.includes('\uFE0F') || cp >= 0x1f000))) return 2;
  return 1;
}

/** Columns `text` takes in a terminal (ANSI colour codes not included: wrap before colouring). */
export function displayWidth(text: string): number {
  let width = 0;
  for (const { segment } of graphemes.segment(text)) width += graphemeWidth(segment);
  return width;
}

const CLOSING = /^[，。、；：？！）》」』】〉”’,.;:?!)\]]/u;

/** Pieces that stay together: runs of narrow non-space characters, single wide characters, runs of spaces. */
function pieces(text: string): string[] {
  const out: string[] = [];
  let word = '';
  for (const { segment } of graphemes.segment(text)) {
    if (/^\s+$/u.test(segment)) {
      if (word) out.push(word);
      word = '';
      out.push(' ');
      continue;
    }
    // A closing mark stays with what it closes, so no line starts with "，" or ")".
    if (CLOSING.test(segment)) {
      if (word) {
        word += segment;
        continue;
      }
      const last = out.length - 1;
      if (last >= 0 && out[last] !== ' ') {
        out[last] += segment;
        continue;
      }
    }
    if (graphemeWidth(segment) === 2) {
      if (word) out.push(word);
      word = '';
      out.push(segment);
      continue;
    }
    word += segment;
  }
  if (word) out.push(word);
  return out;
}

/**
 * `text` as lines of at most `width` columns; lines after the first start with `indent` spaces (a hanging
 * indent). A word longer than a line is cut. Line breaks already in the text are kept.
 */
export function wrap(text: string, width: number, indent = 0): string[] {
  const lines: string[] = [];
  const pad = ' '.repeat(Math.max(0, indent));
  // Too narrow to wrap sensibly: a terminal this small gets lines cut at 20 columns at least.
  const columns = Math.max(width, indent + 20);
  let first = true;
  for (const paragraph of text.split('\n')) {
    let line = first ? '' : pad;
    let used = first ? 0 : pad.length;
    let start = used;
    let pendingSpace = false;
    const push = () => {
      lines.push(line.trimEnd());
      line = pad;
      used = pad.length;
      start = used;
      pendingSpace = false;
    };
    for (const piece of pieces(paragraph)) {
      if (piece === ' ') {
        pendingSpace = used > start;
        continue;
      }
      const w = displayWidth(piece);
      const gap = pendingSpace ? 1 : 0;
      if (used > start && used + gap + w > columns) push();
      else if (gap) {
        line += ' ';
        used += 1;
      }
      pendingSpace = false;
      if (used + w <= columns) {
        line += piece;
        used += w;
        continue;
      }
      // Longer than a whole line: cut it between graphemes.
      for (const { segment } of graphemes.segment(piece)) {
        const g = graphemeWidth(segment);
        if (used + g > columns && used > start) push();
        line += segment;
        used += g;
      }
    }
    lines.push(line.trimEnd());
    first = false;
  }
  return lines;
}
