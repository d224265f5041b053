// The 3-second rule over HTTP: when the handler has not answered in time, the response is a deferral and the answer
// follows through the interaction webhook (in process, with the deadline shortened to 0 ms and a limiter that takes 100 ms).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InteractionResponseType, MessageFlags } from 'discord.js';
import { loadEngine } from '../../src/answering/load.js';
import { createLogger } from '../../src/discord/log.js';
import { createHttpInteractions } from '../../src/http/interactions-mode.js';
import { startHttpServer, type HttpServer } from '../../src/http/server.js';
import { publicKeyFromHex } from '../../src/http/verify.js';
import { createMemoryBackend } from '../../src/state/backend.js';
import { FakeDiscord } from '../support/fake-discord.js';
import { chatInputInteraction } from '../support/payloads.js';
import { LogCollector, asObject, embedText, onlyEmbed } from '../discord/helpers.js';

let fake: FakeDiscord;
let server: HttpServer;
const logs = new LogCollector();

beforeAll(async () => {
  fake = await FakeDiscord.start();
  const log = createLogger([], logs.sink, { level: 'debug' });
  const answerer = await createHttpInteractions({
    engine: loadEngine(),
    log,
    token: undefined,
    apiUrl: fake.apiUrl,
    guildId: undefined,
    cooldown: { limit: 5, windowMs: 30_000 },
    // A shared limiter slower than the deadline, as a struggling Redis would be.
    state: { ...createMemoryBackend(), limiter: () => ({ consume: () => new Promise((resolve) => setTimeout(() => resolve({ ok: true }), 100)) }) },
    answerWithinMs: 0,
  });
  server = await startHttpServer({ host: '127.0.0.1', port: 0, log, readiness: () => ({ ready: true }), interactions: { publicKey: publicKeyFromHex(fake.publicKey), answerer } });
});

afterAll(async () => {
  await server.close(Date.now() + 1000);
  await fake.stop();
});

describe('an answer later than the HTTP deadline', () => {
  it('is deferred in the response, then edits the deferred reply through the webhook with mentions off', async () => {
    const ask = chatInputInteraction({ name: 'ask', options: { question: 'when were the phone talks?' } });
    const result = await fake.postInteraction(`http://127.0.0.1:${server.port}/interactions`, ask);
    expect(asObject(result.body).type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    const edited = await fake.waitFor(() => {
      const message = fake.originalMessage(ask.id);
      return message && ((message.flags ?? 0) & MessageFlags.Loading) === 0 && message.embeds.length > 0 ? message : undefined;
    }, 5000, 'the deferred reply edited');
    expect(embedText(onlyEmbed(edited))).toMatch(/29 July 2020/);
    const edit = fake.requests.find((r) => r.method === 'PATCH' && r.path.includes(ask.token));
    expect(asObject(edit?.body).allowed_mentions).toMatchObject({ parse: [] });
    expect(logs.entries().some((e) => e.msg.startsWith('answer came after the HTTP response'))).toBe(true);
  });
});
