// Conversations: how long a follow-up takes (the context filled in, read again, answered) and how much memory the
// in-process store holds with 10,000 live conversations. The follow-ups are the blind dialogues' later turns,
// each asked with the context its dialogue had reached (computed once, not timed).
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import type { Engine } from '../src/answering/engine.js';
import { contextOf, type Context } from '../src/conversation/context.js';
import { createConversations, discordKey } from '../src/conversation/conversations.js';
import { loadFollowUp } from '../src/conversation/lexicon.js';
import { DATA_DIR } from '../src/paths.js';
import { createMemoryStore } from '../src/state/memory-store.js';
import { loadDialogues } from '../test/support/dialogues.js';

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

  // Through the store, as a mention is answered.
  const store = createMemoryStore<Context>(conversations);
  const talk = createConversations(followUp, store, 600_000);
  const stored: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const [i, { q, context }] of turns.entries()) {
      const key = discordKey('bench', String(i));
      await store.set(key, context, 600_000);
      const t = performance.now();
      await talk.ask(key, q);
      stored.push(performance.now() - t);
    }
  }
  stored.sort((a, b) => a - b);

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
    conversations,
    storeBytes,
    perConversationBytes: storeBytes / conversations,
  };
}
