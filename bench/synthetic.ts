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
    const talk = {
      ...template,
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
  }
  return root;
}
