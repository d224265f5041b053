// One call that reads data/ and builds the engine; used by the console, the bot and the benchmark.
import { loadKnowledgeBase } from '../facts/loader.js';
import { createEngine, type Engine } from './engine.js';

export function loadEngine(dataDir?: string): Engine {
  return createEngine(loadKnowledgeBase(dataDir));
}
