// Answers a message that mentions the bot ("@talks-bot when were the talks?") with a reply.
// Messages that mention the bot carry their content without the privileged Message Content intent.
import type { Client, Message } from 'discord.js';
import { readingFor } from '../answering/types.js';
import type { CommandContext } from './command.js';
import { replyToMessage } from './respond.js';

/** The question with the bot's own mention(s) removed. */
export function questionFrom(content: string, botId: string): string {
  return content.replace(new RegExp(`<@!?${botId}>`, 'g'), ' ').replace(/\s+/g, ' ').trim();
}

export async function handleMessage(message: Message, client: Client<true>, ctx: CommandContext): Promise<void> {
  if (message.author.bot || message.webhookId) return;
  // Only a direct mention of the bot: not @everyone, @here or a role it happens to have.
  if (!message.mentions.users.has(client.user.id)) return;
  const question = questionFrom(message.content, client.user.id);
  const context = { userId: message.author.id, messageId: message.id, channelId: message.channelId };
  try {
    const answer = question ? ctx.engine.answer(question) : ctx.engine.ask(readingFor('help'));
    await replyToMessage(message, answer, question || undefined);
    ctx.log.info('mention answered', { ...context, answered: answer.answered, intent: answer.intent });
  } catch (error) {
    ctx.log.error('mention failed', { ...context, error });
  }
}
