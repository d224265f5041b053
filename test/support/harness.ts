// A bot (createBot, the real discord.js client) against a fake Discord, and the small steps the end-to-end tests
// take with it: run a command, read the reply's buttons, click one, look at what was posted where.
import { InteractionResponseType, MessageFlags, Routes, type APIMessage } from 'discord.js';
import { expect } from 'vitest';
import type { Engine } from '../../src/answering/engine.js';
import { loadEngine } from '../../src/answering/load.js';
import { createBot, type Bot } from '../../src/discord/bot.js';
import type { CooldownConfig } from '../../src/discord/cooldown.js';
import { createLogger } from '../../src/discord/log.js';
import { LogCollector, allowedMentionsOf, asObject, isObject, stringField } from '../discord/helpers.js';
import type { FakeDiscord, RecordedCallback, RecordedRequest } from './fake-discord.js';
import { buttonInteraction, type ContextOptions } from './payloads.js';

let engine: Engine | undefined;

export interface Started {
  readonly bot: Bot;
  readonly logs: LogCollector;
}

/** A logged-in bot on `fake`; the cooldown is off unless given, conversations last 10 minutes unless given (null: off). */
export async function startBot(fake: FakeDiscord, options: { cooldown?: CooldownConfig; guildId?: string; conversationTtlMs?: number | null } = {}): Promise<Started> {
  engine ??= loadEngine();
  const logs = new LogCollector();
  const bot = await createBot(
    engine,
    {
      token: fake.token,
      guildId: options.guildId,
      apiUrl: fake.apiUrl,
      cooldown: options.cooldown ?? { limit: 0, windowMs: 0 },
      ...(options.conversationTtlMs === undefined ? {} : { conversationTtlMs: options.conversationTtlMs }),
    },
    createLogger([fake.token], logs.sink),
  );
  await bot.start();
  return { bot, logs };
}

export interface Button {
  readonly customId: string;
  readonly label: string;
  readonly style: number;
}

/** The buttons of a message body, row by row flattened. */
export function buttonsOf(body: unknown): Button[] {
  const components = asObject(body, 'a message body').components;
  if (components === undefined) return [];
  if (!Array.isArray(components)) throw new Error('components must be an array');
  return components.flatMap((row) => {
    const inner = asObject(row, 'an action row').components;
    if (!Array.isArray(inner)) throw new Error('an action row without components');
    return inner.map((c) => {
      const button = asObject(c, 'a component');
      const customId = stringField(button, 'custom_id');
      const label = stringField(button, 'label');
      if (customId === undefined || label === undefined) throw new Error(`a button without custom_id or label: ${JSON.stringify(c)}`);
      expect(customId.length, customId).toBeLessThanOrEqual(100);
      expect(label.length, label).toBeLessThanOrEqual(80);
      return { customId, label, style: typeof button.style === 'number' ? button.style : 0 };
    });
  });
}

export function buttonLabelled(body: unknown, label: string | RegExp): Button {
  const found = buttonsOf(body).find((b) => (typeof label === 'string' ? b.label === label : label.test(b.label)));
  if (!found) throw new Error(`no button ${String(label)} among ${JSON.stringify(buttonsOf(body).map((b) => b.label))}`);
  return found;
}

/** The message an interaction's reply became, as the fake stores it (buttons and flags included). */
export function replyMessage(fake: FakeDiscord, interactionId: string): APIMessage {
  const message = fake.originalMessage(interactionId);
  if (!message) throw new Error(`interaction ${interactionId} has no reply message`);
  return message;
}

/** Clicks `customId` on `message` as a user would, and returns the click's callback. */
export async function click(fake: FakeDiscord, message: APIMessage, customId: string, ctx: ContextOptions = {}): Promise<{ payload: { id: string; token: string }; callback: RecordedCallback }> {
  const payload = fake.sendInteraction(buttonInteraction({ customId, message, ...ctx }));
  return { payload, callback: await fake.waitForCallback(payload.id) };
}

export function isEphemeral(body: unknown): boolean {
  return ((isObject(body) && typeof body.flags === 'number' ? body.flags : 0) & MessageFlags.Ephemeral) !== 0;
}

export function expectNoPings(body: unknown): void {
  const allowed = allowedMentionsOf(body);
  expect(allowed, 'allowed_mentions must be sent, or Discord applies its defaults').toBeDefined();
  expect(allowed?.parse).toEqual([]);
  expect(allowed?.users ?? []).toEqual([]);
  expect(allowed?.roles ?? []).toEqual([]);
}

/** POSTs of messages to `channelId` (the bot's own channel messages, not interaction replies). */
export function channelPosts(fake: FakeDiscord, channelId: string = fake.ids.channelId): RecordedRequest[] {
  return fake.requests.filter((r) => r.method === 'POST' && r.path === Routes.channelMessages(channelId));
}

/** The first channel post replying to `messageId` (waits for it). */
export function replyTo(fake: FakeDiscord, messageId: string, channelId: string = fake.ids.channelId): Promise<RecordedRequest> {
  return fake.waitForRequest((r) => {
    if (r.method !== 'POST' || r.path !== Routes.channelMessages(channelId) || !isObject(r.body)) return false;
    const reference = r.body.message_reference;
    return isObject(reference) && stringField(reference, 'message_id') === messageId;
  });
}

/** Follow-up messages of an interaction (POST /webhooks/<app>/<token>). */
export function followUps(fake: FakeDiscord, token: string): RecordedRequest[] {
  return fake.requests.filter((r) => r.method === 'POST' && r.path === Routes.webhook(fake.ids.applicationId, token));
}

export const MESSAGE_REPLY = InteractionResponseType.ChannelMessageWithSource;
