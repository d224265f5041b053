// data/lexicon/zh-jieba.txt: jieba's dictionary (@node-rs/jieba's dict.txt, 349k words) cut down to the words a
// question about the articles needs. Built whole, jieba's dictionary takes ~50 MB of the bot's memory; most of its
// words are rare (a frequency under 20). Kept: every word frequent enough to steer how a sentence is cut, every
// word CC-CEDICT gives English for (what the pivot can read), and every word the data's own Chinese wording uses.
// A word dropped is still cut out by jieba's HMM where it stands in a question, or read as its characters.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** A word at least this frequent in jieba's dictionary is kept whatever it is. */
export const MIN_FREQUENCY = 4;
/** The longest word looked for in the data's Chinese text. */
const LONGEST = 8;

/** Every Chinese text under data/: the facts' wording (data/i18n/zh/) and the glossary (data/lexicon/zh.json). */
function dataChinese(dataDir: string): string {
  const zh = join(dataDir, 'i18n', 'zh');
  const files = [...readdirSync(zh).map((f) => join(zh, f)), join(dataDir, 'lexicon', 'zh.json')];
  return files.map((f) => readFileSync(f, 'utf8')).join('\n');
}

/** Every run of 2 to LONGEST Han characters in the text. */
function spans(text: string): Set<string> {
  const out = new Set<string>();
  for (const run of text.match(/\p{Script=Han}+/gu) ?? []) {
    const chars = [...run];
    for (let i = 0; i < chars.length; i++) for (let n = 2; n <= LONGEST && i + n <= chars.length; n++) out.add(chars.slice(i, i + n).join(''));
  }
  return out;
}

/** The compact dictionary's text, in jieba's own format ("word frequency tag" per line, its order kept). */
export function compactJiebaDictionary(dataDir: string, readable: ReadonlySet<string>): { text: string; kept: number; of: number } {
  const require = createRequire(import.meta.url);
  const lines = readFileSync(require.resolve('@node-rs/jieba/dict.txt'), 'utf8').split('\n').filter(Boolean);
  const used = spans(dataChinese(dataDir));
  const kept = lines.filter((line) => {
    const [word = '', freq = '0'] = line.split(' ');
    // A single character stays: jieba needs each character's frequency to weigh the cuts around it.
    return Number(freq) >= MIN_FREQUENCY || [...word].length === 1 || readable.has(word) || used.has(word);
  });
  return { text: `${kept.join('\n')}\n`, kept: kept.length, of: lines.length };
}
