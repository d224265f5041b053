// Answers a message that mentions the bot ("@talks-bot when were the talks?"), or its managed role (the role
// Discord made when the bot joined; people pick it from the @ list by mistake), and any message in a DM with
// the bot, with a reply: in channels, threads and forum posts alike. Messages that mention the bot carry their
// content without the privileged Message Content intent, and so do DMs; a reply to the bot with its @ on
// mentions it. Each (channel, user) is a conversation: a follow-up continues from that user's last answer there,
// and a reply to one of the bot's answers continues from that answer, whoever replies (the answer carries what
// it was about in its footer, so this holds after a restart). A public reply counts toward the sender's
// cooldown; the first mention past it gets a sign (⏳, or a one-line reply where the bot cannot react).
import { ChannelType, PermissionFlagsBits, type Client, type Message } from 'discord.js';
import { readingFor } from '../answering/types.js';
import { withoutChatMarkup } from '../chat-text.js';
import type { Context } from '../conversation/context.js';
import { discordKey } from '../conversation/conversations.js';
import { contextFromMarker } from '../conversation/marker.js';
import { messagesFor } from '../i18n/index.js';
import type { RuntimeContext } from './command.js';
import { NO_MENTIONS, replyToMessage } from './respond.js';

/** The reaction a mention past the cooldown gets. */
export const THROTTLED = '⏳';

type LogContext = Record<string, unknown>;

/**
 * The question a mention asks: without the bot's own mention(s) and its role's, and without any other chat
 * markup (mentions, channels, emoji, timestamps), so the engine reads plain text.
 */
export function questionFrom(content: string, botId: string, roleId?: string): string {
  const role = roleId ? `|<@&${roleId}>` : '';
  return withoutChatMarkup(content.replace(new RegExp(`<@!?${botId}>${role}`, 'g'), ' ')).replace(/\s+/g, ' ').trim();
}

/** The bot's managed role in the message's server, if the message mentions it. */
function mentionedBotRole(message: Message, client: Client<true>): string | undefined {
  if (!message.inGuild()) return undefined;
  const role = message.guild.roles.botRoleFor(client.user);
  return role && message.mentions.roles.has(role.id) ? role.id : undefined;
}

/** The context of the bot's answer this message replies to (read from the answer itself), or null. */
async function repliedContext(message: Message, client: Client<true>, ctx: RuntimeContext, log: LogContext): Promise<Context | null> {
  if (!message.reference?.messageId || message.mentions.repliedUser?.id !== client.user.id) return null;
  try {
    const answer = await message.fetchReference();
    if (answer.author.id !== client.user.id) return null;
    const footer = answer.embeds[0]?.footer?.text;
    return footer ? contextFromMarker(footer) : null;
  } catch (error) {
    // Deleted meanwhile, or no Read Message History: the question is answered from the conversation instead.
    ctx.log.warn('could not read the answer replied to', { ...log, error });
    return null;
  }
}

/** Whether the bot may react to the message: always in a DM; in a server with Add Reactions and Read Message History there. */
function canReact(message: Message, client: Client<true>): boolean {
  if (!message.inGuild()) return true;
  const permissions = message.channel.permissionsFor(client.user);
  return permissions?.has([PermissionFlagsBits.AddReactions, PermissionFlagsBits.ReadMessageHistory]) ?? true;
}

/** The sign for a mention past the cooldown: ⏳ where the bot can react, otherwise one line saying when to ask again. */
async function signThrottled(message: Message, client: Client<true>, ctx: RuntimeContext, question: string, retryAfterMs: number, log: LogContext): Promise<void> {
  if (canReact(message, client)) {
    try {
      await message.react(THROTTLED);
      return;
    } catch (error) {
      ctx.log.warn('could not react to a throttled mention; replying instead', { ...log, error });
    }
  }
  const lang = question ? ctx.engine.reader.language(question) : 'en';
  try {
    await message.reply({ content: messagesFor(lang).mentionCooldown(Math.ceil(retryAfterMs / 1000)), allowedMentions: NO_MENTIONS, failIfNotExists: false });
  } catch (error) {
    ctx.log.warn('could not tell a throttled mention when to ask again', { ...log, error });
  }
}

export async function handleMessage(message: Message, client: Client<true>, ctx: RuntimeContext): Promise<void> {
  if (message.author.bot || message.webhookId || message.system) return;
  const inDM = message.channel.type === ChannelType.DM;
  const roleId = mentionedBotRole(message, client);
  // A direct mention, the bot's own role, or a DM: not @everyone, @here or another role it happens to have.
  if (!inDM && !roleId && !message.mentions.users.has(client.user.id)) return;
  const context = { userId: message.author.id, messageId: message.id, channelId: message.channelId, ...(inDM ? { dm: true } : {}) };
  const started = performance.now();
  const question = questionFrom(message.content, client.user.id, roleId);
  const verdict = await ctx.cooldown.take(message.author.id);
  if (!verdict.ok) {
    ctx.metrics?.interaction('mention', 'mention', 'throttled');
    ctx.log.info('mention not answered: cooldown', { ...context, retryAfterMs: verdict.retryAfterMs, signed: verdict.first });
    // The first one past the limit gets a sign, so nobody thinks the bot is down; later ones in the window do not.
    if (verdict.first) await signThrottled(message, client, ctx, question, verdict.retryAfterMs, context);
    return;
  }
  try {
    const from = await repliedContext(message, client, ctx, context);
    const key = discordKey(message.channelId, message.author.id);
    const answer = !question
      ? ctx.engine.ask(readingFor('help'))
      : ctx.conversations
        ? await ctx.conversations.ask(key, question, { from })
        : ctx.engine.answer(question);
    await replyToMessage(message, answer, ctx, question || undefined);
    ctx.log.info('mention answered', { ...context, answered: answer.answered, intent: answer.intent, ...(answer.carried ? { followUp: true } : {}), ...(from ? { reply: true } : {}) });
    ctx.metrics?.interaction('mention', 'mention', 'answered', (performance.now() - started) / 1000);
  } catch (error) {
    ctx.metrics?.interaction('mention', 'mention', 'failed', (performance.now() - started) / 1000);
    ctx.log.error('mention failed', { ...context, error });
  }
}
