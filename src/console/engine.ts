// The engine for the one-shot console: from the saved snapshot when data/ is unchanged since it was made
// (compiled build only), otherwise by the full load, which validates data/ with zod and then refreshes
// the snapshot. The full loader is imported only when needed: loading zod is most of a cold start.
import { join } from 'node:path';
import { createEngine, type Engine } from '../answering/engine.js';
import { COMPILED, DATA_DIR, DIST_DIR } from '../paths.js';
import { readSnapshot, writeSnapshot } from './snapshot.js';

export const SNAPSHOT_FILE = join(DIST_DIR, 'knowledge-base.snapshot.json');

export async function loadConsoleEngine(): Promise<Engine> {
  const saved = COMPILED ? readSnapshot(SNAPSHOT_FILE, DATA_DIR) : null;
  if (saved) return createEngine(saved);
  const { loadKnowledgeBase } = await import('../facts/loader.js');
  const kb = loadKnowledgeBase(DATA_DIR);
  if (COMPILED) {
    try {
      writeSnapshot(SNAPSHOT_FILE, DATA_DIR, kb);
    } catch {
      // A read-only install (a container, a package) still answers; it only stays on the slower path.
    }
  }
  return createEngine(kb);
}
