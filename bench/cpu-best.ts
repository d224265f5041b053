// Each question's best CPU time over some passes (other processes on a shared machine only add time), slowest first,
// with the percentiles of those times: what bench/slowest.ts and bench/slowest-scale.ts print.

export interface CpuBest {
  /** Each question with its best time in ms, slowest first. */
  readonly slowest: readonly (readonly [string, number])[];
  /** The time at percentile p (0-100) of the best times. */
  readonly at: (p: number) => number;
  readonly totalMs: number;
}

export function cpuBest(answer: (q: string) => unknown, questions: readonly string[], passes: number): CpuBest {
  for (const q of questions) answer(q);
  const best = new Map<string, number>();
  for (let pass = 0; pass < passes; pass++) {
    for (const q of questions) {
      const t = process.cpuUsage();
      answer(q);
      const used = process.cpuUsage(t);
      best.set(q, Math.min(best.get(q) ?? Infinity, (used.user + used.system) / 1000));
    }
  }
  const slowest = [...best].sort((a, b) => b[1] - a[1]);
  const times = slowest.map(([, ms]) => ms).reverse();
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))] ?? NaN;
  return { slowest, at, totalMs: times.reduce((s, v) => s + v, 0) };
}
