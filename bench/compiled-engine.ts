// The compiled engine of a checkout (its dist/), loaded by path so that two builds can be timed side by side, and
// so that what is timed is what `npm start` runs, not tsx's on-the-fly transform.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export type Answer = (q: string) => unknown;

/** answer() of the engine built in `root`/dist over `dataDir` (default: that build's own data/). */
export async function compiledAnswer(root: string, dataDir?: string): Promise<Answer> {
  const load = async <T>(path: string) => (await import(pathToFileURL(join(root, 'dist/src', path)).href)) as T;
  const { loadKnowledgeBase } = await load<{ loadKnowledgeBase: (dir: string) => unknown }>('facts/loader.js');
  const { loadLexicon } = await load<{ loadLexicon: (dir: string) => unknown }>('lexicon/lexicon.js');
  const { createEngine } = await load<{ createEngine: (kb: unknown, lexicon: unknown) => { answer: Answer } }>('answering/engine.js');
  const dir = dataDir ?? (await load<{ DATA_DIR: string }>('paths.js')).DATA_DIR;
  return createEngine(loadKnowledgeBase(dir), loadLexicon(dir)).answer;
}
