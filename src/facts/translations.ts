// The wording of the facts in the languages besides English, from data/i18n/<lang>/*.json. Every fact must
// have every language: a missing translation stops loading with the fact named, never a silent fallback
// to English. A translation of a fact that does not exist (a mistyped id) is an error too.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { LANGS, type Lang, type Localized } from '../languages.js';
import { DataError } from '../data-error.js';
import { displayPath, listJson, readJson } from '../read-files.js';
import { translationFileSchema, type TranslationFile } from './schema.js';

type Section = keyof TranslationFile;
type Entry<S extends Section> = NonNullable<TranslationFile[S]>[string];

const LANGUAGE_NAMES: Readonly<Record<Lang, string>> = { en: 'English', vi: 'Vietnamese', zh: 'Chinese' };
const SINGULAR: Readonly<Record<Section, string>> = {
  people: 'person',
  organisations: 'organisation',
  topics: 'topic',
  talks: 'talk',
  statements: 'statement',
  agreements: 'agreement',
  figures: 'figure',
};

export interface Translations {
  /** The wording of one fact in every language; English is given, the rest come from data/i18n. */
  get<S extends Section>(section: S, id: string, english: Entry<S>): Readonly<Record<Lang, Entry<S>>>;
  /** After the knowledge base is built: every translated id must name a fact. */
  checkAllUsed(): void;
}

export const OTHER_LANGS = LANGS.filter((l): l is Exclude<Lang, 'en'> => l !== 'en');

export function loadTranslations(root: string): Translations {
  // Entries by section, then id: no key strings built per look-up (a thousand talks make tens of thousands).
  const byLang = new Map<Lang, Map<Section, Map<string, { value: unknown; file: string; used: boolean }>>>();
  for (const lang of OTHER_LANGS) {
    const folder = join(root, 'i18n', lang);
    if (!existsSync(folder)) throw new DataError(displayPath(root, folder), null, `folder is missing (the ${LANGUAGE_NAMES[lang]} wording of the facts)`);
    const sections = new Map((Object.keys(SINGULAR) as Section[]).map((s) => [s, new Map<string, { value: unknown; file: string; used: boolean }>()]));
    for (const path of listJson(root, join('i18n', lang))) {
      const { file, value } = readJson(root, path, translationFileSchema);
      for (const section of Object.keys(SINGULAR) as Section[]) {
        const entries = sections.get(section);
        for (const [id, entry] of Object.entries(value[section] ?? {})) {
          const seen = entries?.get(id);
          if (seen) throw new DataError(file, `${SINGULAR[section]} "${id}"`, `translated twice: also in ${seen.file}`);
          entries?.set(id, { value: entry, file, used: false });
        }
      }
    }
    byLang.set(lang, sections);
  }
  return {
    get: (section, id, english) => {
      const out: Partial<Record<Lang, Entry<typeof section>>> = { en: english };
      for (const lang of OTHER_LANGS) {
        const found = byLang.get(lang)?.get(section)?.get(id);
        if (!found) {
          throw new DataError(`data/i18n/${lang}`, `${SINGULAR[section]} "${id}"`, `has no ${LANGUAGE_NAMES[lang]} wording: add it to a file of data/i18n/${lang}/`);
        }
        found.used = true;
        out[lang] = found.value as Entry<typeof section>;
      }
      return out as Record<Lang, Entry<typeof section>>;
    },
    checkAllUsed: () => {
      for (const sections of byLang.values()) {
        for (const [section, entries] of sections) {
          for (const [id, { file, used }] of entries) {
            if (!used) throw new DataError(file, `${SINGULAR[section]} "${id}"`, 'translates a fact that does not exist');
          }
        }
      }
    },
  };
}

/** One field of a fact in every language. */
export function localize<T>(all: Readonly<Record<Lang, T>>, pick: (entry: T) => string): Localized {
  return { en: pick(all.en), vi: pick(all.vi), zh: pick(all.zh) };
}

/** Lists of a fact in every language (aliases, keywords). */
export function localizeTerms<T>(all: Readonly<Record<Lang, T>>, pick: (entry: T) => readonly string[]): Readonly<Record<Lang, readonly string[]>> {
  return { en: pick(all.en), vi: pick(all.vi), zh: pick(all.zh) };
}
