// HTTP interactions mode end to end: `node dist/src/main.js` with DISCORD_PUBLIC_KEY and INTERACTIONS_PORT (no
// gateway), the fake Discord signing and POSTing interactions as Discord does, follow-ups through its webhook.
import { afterEach, describe, expect, it } from 'vitest';
import { InteractionResponseType, MessageFlags } from 'discord.js';
import { FakeDiscord } from '../support/fake-discord.js';
import { autocompleteInteraction, buttonInteraction, chatInputInteraction, messageCommandInteraction, messagePayload, userPayload } from '../support/payloads.js';
import { killAll } from '../support/process.js';
import { get, startReplica, type Replica } from '../support/scale.js';
import { allowedMentionsOf, asObject, contentOf, embedText, flagsOf, onlyEmbed, parseLogLine } from '../discord/helpers.js';

const fakes: FakeDiscord[] = [];

afterEach(async () => {
  killAll();
  await Promise.all(fakes.splice(0).map((fake) => fake.stop()));
});

async function setup(vars: Record<string, string | undefined> = {}): Promise<{ fake: FakeDiscord; replica: Replica }> {
  const fake = await FakeDiscord.start();
  fakes.push(fake);
  return { fake, replica: await startReplica(fake, vars) };
}

async function raw(url: string, body: string | Buffer, headers: Record<string, string>): Promise<{ status: number; text: string }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  return { status: res.status, text: await res.text() };
}

const responseData = (body: unknown) => asObject(asObject(body, 'the response').data, 'the response data');

describe('HTTP interactions (POST /interactions)', () => {
  it('answers PING with PONG, /ask with the cited answer in the HTTP response (mentions off), autocomplete with choices, and never logs the interaction token', async () => {
    const { fake, replica } = await setup();
    const ping = await fake.postInteraction(replica.endpoint, { id: '1300000000000000100', application_id: fake.ids.applicationId, type: 1, token: 'ping-token', version: 1 } as never);
    expect(ping).toMatchObject({ status: 200, body: { type: 1 } });

    const ask = chatInputInteraction({ name: 'ask', options: { question: 'who took part in the 2022 talks?' } });
    const answered = await fake.postInteraction(replica.endpoint, ask);
    expect(answered.status).toBe(200);
    expect(asObject(answered.body).type).toBe(InteractionResponseType.ChannelMessageWithSource);
    const data = responseData(answered.body);
    expect(embedText(onlyEmbed(data))).toMatch(/Song Tao/);
    expect(allowedMentionsOf(data)).toMatchObject({ parse: [] });
    expect(fake.originalMessage(ask.id)).toBeDefined();

    const typed = await fake.postInteraction(replica.endpoint, autocompleteInteraction({ name: 'ask', focused: { name: 'question', value: 'who' } }));
    expect(asObject(typed.body).type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
    const choices = responseData(typed.body).choices;
    expect(Array.isArray(choices) && choices.length > 0).toBe(true);

    const health = await get(`${replica.url}/healthz`);
    expect(health.status).toBe(200);
    const ready = await get(`${replica.url}/readyz`);
    expect(ready).toMatchObject({ status: 200, json: { ready: true, redis: 'off' } });
    const metrics = await get(`${replica.url}/metrics`);
    expect(metrics.status).toBe(200);
    expect(metrics.text).toMatch(/talks_bot_interactions_total\{type="command",command="ask",outcome="answered"\} 1/);
    expect(metrics.text).toMatch(/talks_bot_interactions_total\{type="autocomplete",command="ask",outcome="answered"\} 1/);
    expect(metrics.text).toMatch(/talks_bot_answer_seconds_bucket/);
    expect(metrics.text).toMatch(/process_cpu_user_seconds_total/);
    expect(replica.proc.output()).not.toContain(ask.token);
  });

  it('refuses unsigned and tampered requests with 401, a body that is not JSON with 400, one over 1 MB with 413, and keeps serving', async () => {
    const { fake, replica } = await setup();
    const payload = JSON.stringify(chatInputInteraction({ name: 'ask', options: { question: 'when were the phone talks?' } }));
    const timestamp = String(Math.floor(Date.now() / 1000));
    const signature = fake.sign(timestamp, payload);
    expect((await raw(replica.endpoint, payload, {})).status).toBe(401);
    expect((await raw(replica.endpoint, payload, { 'x-signature-timestamp': timestamp })).status).toBe(401);
    expect((await raw(replica.endpoint, payload.replace('phone', 'video'), { 'x-signature-ed25519': signature, 'x-signature-timestamp': timestamp })).status).toBe(401);
    expect((await raw(replica.endpoint, payload, { 'x-signature-ed25519': signature, 'x-signature-timestamp': String(Number(timestamp) + 1) })).status).toBe(401);
    const flipped = (signature[0] === '0' ? '1' : '0') + signature.slice(1);
    expect((await raw(replica.endpoint, payload, { 'x-signature-ed25519': flipped, 'x-signature-timestamp': timestamp })).status).toBe(401);

    const notJson = 'type=1';
    expect((await raw(replica.endpoint, notJson, { 'x-signature-ed25519': fake.sign(timestamp, notJson), 'x-signature-timestamp': timestamp })).status).toBe(400);
    const notInteraction = '{"hello":"world"}';
    expect((await raw(replica.endpoint, notInteraction, { 'x-signature-ed25519': fake.sign(timestamp, notInteraction), 'x-signature-timestamp': timestamp })).status).toBe(400);
    const huge = Buffer.alloc(1024 * 1024 + 10, 0x20);
    expect((await raw(replica.endpoint, huge, { 'x-signature-ed25519': fake.sign(timestamp, huge), 'x-signature-timestamp': timestamp })).status).toBe(413);

    const after = await fake.postInteraction(replica.endpoint, chatInputInteraction({ name: 'when' }));
    expect(after.status).toBe(200);
    expect(embedText(onlyEmbed(responseData(after.body)))).toMatch(/2020|2022/);
    expect(replica.proc.child.exitCode).toBeNull();
  });

  it('keeps the per-user cooldown (a private notice past it), answers a message command and its Post button, and exits 0 on SIGTERM after finishing', async () => {
    const { fake, replica } = await setup({ PUBLIC_REPLY_LIMIT: '2/60' });
    const ask = () => fake.postInteraction(replica.endpoint, chatInputInteraction({ name: 'when' }));
    expect(asObject((await ask()).body).type).toBe(InteractionResponseType.ChannelMessageWithSource);
    await ask();
    const third = await ask();
    const notice = responseData(third.body);
    expect(flagsOf(notice) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(contentOf(notice)).toMatch(/try again in \d+ s/);
    expect(allowedMentionsOf(notice)).toMatchObject({ parse: [] });
    expect((await get(`${replica.url}/metrics`)).text).toMatch(/outcome="throttled"\} 1/);

    // Find sources: a private answer (not counted), its buttons carried in the response.
    const target = messagePayload({ channelId: fake.ids.channelId, guildId: fake.ids.guildId, author: userPayload('1300000000000000042', 'someone'), content: 'Vietnam and China signed 13 cooperation documents in 2022, @everyone' });
    const foundPayload = messageCommandInteraction({ name: 'Find sources', target });
    const found = await fake.postInteraction(replica.endpoint, foundPayload);
    expect(found.status).toBe(200);
    const type = asObject(found.body).type;
    expect([InteractionResponseType.ChannelMessageWithSource, InteractionResponseType.DeferredChannelMessageWithSource]).toContain(type);
    expect(allowedMentionsOf(responseData(found.body)) ?? { parse: [] }).toMatchObject({ parse: [] });
    // Its Post button, clicked over HTTP too: the quote becomes the click's public reply, mentions off.
    const original = fake.originalMessage(foundPayload.id);
    const customIds = JSON.stringify(original?.components ?? []).match(/"custom_id":"([^"]+)"/g)?.map((m) => m.slice(13, -1)) ?? [];
    expect(customIds.length).toBeGreaterThan(0);
    if (!original || !customIds[0]) throw new Error('no button');
    const clicked = await fake.postInteraction(replica.endpoint, buttonInteraction({ customId: customIds[0], message: original }));
    expect(clicked.status).toBe(200);
    expect([InteractionResponseType.ChannelMessageWithSource, InteractionResponseType.UpdateMessage, InteractionResponseType.DeferredMessageUpdate]).toContain(asObject(clicked.body).type);
    if (asObject(clicked.body).type !== InteractionResponseType.DeferredMessageUpdate) expect(allowedMentionsOf(responseData(clicked.body))).toMatchObject({ parse: [] });


    replica.proc.child.kill('SIGTERM');
    expect((await replica.proc.exited()).code).toBe(0);
    const lines = replica.proc.stderr().split('\n').filter((l) => l.startsWith('{')).map(parseLogLine);
    expect(lines.some((l) => l.msg === 'stopped')).toBe(true);
  });
});
