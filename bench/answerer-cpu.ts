// `npx tsx bench/answerer-cpu.ts`: in one process, without HTTP, the CPU per signed-off `/ask` through the
// interaction answerer (cooldown, conversation store, command, rendering, metrics, the response's JSON) beside the
// engine's answer() alone for the same questions: what the handler layer adds to the engine. Alternating rounds
// (ANSWERER_CPU_ROUNDS, default 5) of ANSWERER_CPU_REQUESTS (default 2000) each, best and every round in µs. Each
// hundred payloads is made just before it is answered (an interaction's id carries its creation time: older than
// 3 s, it would be logged as late). No network: the answerer's REST client is never called for a first answer.
import { loadEngine } from '../src/answering/load.js';
import { conversationStore } from '../src/conversation/store.js';
import { createLogger } from '../src/discord/log.js';
import { createHttpInteractions } from '../src/http/interactions-mode.js';
import { createMetrics } from '../src/observability/metrics.js';
import { createMemoryBackend } from '../src/state/backend.js';
import { chatInputInteraction } from '../test/support/payloads.js';

const QUESTIONS = ['who took part in the 2022 talks?', 'when were the phone talks?', 'what was signed in 2022?', 'did they discuss the sea?', 'what did they say about covid?'];
const rounds = Number(process.env.ANSWERER_CPU_ROUNDS ?? 5);
const perRound = Number(process.env.ANSWERER_CPU_REQUESTS ?? 2000);
const BATCH = 100;

const engine = loadEngine();
const state = createMemoryBackend();
const answerer = await createHttpInteractions({
  engine,
  log: createLogger([], () => undefined, { level: 'warn' }),
  token: undefined,
  apiUrl: 'http://127.0.0.1:9',
  guildId: undefined,
  // As bench:http: every request consults the cooldown without being refused.
  cooldown: { limit: 9999, windowMs: 1000 },
  state,
  conversationStore: conversationStore(state, 10_000),
  conversationTtlMs: 600_000,
  metrics: createMetrics(),
});

const cpuUs = (since: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(since);
  return used.user + used.system;
};

let sent = 0;
async function viaAnswerer(): Promise<number> {
  let used = 0;
  for (let done = 0; done < perRound; done += BATCH) {
    const payloads = Array.from({ length: BATCH }, (_, i) => {
      const n = sent++;
      return chatInputInteraction({ name: 'ask', options: { question: QUESTIONS[(done + i) % QUESTIONS.length] ?? '' }, userId: `17${String(n % 5000).padStart(17, '0')}` });
    });
    const since = process.cpuUsage();
    for (const payload of payloads) await answerer.answer(payload, (response) => Promise.resolve(void JSON.stringify(response)));
    used += cpuUs(since);
  }
  return used / perRound;
}

function viaEngine(): number {
  const since = process.cpuUsage();
  for (let i = 0; i < perRound; i++) engine.answer(QUESTIONS[i % QUESTIONS.length] ?? '');
  return cpuUs(since) / perRound;
}

const answererUs: number[] = [];
const engineUs: number[] = [];
for (let r = 0; r < rounds; r++) {
  answererUs.push(await viaAnswerer());
  engineUs.push(viaEngine());
}
const line = (label: string, us: number[]) => `${label}: best ${Math.min(...us).toFixed(0)} µs per request (rounds ${us.map((u) => u.toFixed(0)).join(', ')})\n`;
process.stdout.write(line('answerer (handler + engine)', answererUs) + line('engine answer() alone', engineUs));
