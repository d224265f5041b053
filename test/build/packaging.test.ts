// The container and service files, kept honest without a container engine on the test machine: every path the
// Dockerfile copies exists, the build stage has every input the build reads, and what the image and the systemd
// unit run is package.json's "main", as node, exec form, not root.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/process.js';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { main: string; scripts: Record<string, string> };
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

interface Instruction {
  readonly op: string;
  readonly args: string;
}

interface Stage {
  readonly name: string | undefined;
  readonly from: string;
  readonly instructions: Instruction[];
}

/** Dockerfile instructions per stage (comments dropped, `\` continuations joined). */
function stages(dockerfile: string): { args: Map<string, string>; stages: Stage[] } {
  const lines = dockerfile.replace(/\\\n/g, ' ').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  const args = new Map<string, string>();
  const out: Stage[] = [];
  for (const line of lines) {
    const [op = '', ...rest] = line.split(/\s+/);
    const instruction = { op: op.toUpperCase(), args: rest.join(' ') };
    if (instruction.op === 'FROM') {
      const [from = '', as, name] = rest;
      out.push({ from, name: as?.toUpperCase() === 'AS' ? name : undefined, instructions: [] });
    } else if (out.length === 0 && instruction.op === 'ARG') {
      const [key = '', value = ''] = instruction.args.split('=');
      args.set(key, value);
    } else {
      out.at(-1)?.instructions.push(instruction);
    }
  }
  return { args, stages: out };
}

/** COPY sources (not --from=another stage), relative to the build context. */
function copiedPaths(stage: Stage): string[] {
  return stage.instructions
    .filter((i) => i.op === 'COPY' && !/--from=/.test(i.args))
    .flatMap((i) => {
      const parts = i.args.split(/\s+/).filter((p) => !p.startsWith('--'));
      return parts.slice(0, -1);
    });
}

const docker = stages(read('Dockerfile'));
const build = docker.stages[0];
const runtime = docker.stages.at(-1);

describe('Dockerfile', () => {
  it('has a build stage and a runtime stage on a Node LTS line (an even major, 24 or later)', () => {
    expect(docker.stages.length).toBeGreaterThanOrEqual(2);
    const version = Number(docker.args.get('NODE_VERSION'));
    expect(version % 2).toBe(0);
    expect(version).toBeGreaterThanOrEqual(24);
    for (const stage of docker.stages) expect(stage.from).toMatch(/^node:\$\{NODE_VERSION\}-/);
  });

  it('every path it copies from the build context exists', () => {
    const paths = docker.stages.flatMap(copiedPaths);
    expect(paths.length).toBeGreaterThan(5);
    for (const path of paths) expect(existsSync(join(ROOT, path)), path).toBe(true);
  });

  it('the build stage has every input the build reads, and runs the build', () => {
    if (!build) throw new Error('no build stage');
    const copied = copiedPaths(build);
    const tsconfigBuild = JSON.parse(read('tsconfig.build.json').replace(/^\s*\/\/.*$/gm, '')) as { include: string[] };
    for (const input of [...tsconfigBuild.include, 'tsconfig.json', 'tsconfig.build.json', 'scripts', 'data', 'package.json', 'package-lock.json']) {
      expect(copied.some((c) => c === input || input.startsWith(`${c}/`)), input).toBe(true);
    }
    expect(build.instructions.some((i) => i.op === 'RUN' && /\bnpm ci\b/.test(i.args) && !/--omit=dev/.test(i.args))).toBe(true);
    expect(build.instructions.some((i) => i.op === 'RUN' && i.args.includes('npm run build'))).toBe(true);
    expect(pkg.scripts.build).toBeDefined();
  });

  it('the runtime stage has production dependencies only, the compiled build and the data', () => {
    if (!runtime) throw new Error('no runtime stage');
    expect(runtime.instructions.some((i) => i.op === 'RUN' && /npm ci\b.*--omit=dev/.test(i.args))).toBe(true);
    const fromBuild = runtime.instructions.filter((i) => i.op === 'COPY' && i.args.includes(`--from=${build?.name ?? '?'}`));
    expect(fromBuild.map((i) => i.args)).toContainEqual(expect.stringContaining('/app/dist'));
    expect(copiedPaths(runtime)).toEqual(expect.arrayContaining(['data', 'package.json', 'package-lock.json']));
  });

  it('runs package.json "main" with node, in exec form, as a non-root user, under an init that forwards signals', () => {
    if (!runtime) throw new Error('no runtime stage');
    const user = runtime.instructions.filter((i) => i.op === 'USER').at(-1)?.args;
    expect(user).toBeDefined();
    expect(['root', '0']).not.toContain(user);
    const cmd = runtime.instructions.filter((i) => i.op === 'CMD').at(-1)?.args ?? '';
    const argv = JSON.parse(cmd) as string[];
    expect(argv[0]).toBe('node');
    expect(argv.at(-1)).toBe(pkg.main);
    expect(existsSync(join(ROOT, pkg.main)), 'main exists after the build').toBe(true);
    const entrypoint = JSON.parse(runtime.instructions.filter((i) => i.op === 'ENTRYPOINT').at(-1)?.args ?? '[]') as string[];
    expect(entrypoint[0]).toMatch(/tini$/);
    expect(runtime.instructions.some((i) => i.op === 'RUN' && /apt-get install .*\btini\b/.test(i.args))).toBe(true);
  });

  it('.dockerignore keeps secrets, installs and builds out of the context', () => {
    const ignored = read('.dockerignore').split('\n').map((l) => l.trim());
    for (const entry of ['.env', 'node_modules', 'dist', '.git']) expect(ignored).toContain(entry);
  });
});

describe('the production entries run the bot alike', () => {
  it('npm start, the image and the unit pass node the same flags (they keep the heap small)', () => {
    const flagsOf = (argv: readonly string[]) => argv.filter((a) => a.startsWith('--'));
    const start = pkg.scripts.start?.split(/\s+/) ?? [];
    const npmFlags = flagsOf(start.slice(start.indexOf('node') + 1));
    const cmd = JSON.parse(runtime?.instructions.filter((i) => i.op === 'CMD').at(-1)?.args ?? '[]') as string[];
    const exec = /^ExecStart=(.*)$/m.exec(read('deploy/talks-bot.service'))?.[1]?.split(/\s+/) ?? [];
    expect(npmFlags).toEqual(['--max-semi-space-size=1', '--optimize-for-size', '--v8-pool-size=1', '--max-optimized-bytecode-size=8000']);
    expect(flagsOf(cmd)).toEqual(npmFlags);
    expect(flagsOf(exec)).toEqual(npmFlags);
    // And the same malloc setting.
    expect(start[0]).toBe('MALLOC_ARENA_MAX=2');
    expect(runtime?.instructions.some((i) => i.op === 'ENV' && /\bMALLOC_ARENA_MAX=2\b/.test(i.args))).toBe(true);
    expect(read('deploy/talks-bot.service')).toMatch(/^Environment=MALLOC_ARENA_MAX=2$/m);
  });
});

describe('compose.yaml', () => {
  const compose = read('compose.yaml');
  const service = (name: string): string => {
    const match = new RegExp(`^  ${name}:\\n((?:    .*\\n|\\s*\\n)+)`, 'm').exec(compose);
    if (!match?.[1]) throw new Error(`no service ${name}`);
    return match[1];
  };

  it('the bot service restarts by itself and reads .env', () => {
    const bot = service('bot');
    expect(bot).toMatch(/^ {4}restart: (unless-stopped|always|on-failure)/m);
    expect(bot).toMatch(/^ {4}env_file: \.env$/m);
    expect(bot).toMatch(/^ {4}build: \.$/m);
  });

  it('commands are deployed by a one-off service running the compiled deploy-commands', () => {
    const deploy = service('deploy-commands');
    expect(deploy).toMatch(/^ {4}profiles: \[tools\]$/m);
    expect(deploy).toMatch(/^ {4}env_file: \.env$/m);
    const command = /^ {4}command: (\[.*\])$/m.exec(deploy)?.[1] ?? '[]';
    const argv = JSON.parse(command) as string[];
    expect(argv[0]).toBe('node');
    expect(existsSync(join(ROOT, argv[1] ?? 'missing'))).toBe(true);
    expect(compose).toContain('docker compose run --rm deploy-commands');
  });
});

describe('systemd unit (deploy/talks-bot.service)', () => {
  const unit = read('deploy/talks-bot.service');

  it('runs "main" with node, restarts on failure, stops with SIGTERM and time to finish replies', () => {
    const exec = /^ExecStart=(.*)$/m.exec(unit)?.[1]?.split(/\s+/) ?? [];
    expect(exec[0]).toMatch(/\/node$/);
    expect(exec.at(-1)).toBe(pkg.main);
    expect(unit).toMatch(/^Restart=on-failure$/m);
    expect(unit).toMatch(/^KillSignal=SIGTERM$/m);
    expect(Number(/^TimeoutStopSec=(\d+)$/m.exec(unit)?.[1])).toBeGreaterThan(3);
    expect(unit).toMatch(/^User=(?!root)\S+$/m);
  });

  it('passes systemd-analyze verify where systemd is installed', () => {
    const check = spawnSync('systemd-analyze', ['verify', join(ROOT, 'deploy', 'talks-bot.service')], { encoding: 'utf8' });
    if (check.error) return; // no systemd here: the checks above still hold
    expect(check.stderr.trim()).toBe('');
    expect(check.status).toBe(0);
  });
});
