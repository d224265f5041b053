// `npx tsx bench/http-profile.ts <file.cpuprofile> [top] [exclude,…]`: where a replica's CPU went under
// `bench:http`, from the profile `HTTP_BENCH_EXTRA_FLAGS="--cpu-prof --cpu-prof-dir=DIR"` leaves: self and inclusive
// time per module (src/ folder, package or node: module) and per function, from the first request on (start-up
// left out). Samples whose stack holds a function named in `exclude` are left out too ("ask" for everything but
// the engine's work; "writev" for the socket write, which a busy machine inflates: the process is switched out as
// the system call returns, and V8's sampler counts that wait as the call's time).
import { readFileSync } from 'node:fs';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
  readonly children?: readonly number[];
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** Where a frame's code lives: a src/ folder of dist/, a package, a node: module, or V8 itself. */
function moduleOf(url: string): string {
  if (!url) return '(V8)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return `pkg:${pkg[1]}`;
  const own = /dist\/(.*\/)[^/]*$/.exec(url);
  return own?.[1] ?? url;
}

const labelOf = (node: ProfileNode): string => {
  const { functionName, url, lineNumber } = node.callFrame;
  return `${functionName || '(anonymous)'} ${moduleOf(url)}${url ? `:${lineNumber + 1}` : ''}`;
};

function add(map: Map<string, number>, key: string, ms: number): void {
  map.set(key, (map.get(key) ?? 0) + ms);
}

export function summarise(profile: CpuProfile, exclude: readonly string[], top: number): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const stack = (id: number): ProfileNode[] => {
    const frames: ProfileNode[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const node = byId.get(at);
      if (node) frames.push(node);
    }
    return frames;
  };
  const first = profile.samples.findIndex((id) => stack(id).some((n) => n.callFrame.url.includes('/http/server.js')));
  const tables = { selfByModule: new Map<string, number>(), inclusiveByModule: new Map<string, number>(), selfByFunction: new Map<string, number>(), inclusiveByFunction: new Map<string, number>() };
  let busy = 0;
  for (let i = Math.max(0, first); i < profile.samples.length; i++) {
    const frames = stack(profile.samples[i] ?? 0);
    const leaf = frames[0];
    if (!leaf || leaf.callFrame.functionName === '(idle)') continue;
    if (frames.some((n) => exclude.includes(n.callFrame.functionName))) continue;
    // A sample's time is the gap to the next one.
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    busy += ms;
    const name = leaf.callFrame.functionName;
    add(tables.selfByModule, `${moduleOf(leaf.callFrame.url)}${name.startsWith('(') ? ` ${name}` : ''}`, ms);
    add(tables.selfByFunction, labelOf(leaf), ms);
    for (const label of new Set(frames.map(labelOf))) add(tables.inclusiveByFunction, label, ms);
    for (const module of new Set(frames.map((n) => moduleOf(n.callFrame.url)))) add(tables.inclusiveByModule, module, ms);
  }
  const lines = [`busy ${busy.toFixed(0)} ms from the first request on${exclude.length > 0 ? `, without ${exclude.join(', ')}` : ''}`];
  for (const [title, table] of Object.entries(tables)) {
    lines.push('', `== ${title}`);
    for (const [key, ms] of [...table].sort((a, b) => b[1] - a[1]).slice(0, top)) lines.push(`${((100 * ms) / busy).toFixed(1).padStart(5)}%  ${ms.toFixed(0).padStart(6)} ms  ${key}`);
  }
  return lines.join('\n');
}

const [file, top = '30', exclude = ''] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: npx tsx bench/http-profile.ts <file.cpuprofile> [top] [exclude,…]\n');
  process.exit(2);
}
process.stdout.write(`${summarise(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile, exclude.split(',').filter(Boolean), Number(top))}\n`);
