// The bot's resident memory (RSS, what the OS charges the process) as production runs it: the compiled
// `node dist/src/main.js` against the fake Discord on 127.0.0.1, after login and after N interactions from N
// different users (each a fresh user and member object for discord.js to build, and not keep).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FakeDiscord } from '../test/support/fake-discord.js';
import { chatInputInteraction } from '../test/support/payloads.js';

export interface BotMemory {
  readonly loginMb: number;
  readonly afterMb: number;
  readonly interactions: number;
  readonly answered: number;
  /** From spawning the process to the fake sending READY (Node start, imports, data load, gateway handshake). */
  readonly startMs: number;
  readonly burstMs: number;
}

/** VmRSS from /proc (Linux), in MB. */
function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1]);
  if (!Number.isFinite(kb)) throw new Error(`no VmRSS for ${pid}`);
  return kb / 1024;
}

const QUESTIONS = ['who took part in the 2022 talks?', 'when were the talks?', 'what was signed?', 'did they discuss covid?', 'wen was the vidoe conference'];

export async function measureBotMemory(root: string, nodeFlags: readonly string[], extraEnv: Record<string, string> = {}, interactions = 1000, batch = 50): Promise<BotMemory> {
  const fake = await FakeDiscord.start();
  const child = spawn(process.execPath, [...nodeFlags, join(root, 'dist', 'src', 'main.js')], {
    cwd: root,
    env: { ...extraEnv, PATH: process.env.PATH ?? '', DISCORD_TOKEN: fake.token, DISCORD_API_URL: fake.apiUrl, DOTENV_CONFIG_PATH: '/dev/null', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  try {
    const started = performance.now();
    await fake.waitFor(() => fake.readyCount === 1 || undefined, 20_000, 'the bot to log in');
    const startMs = performance.now() - started;
    // discord.js marks itself ready once the guild arrives; give it a moment to settle before reading RSS.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const pid = child.pid ?? 0;
    const loginMb = rssMb(pid);

    const burstStarted = performance.now();
    const ids: string[] = [];
    // Bounded: `interactions` in batches, each batch waited for (or the run fails after 20 s).
    for (let sent = 0; sent < interactions; sent += batch) {
      for (let i = sent; i < Math.min(interactions, sent + batch); i++) {
        const userId = `16${String(i).padStart(17, '0')}`;
        const payload = i % 3 === 0
          ? chatInputInteraction({ name: 'ask', options: { question: QUESTIONS[i % QUESTIONS.length] ?? 'who?' }, userId, username: `user${i}` })
          : chatInputInteraction({ name: i % 3 === 1 ? 'when' : 'who', userId, username: `user${i}` });
        ids.push(fake.sendInteraction(payload).id);
      }
      const wanted = new Set(ids);
      await fake.waitFor(() => fake.callbacks.filter((c) => wanted.has(c.interactionId)).length === ids.length || undefined, 20_000, 'a batch of answers');
    }
    const burstMs = performance.now() - burstStarted;
    await new Promise((resolve) => setTimeout(resolve, 500));
    const afterMb = rssMb(pid);
    const answered = new Set(fake.callbacks.map((c) => c.interactionId)).size;
    return { loginMb, afterMb, interactions, answered, startMs, burstMs };
  } catch (error) {
    throw new Error(`${String(error)}\nbot stderr:\n${stderr}`);
  } finally {
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
    await fake.stop();
  }
}
