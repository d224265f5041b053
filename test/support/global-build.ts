// Vitest global setup: builds dist/ once if it is missing or stale, before any test starts a compiled process.
// (Tests that spawn the launcher would otherwise each find a stale build and queue on the build lock.)
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const run = spawnSync(process.execPath, ['scripts/build.mjs', '--if-stale'], { cwd: root, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`the build failed:\n${run.stdout}${run.stderr}`);
}
