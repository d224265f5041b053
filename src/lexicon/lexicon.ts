// data/lexicon/ read and validated (zod), then built into the Lexicon (build.ts).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readJson } from '../read-files.js';
import { derivedFor, madeFrom, noteDerived, trackReads } from '../verified-data.js';
import { buildLexicon, LEXICON_FILES, type LemmaTables, type Lexicon, type LexiconFiles } from './build.js';
import { chineseEnglishFileSchema, curatedSchema, enFileSchema, englishFileSchema, glossaryFileSchema, oppositesFileSchema, relatedFileSchema, traditionalFileSchema } from './schema.js';

export type { Lexicon, Related, RelatedPhrase } from './build.js';

/** Under this name the build saves the lemmas its engine worked out (saveLemmas), for a start on the same files. */
const LEMMAS = 'lexicon-lemmas';

export function loadLexicon(dataDir: string): Lexicon {
  // Which files it was made from: start-up work the build did on the same files may be reused (src/verified-data.ts).
  const files = trackReads(() => readFiles(dataDir));
  // lemma() is a pure function of these files: the build's results for the very same texts are this start's too.
  return madeFrom(buildLexicon(files, savedLemmas(derivedFor(LEMMAS, [files]))), files);
}

/** Notes the lemmas a lexicon from loadLexicon has worked out so far, for the manifest the build records. */
export function saveLemmas(lexicon: Lexicon): void {
  noteDerived(LEMMAS, [lexicon], lexicon.lemmaTables());
}

const isPairs = (value: unknown): value is readonly (readonly [string, string])[] =>
  Array.isArray(value) && value.every((p: unknown) => Array.isArray(p) && p.length === 2 && typeof p[0] === 'string' && typeof p[1] === 'string');

function savedLemmas(value: unknown): LemmaTables | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { lemmas, articleLemmas } = value as Partial<Record<keyof LemmaTables, unknown>>;
  return isPairs(lemmas) && isPairs(articleLemmas) ? { lemmas, articleLemmas } : undefined;
}

function readFiles(dataDir: string): LexiconFiles {
  return {
    english: readJson(dataDir, join(dataDir, LEXICON_FILES.english), englishFileSchema).value,
    related: readJson(dataDir, join(dataDir, LEXICON_FILES.related), relatedFileSchema),
    curated: readJson(dataDir, join(dataDir, LEXICON_FILES.curated), curatedSchema),
    glossaries: {
      vi: readJson(dataDir, join(dataDir, LEXICON_FILES.vi), glossaryFileSchema).value,
      zh: readJson(dataDir, join(dataDir, LEXICON_FILES.zh), glossaryFileSchema).value,
    },
    traditional: readJson(dataDir, join(dataDir, LEXICON_FILES.traditional), traditionalFileSchema).value,
    chineseEnglish: () => {
      const path = join(dataDir, LEXICON_FILES.chineseEnglish);
      return existsSync(path) ? readJson(dataDir, path, chineseEnglishFileSchema).value : null;
    },
    jiebaDictionary: () => {
      const path = join(dataDir, LEXICON_FILES.jieba);
      return existsSync(path) ? readFileSync(path) : null;
    },
    en: readJson(dataDir, join(dataDir, LEXICON_FILES.en), enFileSchema).value,
    opposites: existsSync(join(dataDir, LEXICON_FILES.opposites)) ? readJson(dataDir, join(dataDir, LEXICON_FILES.opposites), oppositesFileSchema).value : null,
  };
}
