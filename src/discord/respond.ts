// Every reply the bot sends goes through here: embeds within Discord's limits, buttons made in pages.ts,
// mentions off, and reply / followUp / editReply chosen by the interaction's state. Interaction replies are
// Discord's own JSON (discord-api-types); a mention's reply goes through discord.js's Message.
import { MessageFlags, type Message, type MessageReplyOptions } from 'discord.js';
import type { APIAllowedMentions, APIInteractionResponseCallbackData } from 'discord-api-types/v10';
import type { Answer } from '../answering/types.js';
import type { InteractionRequest } from './interaction.js';
import { truncate } from './rendering/truncate.js';
import type { RuntimeContext } from './command.js';
import { DiscordLimits, TOO_LATE_ERROR_CODES } from './limits.js';
import type { Logger } from './log.js';
import { answerPage, type Page } from './pages.js';

/** No @everyone, no roles, no users: echoed input must never ping anyone. */
export const NO_MENTIONS = { parse: [] as never[], repliedUser: false } as const;
/** The same, as Discord's JSON (interaction replies, edits, follow-ups). */
export const API_NO_MENTIONS: APIAllowedMentions = Object.freeze({ parse: [], replied_user: false });

/** An interaction reply's data (content, embeds, components, allowed_mentions, flags). */
export type ReplyData = APIInteractionResponseCallbackData;

export interface RespondOptions {
  readonly ephemeral?: boolean;
  readonly title?: string;
}

/** A page as an interaction reply: mentions off, ephemeral when asked. */
export function pagePayload(page: Page, ephemeral = false): ReplyData {
  return {
    embeds: page.embeds,
    components: page.components,
    allowed_mentions: API_NO_MENTIONS,
    ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
  };
}

export async function answerPayload(answer: Answer, ctx: RuntimeContext, options: RespondOptions = {}): Promise<ReplyData> {
  const page = await answerPage(answer, ctx, options.title === undefined ? {} : { title: options.title });
  return pagePayload(page, options.ephemeral);
}

/** Replies, follows up or edits the deferred reply, whichever the interaction's state allows. */
export async function sendToInteraction(interaction: InteractionRequest, payload: ReplyData): Promise<void> {
  // A button acknowledged with deferUpdate keeps its message as it is: what comes next is a follow-up.
  if (interaction.isButton() && interaction.deferred && !interaction.replied) {
    await interaction.followUp(payload);
  } else if (interaction.deferred && !interaction.replied) {
    const { flags: _flags, ...edit } = payload;
    await interaction.editReply(edit);
  } else if (interaction.replied) {
    await interaction.followUp(payload);
  } else {
    await interaction.reply(payload);
  }
}

export async function respond(interaction: InteractionRequest, answer: Answer, ctx: RuntimeContext, options: RespondOptions = {}): Promise<void> {
  await sendToInteraction(interaction, await answerPayload(answer, ctx, options));
}

/** A short ephemeral text's data. */
export function noticeData(text: string): ReplyData {
  return { content: truncate(text, DiscordLimits.messageContent), allowed_mentions: API_NO_MENTIONS, flags: MessageFlags.Ephemeral };
}

/** A short ephemeral text (errors, notices), mentions off. */
export function notice(interaction: InteractionRequest, text: string): Promise<void> {
  return sendToInteraction(interaction, noticeData(text));
}

export async function replyToMessage(message: Message, answer: Answer, ctx: RuntimeContext, title?: string): Promise<Message> {
  const page = await answerPage(answer, ctx, title === undefined ? {} : { title });
  const payload: MessageReplyOptions = {
    embeds: page.embeds,
    components: page.components,
    allowedMentions: NO_MENTIONS,
    // The asker may have deleted the message meanwhile; answer in the channel anyway.
    failIfNotExists: false,
  };
  return message.reply(payload);
}

/** True for errors meaning the interaction is gone or answered already: log them, do not crash. */
export function isExpiredInteraction(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'number' && TOO_LATE_ERROR_CODES.has(code);
}

/** Runs a send, turning expired-interaction errors into a log line. Other errors propagate. */
export async function sendSafely(log: Logger, context: Record<string, unknown>, send: () => Promise<unknown>): Promise<void> {
  try {
    await send();
  } catch (error) {
    if (!isExpiredInteraction(error)) throw error;
    log.warn('interaction expired or already acknowledged', { ...context, code: (error as { code?: unknown }).code });
  }
}
