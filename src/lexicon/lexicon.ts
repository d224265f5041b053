// data/lexicon/ read and validated (zod), then built into the Lexicon (build.ts).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readJson } from '../read-files.js';
import { trackReads } from '../verified-data.js';
import { buildLexicon, LEXICON_FILES, type Lexicon } from './build.js';
import { chineseEnglishFileSchema, curatedSchema, enFileSchema, englishFileSchema, glossaryFileSchema, relatedFileSchema, traditionalFileSchema } from './schema.js';

export type { Lexicon, Related, RelatedPhrase } from './build.js';

export function loadLexicon(dataDir: string): Lexicon {
  // Which files it was made from: start-up work the build did on the same files may be reused (src/verified-data.ts).
  return trackReads(() => loadFiles(dataDir));
}

function loadFiles(dataDir: string): Lexicon {
  return buildLexicon({
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
  });
}
