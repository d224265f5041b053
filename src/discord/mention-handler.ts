// Answers a message that mentions the bot ("@talks-bot when were the talks?"), or its managed role (the role
// Discord made when the bot joined; people pick it from the @ list by mistake), and any message in a DM with
// the bot, with a reply: in channels, threads and forum posts alike. Messages that mention the bot carry their
// content without the privileged Message Content intent, and so do DMs. A public reply counts toward the
// sender's cooldown; past it the bot stays silent (a notice would be one more public message).
import { ChannelType, type Client, type Message } from 'discord.js';
import { readingFor } from '../answering/types.js';
import type { RuntimeContext } from './command.js';
import { replyToMessage } from './respond.js';

/** The question with the bot's own mention(s), and its role's, removed. */
export function questionFrom(content: string, botId: string, roleId?: string): string {
  const role = roleId ? `|<@&${roleId}>` : '';
  return content.replace(new RegExp(`<@!?${botId}>${role}`, 'g'), ' ').replace(/\s+/g, ' ').trim();
}

/** The bot's managed role in the message's server, if the message mentions it. */
function mentionedBotRole(message: Message, client: Client<true>): string | undefined {
  if (!message.inGuild()) return undefined;
  const role = message.guild.roles.botRoleFor(client.user);
  return role && message.mentions.roles.has(role.id) ? role.id : undefined;
}

export async function handleMessage(message: Message, client: Client<true>, ctx: RuntimeContext): Promise<void> {
  if (message.author.bot || message.webhookId || message.system) return;
  const inDM = message.channel.type === ChannelType.DM;
  const roleId = mentionedBotRole(message, client);
  // A direct mention, the bot's own role, or a DM: not @everyone, @here or another role it happens to have.
  if (!inDM && !roleId && !message.mentions.users.has(client.user.id)) return;
  const context = { userId: message.author.id, messageId: message.id, channelId: message.channelId, ...(inDM ? { dm: true } : {}) };
  const started = performance.now();
  const verdict = await ctx.cooldown.take(message.author.id);
  if (!verdict.ok) {
    ctx.metrics?.interaction('mention', 'mention', 'throttled');
    ctx.log.info('mention not answered: cooldown', { ...context, retryAfterMs: verdict.retryAfterMs });
    return;
  }
  const question = questionFrom(message.content, client.user.id, roleId);
  try {
    const answer = question ? ctx.engine.answer(question) : ctx.engine.ask(readingFor('help'));
    await replyToMessage(message, answer, ctx, question || undefined);
    ctx.log.info('mention answered', { ...context, answered: answer.answered, intent: answer.intent });
    ctx.metrics?.interaction('mention', 'mention', 'answered', (performance.now() - started) / 1000);
  } catch (error) {
    ctx.metrics?.interaction('mention', 'mention', 'failed', (performance.now() - started) / 1000);
    ctx.log.error('mention failed', { ...context, error });
  }
}
