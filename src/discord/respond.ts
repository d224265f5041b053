// Every reply the bot sends goes through here: an embed within Discord's limits, mentions off,
// and reply / followUp / editReply chosen by the interaction's state.
import {
  MessageFlags,
  type ChatInputCommandInteraction,
  type InteractionReplyOptions,
  type Message,
  type MessageReplyOptions,
  type RepliableInteraction,
} from 'discord.js';
import type { Answer } from '../answering/types.js';
import { renderEmbed } from '../rendering/embed.js';
import { truncate } from '../rendering/truncate.js';
import { DiscordLimits, TOO_LATE_ERROR_CODES } from './limits.js';
import type { Logger } from './log.js';

/** No @everyone, no roles, no users: echoed input must never ping anyone. */
export const NO_MENTIONS = { parse: [] as never[], repliedUser: false } as const;

export interface RespondOptions {
  readonly ephemeral?: boolean;
  readonly title?: string;
}

export function answerPayload(answer: Answer, options: RespondOptions = {}): InteractionReplyOptions {
  return {
    embeds: [renderEmbed(answer, options.title)],
    allowedMentions: NO_MENTIONS,
    ...(options.ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
  };
}

/** Replies, follows up or edits the deferred reply, whichever the interaction's state allows. */
export async function sendToInteraction(interaction: RepliableInteraction, payload: InteractionReplyOptions): Promise<void> {
  if (interaction.deferred && !interaction.replied) {
    const { flags: _flags, ...edit } = payload;
    await interaction.editReply(edit);
  } else if (interaction.replied) {
    await interaction.followUp(payload);
  } else {
    await interaction.reply(payload);
  }
}

export function respond(interaction: ChatInputCommandInteraction, answer: Answer, options: RespondOptions = {}): Promise<void> {
  return sendToInteraction(interaction, answerPayload(answer, options));
}

/** A short ephemeral text (errors, notices), mentions off. */
export function notice(interaction: RepliableInteraction, text: string): Promise<void> {
  return sendToInteraction(interaction, {
    content: truncate(text, DiscordLimits.messageContent),
    allowedMentions: NO_MENTIONS,
    flags: MessageFlags.Ephemeral,
  });
}

export function replyToMessage(message: Message, answer: Answer, title?: string): Promise<Message> {
  const payload: MessageReplyOptions = {
    embeds: [renderEmbed(answer, title)],
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
