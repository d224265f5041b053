// The one-shot console's wall time next to what npm itself costs: each round runs, back to back,
// `npm run --silent bench:npm-noop` (a script that is the shell's `:`), `npm run --silent bench:npm-node`
// (`node -e ''`) and `npm run --silent ask -- --json "…"`, so every ratio compares runs made moments apart
// on the same (shared, noisy) machine. The verdict uses the median of the per-round ratios.
import { spawnSync } from 'node:child_process';

export interface Timed {
  readonly label: string;
  readonly argv: readonly string[];
  readonly ms: number[];
}

export interface OneShotResult {
  readonly rounds: number;
  readonly noop: Timed;
  readonly others: readonly Timed[];
  /** Median over rounds of other/noop, per other. */
  readonly ratios: readonly number[];
}

function time(argv: readonly string[], cwd: string, env: NodeJS.ProcessEnv): number {
  const started = performance.now();
  const run = spawnSync(argv[0] ?? 'npm', argv.slice(1), { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const ms = performance.now() - started;
  if (run.status !== 0) throw new Error(`${argv.join(' ')} failed (${run.status}): ${run.stderr}`);
  return ms;
}

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
};

export interface Command {
  readonly label: string;
  readonly argv: readonly string[];
  readonly env?: NodeJS.ProcessEnv;
}

export const NPM_NOOP: Command = { label: 'npm run --silent bench:npm-noop', argv: ['npm', 'run', '--silent', 'bench:npm-noop'] };

/** Runs `baseline` and then each of `others`, `rounds` times over; ratios are to the baseline of the same round. */
export function sideBySide(cwd: string, baseline: Command, others: readonly Command[], rounds: number): OneShotResult {
  const noop: Timed = { label: baseline.label, argv: baseline.argv, ms: [] };
  const timed: Timed[] = others.map((o) => ({ label: o.label, argv: o.argv, ms: [] }));
  // One warm-up of each (disk cache, npm's own files), not counted.
  time(noop.argv, cwd, baseline.env ?? process.env);
  others.forEach((o) => time(o.argv, cwd, o.env ?? process.env));
  for (let round = 0; round < rounds; round++) {
    noop.ms.push(time(noop.argv, cwd, baseline.env ?? process.env));
    timed.forEach((t, i) => t.ms.push(time(t.argv, cwd, others[i]?.env ?? process.env)));
  }
  const ratios = timed.map((t) => median(t.ms.map((ms, round) => ms / (noop.ms[round] ?? NaN))));
  return { rounds, noop, others: timed, ratios };
}
