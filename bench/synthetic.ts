// Synthetic talks laid over a copy of data/, for measuring how the engine scales with the data: each talk is
// one of the real ones moved to another date, with its own article file (the real body, unchanged, so every
// quote stays verbatim) and its own fact ids. Written to a temporary folder; nothing under data/ changes.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_DATA_DIR } from '../src/facts/loader.js';

interface Json {
  [key: string]: unknown;
}

const readJson = (path: string): Json => JSON.parse(readFileSync(path, 'utf8')) as Json;

/** A date `n` days after 1 January 1991, as YYYY-MM-DD, skipping the real talks' dates. */
function dateOf(n: number, taken: ReadonlySet<string>): string {
  for (let k = n; ; k += 1) {
    const d = new Date(Date.UTC(1991, 0, 1) + k * 86_400_000 * 9).toISOString().slice(0, 10);
    if (!taken.has(d)) return d;
  }
}

/** Copies data/ to a temporary folder and adds `count` synthetic talks; returns the folder. */
export function syntheticData(count: number): string {
  const root = mkdtempSync(join(tmpdir(), `talks-bot-synthetic-${count}-`));
  cpSync(DEFAULT_DATA_DIR, root, { recursive: true });
  const talkFiles = readdirSync(join(root, 'talks')).filter((f) => f.endsWith('.json')).sort();
  const templates = talkFiles.map((f) => readJson(join(root, 'talks', f)));
  const articles = new Map(templates.map((t) => [String(t.article), readJson(join(root, 'articles', `${String(t.article)}.json`))]));
  const taken = new Set(templates.map((t) => String(t.date)));
  mkdirSync(join(root, 'talks'), { recursive: true });
  // Each language's wording of the real facts (all files of data/i18n/<lang>/ merged), and the synthetic talks' own.
  const langs = readdirSync(join(root, 'i18n')).filter((l) => !l.includes('.'));
  const SECTIONS = ['talks', 'statements', 'agreements', 'figures'] as const;
  const wording = new Map(
    langs.map((lang) => {
      const merged: Record<string, Json> = {};
      for (const f of readdirSync(join(root, 'i18n', lang)).filter((n) => n.endsWith('.json'))) {
        const file = readJson(join(root, 'i18n', lang, f));
        for (const section of SECTIONS) merged[section] = { ...merged[section], ...(file[section] as Json | undefined) };
      }
      return [lang, merged];
    }),
  );
  const synthetic = new Map(langs.map((lang) => [lang, Object.fromEntries(SECTIONS.map((s) => [s, {}]))]));
  for (let i = 0; i < count; i++) {
    const template = templates[i % templates.length] ?? {};
    const article = articles.get(String(template.article)) ?? {};
    const date = dateOf(i, taken);
    taken.add(date);
    const articleId = `synthetic-${date}`;
    const { received: _received, ...meta } = article;
    writeFileSync(join(root, 'articles', `${articleId}.json`), JSON.stringify({ ...meta, id: articleId, date, bodyFile: `${articleId}.txt` }));
    writeFileSync(join(root, 'articles', `${articleId}.txt`), readFileSync(join(root, 'articles', String(article.bodyFile)), 'utf8'));
    const suffix = (id: unknown) => `${String(id)}-s${i}`;
    const withIds = (list: unknown) => (list as Json[]).map((x) => ({ ...x, id: suffix(x.id) }));
    // A format's reasons name statements of its own talk: renamed with them.
    const format = template.format as Json;
    const talk = {
      ...template,
      format: Array.isArray(format.reasons) ? { ...format, reasons: (format.reasons as unknown[]).map(suffix) } : format,
      id: `synthetic-${date}`,
      article: articleId,
      date,
      name: `synthetic talks of ${date}`,
      aliases: [],
      statements: withIds(template.statements),
      agreements: withIds(template.agreements),
      figures: withIds(template.figures),
    };
    writeFileSync(join(root, 'talks', `synthetic-${date}.json`), JSON.stringify(talk));
    for (const lang of langs) {
      const from = wording.get(lang) ?? {};
      const to = synthetic.get(lang) ?? {};
      const own = (section: (typeof SECTIONS)[number], list: unknown) => {
        for (const x of list as Json[]) (to[section] as Json)[suffix(x.id)] = (from[section] as Json)[String(x.id)];
      };
      (to.talks as Json)[talk.id] = { ...((from.talks as Json)[String(template.id)] as Json), aliases: [] };
      own('statements', template.statements);
      own('agreements', template.agreements);
      own('figures', template.figures);
    }
  }
  for (const [lang, sections] of synthetic) writeFileSync(join(root, 'i18n', lang, 'synthetic.json'), JSON.stringify(sections));
  return root;
}
