// One call that reads data/ and builds the engine; used by the console, the bot and the benchmark.
import { DEFAULT_DATA_DIR, loadKnowledgeBase } from '../facts/loader.js';
import { loadLexicon } from '../lexicon/lexicon.js';
import { createEngine, type Engine } from './engine.js';

export function loadEngine(dataDir: string = DEFAULT_DATA_DIR): Engine {
  return createEngine(loadKnowledgeBase(dataDir), loadLexicon(dataDir));
}
