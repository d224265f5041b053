// Whether two builds answer alike: every question under test/questions/ (as asked, and in English) through answer(),
// every claim through check() and findSources(), compared as JSON. For speed work, which must change no answer:
//   npx tsx bench/same-answers.ts /path/to/other/checkout   (both built: dist/ of each is loaded)
// Files whose name matches SKIP (a regular expression, default "r46") are left out.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

interface Built {
  readonly answer: (q: string, options?: { lang?: 'en' }) => unknown;
  readonly check: (claim: string) => unknown;
  readonly findSources: (claim: string) => unknown;
}

async function engineOf(root: string): Promise<Built> {
  const load = async <T>(path: string) => (await import(pathToFileURL(join(root, 'dist/src', path)).href)) as T;
  const { loadKnowledgeBase } = await load<{ loadKnowledgeBase: (dir: string) => unknown }>('facts/loader.js');
  const { loadLexicon } = await load<{ loadLexicon: (dir: string) => unknown }>('lexicon/lexicon.js');
  const { createEngine } = await load<{ createEngine: (kb: unknown, lexicon: unknown) => Built }>('answering/engine.js');
  const { DATA_DIR } = await load<{ DATA_DIR: string }>('paths.js');
  return createEngine(loadKnowledgeBase(DATA_DIR), loadLexicon(DATA_DIR));
}

/** Every string under the keys `q` and `claim`, anywhere in a file's JSON. */
function texts(value: unknown, out: { questions: Set<string>; claims: Set<string> }): void {
  if (Array.isArray(value)) for (const v of value) texts(v, out);
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'q' && typeof v === 'string') out.questions.add(v);
      else if (k === 'claim' && typeof v === 'string') out.claims.add(v);
      else texts(v, out);
    }
  }
}

function files(dir: string, skip: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (skip.test(name)) return [];
    return statSync(path).isDirectory() ? files(path, skip) : name.endsWith('.json') ? [path] : [];
  });
}

const other = process.argv[2];
if (!other) throw new Error('usage: same-answers.ts <other checkout>');
const here = fileURLToPath(new URL('..', import.meta.url));
const skip = new RegExp(process.env.SKIP ?? 'r46');
const found = { questions: new Set<string>(), claims: new Set<string>() };
for (const file of files(join(here, 'test/questions'), skip)) texts(JSON.parse(readFileSync(file, 'utf8')) as unknown, found);

const [a, b] = await Promise.all([engineOf(here), engineOf(other)]);
let differ = 0;
const same = (what: string, x: unknown, y: unknown) => {
  const [sx, sy] = [JSON.stringify(x), JSON.stringify(y)];
  if (sx === sy) return;
  differ++;
  if (differ <= 20) console.log(`DIFFERS ${what}\n  here:  ${sx.slice(0, 400)}\n  other: ${sy.slice(0, 400)}`);
};
for (const q of found.questions) {
  same(`answer ${JSON.stringify(q)}`, a.answer(q), b.answer(q));
  same(`answer in English ${JSON.stringify(q)}`, a.answer(q, { lang: 'en' }), b.answer(q, { lang: 'en' }));
}
for (const c of found.claims) {
  same(`check ${JSON.stringify(c)}`, a.check(c), b.check(c));
  same(`sources ${JSON.stringify(c)}`, a.findSources(c), b.findSources(c));
}
console.log(`${found.questions.size} questions (as asked and in English), ${found.claims.size} claims: ${differ === 0 ? 'all the same' : `${differ} differ`}`);
process.exitCode = differ === 0 ? 0 : 1;
