// The prompt's conversation: the follow-up reader over an in-memory store, for CONVERSATION_TTL (null when it
// is off). A bad value is reported on stderr and the default used: the console is for trying things out.
import type { Engine } from '../answering/engine.js';
import { createConversations, DEFAULT_CONVERSATION_TTL_MS, type Conversations } from '../conversation/conversations.js';
import type { Context } from '../conversation/context.js';
import { loadFollowUp } from '../conversation/lexicon.js';
import { CONVERSATION_TTL_HELP, parseConversationTtl } from '../conversation/ttl.js';
import { DATA_DIR } from '../paths.js';
import { createMemoryStore } from '../state/memory-store.js';

export function consoleConversations(engine: Engine, env: NodeJS.ProcessEnv): Conversations | null {
  const ttl = parseConversationTtl(env.CONVERSATION_TTL);
  if (!ttl.ok) process.stderr.write(`talks-bot: CONVERSATION_TTL ${ttl.message}. ${CONVERSATION_TTL_HELP} Using the default.\n`);
  const ttlMs = ttl.ok ? ttl.ttlMs : DEFAULT_CONVERSATION_TTL_MS;
  if (ttlMs === null) return null;
  return createConversations(loadFollowUp(engine, DATA_DIR), createMemoryStore<Context>(1), ttlMs);
}
