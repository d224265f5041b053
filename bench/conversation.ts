// Conversations: how long a follow-up takes (the context filled in, read again, answered) and how much memory the
// in-process store holds with 10,000 live conversations. The follow-ups are the blind dialogues' later turns,
// each asked with the context its dialogue had reached (computed once, not timed). With redis-server installed, the
// same follow-ups through the Redis-backed store too (a throwaway server on a free loopback port, a bounded loop).
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import type { Engine } from '../src/answering/engine.js';
import { contextOf, type Context } from '../src/conversation/context.js';
import { createConversations, discordKey } from '../src/conversation/conversations.js';
import type { FollowUp } from '../src/conversation/follow-up.js';
import { loadFollowUp } from '../src/conversation/lexicon.js';
import { conversationStore } from '../src/conversation/store.js';
import { DATA_DIR } from '../src/paths.js';
import { createStateBackend } from '../src/state/backend.js';
import { createMemoryStore } from '../src/state/memory-store.js';
import type { KeyValueStore } from '../src/state/store.js';
import { loadDialogues } from '../test/support/dialogues.js';
import { redisServerPath, startRedis } from '../test/support/scale.js';

export interface ConversationFigures {
  /** Follow-ups (the dialogues' later turns), and how many times they were run in all. */
  readonly followUps: number;
  readonly runs: number;
  /** Over follow-ups, each at its median time. */
  readonly p50: number;
  readonly p99: number;
  /** Over every run. */
  readonly allP99: number;
  /** The same through the store (get, answer, set), as the bot runs it. */
  readonly storedP99: number;
  /** The same through the Redis-backed store (REDIS_URL); undefined without redis-server. */
  readonly redisP99: number | undefined;
  readonly conversations: number;
  readonly storeBytes: number;
  readonly perConversationBytes: number;
}

const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

/** A collector to call between measurements (V8's, exposed for this process). */
function collector(): () => void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  return () => {
    gc();
    gc();
  };
}

export async function measureConversations(engine: Engine, conversations = 10_000): Promise<ConversationFigures> {
  const followUp = loadFollowUp(engine, DATA_DIR);
  // Each later turn with the context its dialogue reached.
  const turns: { q: string; context: Context }[] = [];
  const contexts: Context[] = [];
  for (const dialogue of loadDialogues()) {
    let context: Context | null = null;
    for (const turn of dialogue.turns) {
      if (context) turns.push({ q: turn.q, context });
      context = contextOf(followUp(turn.q, context)) ?? context;
      if (context) contexts.push(context);
    }
  }
  // Each follow-up asked again and again (10,000 runs in all): its median is its cost, free of the machine's
  // noise; the p99 over follow-ups is then the slow kind of follow-up, and the p99 of all runs is shown beside it.
  const rounds = Math.ceil(10_000 / turns.length);
  const runs: number[][] = turns.map(() => []);
  for (let round = 0; round <= rounds; round++) {
    turns.forEach(({ q, context }, i) => {
      const t = performance.now();
      followUp(q, context);
      // The first round warms the caches (typo corrections) and is not counted.
      if (round > 0) runs[i]?.push(performance.now() - t);
    });
  }
  const medians = runs.map((r) => percentile([...r].sort((a, b) => a - b), 50)).sort((a, b) => a - b);
  const all = runs.flat().sort((a, b) => a - b);

  // Through the store, as a mention is answered; and through Redis, as every process does with REDIS_URL.
  const stored = await timeThroughStore(followUp, createMemoryStore<Context>(conversations), turns);
  const redisP99 = redisServerPath() ? percentile(await throughRedis(followUp, turns), 99) : undefined;

  // Memory: 10,000 live conversations, each its own context as a store would hold it (no object shared).
  const gc = collector();
  const fresh = createMemoryStore<Context>(conversations);
  gc();
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < conversations; i++) {
    const context = contexts[i % contexts.length];
    if (context) await fresh.set(discordKey(`1300000000000${String(i).padStart(6, '0')}`, `1300000000001${String(i).padStart(6, '0')}`), structuredClone(context), 600_000);
  }
  gc();
  const storeBytes = process.memoryUsage().heapUsed - before;
  if (fresh.size !== conversations) throw new Error(`the store holds ${fresh.size} conversations, not ${conversations}`);
  return {
    followUps: turns.length,
    runs: all.length,
    p50: percentile(medians, 50),
    p99: percentile(medians, 99),
    allP99: percentile(all, 99),
    storedP99: percentile(stored, 99),
    redisP99,
    conversations,
    storeBytes,
    perConversationBytes: storeBytes / conversations,
  };
}

/** Each follow-up asked through `store` (its context set first, untimed), 5 rounds; the times sorted. */
async function timeThroughStore(followUp: FollowUp, store: KeyValueStore<Context>, turns: readonly { q: string; context: Context }[]): Promise<number[]> {
  const talk = createConversations(followUp, store, 600_000);
  const times: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const [i, { q, context }] of turns.entries()) {
      const key = discordKey('bench', String(i));
      await store.set(key, context, 600_000);
      const t = performance.now();
      await talk.ask(key, q);
      times.push(performance.now() - t);
    }
  }
  return times.sort((a, b) => a - b);
}

/** The same through the Redis-backed store, against a throwaway redis-server on 127.0.0.1. */
async function throughRedis(followUp: FollowUp, turns: readonly { q: string; context: Context }[]): Promise<number[]> {
  const redis = await startRedis();
  const quiet = { info: () => undefined, warn: () => undefined };
  const backend = createStateBackend(redis.url, quiet);
  try {
    const until = Date.now() + 5000;
    while (backend.redisStatus !== 'up') {
      if (Date.now() > until) throw new Error('the benchmark could not reach its redis-server');
      await new Promise((r) => setTimeout(r, 20));
    }
    return await timeThroughStore(followUp, conversationStore(backend), turns);
  } finally {
    await backend.close();
    await redis.stop();
  }
}
