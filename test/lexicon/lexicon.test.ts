// The lexical resources: generated files up to date with the data, lemmas, the English word filter, the
// synonyms that carry paraphrases onto the articles' words, Chinese words (jieba and CC-CEDICT), and curated
// entries checked like the rest of data/.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DataError } from '../../src/data-error.js';
import { DEFAULT_DATA_DIR, loadKnowledgeBase } from '../../src/facts/loader.js';
import { loadLexicon, type Lexicon } from '../../src/lexicon/lexicon.js';
import { articleTexts, buildWordNet, englishTables, relatedWords } from '../../scripts/lexicon/wordnet.js';
import { tagArticleWords } from '../../scripts/lexicon/tagging.js';
import { chineseEnglish, jiebaFrequencies } from '../../scripts/lexicon/cedict.js';
import { compactJiebaDictionary } from '../../scripts/lexicon/jieba.js';

let lexicon: Lexicon;
beforeAll(() => {
  lexicon = loadLexicon(DEFAULT_DATA_DIR);
});

const committed = (name: string): unknown => JSON.parse(readFileSync(join(DEFAULT_DATA_DIR, 'lexicon', name), 'utf8'));

describe('generated files', () => {
  it('data/lexicon/*.json are what scripts/generate-lexicon.ts makes from data/ today (run npm run generate-lexicon)', () => {
    const wordnet = buildWordNet();
    const english = englishTables(wordnet);
    const related = relatedWords(wordnet, tagArticleWords(articleTexts(loadKnowledgeBase()), english), english);
    expect(committed('english.json')).toEqual(english.file);
    expect(committed('related.json')).toEqual(related);
  }, 60_000);

  it('data/lexicon/zh-en.json is what scripts/generate-lexicon.ts makes from CC-CEDICT, jieba and the lexicon today', () => {
    expect(committed('zh-en.json')).toEqual(chineseEnglish(lexicon, jiebaFrequencies()));
  }, 60_000);

  it('data/lexicon/zh-jieba.txt is jieba\'s dictionary cut down as scripts/generate-lexicon.ts cuts it, and a fraction of it', () => {
    const readable = new Set(Object.values((committed('zh-en.json') as { words: Record<string, string> }).words).flatMap((w) => w.split(' ')));
    const made = compactJiebaDictionary(DEFAULT_DATA_DIR, readable);
    expect(readFileSync(join(DEFAULT_DATA_DIR, 'lexicon', 'zh-jieba.txt'), 'utf8')).toBe(made.text);
    // What the cut is for: well under half of jieba's words, so under half of the memory its dictionary takes.
    expect(made.kept / made.of).toBeLessThan(0.5);
  }, 60_000);
});

describe('Chinese words (CC-CEDICT through jieba)', () => {
  const chinese = () => {
    const words = lexicon.chinese();
    if (!words) throw new Error('jieba did not load');
    return words;
  };

  it('cuts a question into jieba\'s words and tags names', () => {
    expect(chinese().cut('中国当时遭遇洪涝灾害').map((w) => w.word)).toContain('当时');
    expect(chinese().cut('习近平说了什么').find((w) => w.word === '习近平')?.tag).toMatch(/^n[rstz]/);
    // Rare in jieba's counts, kept by the cut-down dictionary: a noun a question may ask about whole.
    expect(chinese().cut('中方送了呼吸机吗').map((w) => w.word)).toContain('呼吸机');
  });

  it('reads a word with the English the articles use when CC-CEDICT gives it among the main senses', () => {
    expect(chinese().english('关切')).toBe('concerned');
    expect(chinese().english('帮')).toBe('help');
    expect(chinese().english('气候')).toBe('climate');
  });

  it('a single character gets only its first sense ("没" is never "inundate")', () => {
    expect(chinese().english('没')).toBeUndefined();
  });
});

describe('lemmas', () => {
  it.each([
    ['supplies', 'supply'],
    ['presented', 'present'],
    ['talks', 'talk'],
    ['congratulated', 'congratulate'],
    ['went', 'go'],
    ['held', 'hold'],
    ['parties', 'party'],
    ['disputes', 'dispute'],
    ['signed', 'sign'],
    ['bus', 'bus'],
  ])('%s → %s', (word, lemma) => {
    expect(lexicon.lemma(word)).toBe(lemma);
  });

  it('finds the article lemma of a form the articles do not use ("handling" → "handle")', () => {
    expect(lexicon.articleLemma('handling')).toBe('handle');
  });
});

describe('English words', () => {
  it('knows real words and their forms, not typos', () => {
    for (const w of ['home', 'homes', 'ventilators', 'climate', 'drawing', 'went']) expect(lexicon.isEnglish(w), w).toBe(true);
    for (const w of ['vidoe', 'attnded', 'agrements', 'sgined', 'xqzv']) expect(lexicon.isEnglish(w), w).toBe(false);
  });

  it('tells general words (verbs, adjectives, adverbs) from nouns', () => {
    for (const w of ['react', 'underline', 'quickly', 'important']) expect(lexicon.isGeneral(w), w).toBe(true);
    for (const w of ['climate', 'ventilator', 'rice']) expect(lexicon.isGeneral(w), w).toBe(false);
  });
});

describe('related words', () => {
  const means = (word: string) => lexicon.related(lexicon.lemma(word)).map((r) => r.lemma);
  it.each([
    ['gratitude', 'thank'],
    ['rulebook', 'code'],
    ['schooling', 'training'],
    ['chiefs', 'head'],
    ['donation', 'aid'],
    ['disagreement', 'dispute'],
    ['react', 'respond'],
    ['underline', 'emphasize'],
    ['quarrel', 'dispute'],
    ['dollars', 'usd'],
  ])('"%s" stands for the articles\' "%s"', (word, lemma) => {
    expect(means(word)).toContain(lemma);
  });

  it('names are never synonyms: "Taiwan" does not stand for "China"', () => {
    expect(means('taiwan')).toEqual([]);
  });

  it('phrases of several words are found by their first word ("put forward")', () => {
    const put = lexicon.phrases.get('put') ?? [];
    expect(put.some((p) => p.words.join(' ') === 'put forward')).toBe(true);
  });
});

describe('the curated list is checked like the rest of data/', () => {
  it('an entry meaning a word the articles do not use stops loading, naming the file and the entry', () => {
    const root = mkdtempSync(join(tmpdir(), 'talks-bot-lexicon-'));
    try {
      cpSync(DEFAULT_DATA_DIR, root, { recursive: true });
      const file = join(root, 'lexicon', 'curated.json');
      const entries = JSON.parse(readFileSync(file, 'utf8')) as unknown[];
      writeFileSync(file, JSON.stringify([...entries, { words: ['gizmo'], means: 'gadget' }]));
      expect(() => loadLexicon(root)).toThrow(DataError);
      expect(() => loadLexicon(root)).toThrow(/lexicon\/curated\.json.*"gadget" is not a lemma of the articles/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

/** Keys an object of a JSON text repeats ("主张" twice): JSON.parse keeps the last silently, so an entry is lost unseen. */
function repeatedKeys(text: string): string[] {
  const repeated: string[] = [];
  const objects: Set<string>[] = [];
  const arrays: boolean[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '"') {
      let end = i + 1;
      while (text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      const value = JSON.parse(text.slice(i, end + 1)) as string;
      const rest = text.slice(end + 1).trimStart();
      const keys = objects.at(-1);
      if (rest.startsWith(':') && keys && arrays.at(-1) === false) {
        if (keys.has(value)) repeated.push(value);
        keys.add(value);
      }
      i = end + 1;
      continue;
    }
    if (c === '{') {
      objects.push(new Set());
      arrays.push(false);
    } else if (c === '[') arrays.push(true);
    else if (c === '}') {
      objects.pop();
      arrays.pop();
    } else if (c === ']') arrays.pop();
    i++;
  }
  return repeated;
}

describe('hand-written word lists hold each key once', () => {
  it('no glossary or i18n file repeats a key (the later one would silently replace the earlier)', () => {
    expect(repeatedKeys('{"a": {"b": 1, "c": [ {"b": 2} ]}, "a": 3}')).toEqual(['a']);
    const files = [...['en', 'vi', 'zh', 'conversation', 'curated'].map((n) => join('lexicon', `${n}.json`)),
      ...['vi', 'zh'].flatMap((l) => readdirSync(join(DEFAULT_DATA_DIR, 'i18n', l)).filter((n) => n.endsWith('.json')).map((n) => join('i18n', l, n)))];
    for (const file of files) expect(repeatedKeys(readFileSync(join(DEFAULT_DATA_DIR, file), 'utf8')), file).toEqual([]);
  });
});
