// Post: shares one article sentence in the channel. Where the bot itself can write there (it is in the server
// with the permissions, or this is its DM), the quote is a reply to the message it was found for; otherwise
// (the app installed only by the user) it is the click's public reply, with a link to that message.
import { InteractionContextType, MessageFlags, PermissionFlagsBits, messageLink } from 'discord.js';
import { z } from 'zod';
import { sentenceIndex, type ArticleSentence } from '../../answering/sentences.js';
import { messagesFor } from '../../i18n/index.js';
import type { Lang } from '../../languages.js';
import { renderQuotePost } from '../rendering/quote-post.js';
import type { RuntimeContext } from '../command.js';
import type { ButtonRequest } from '../interaction.js';
import { API_NO_MENTIONS, isExpiredInteraction, notice } from '../respond.js';
import type { Button } from './button.js';

const postedMessage = z.looseObject({ id: z.string() });

/** Whether the bot user can send a reply in the interaction's channel (rather than only answer the click). */
export function botCanReplyHere(interaction: ButtonRequest, ctx: RuntimeContext): boolean {
  if (interaction.context === InteractionContextType.BotDM) return true;
  // Only a gateway knows which servers the bot is in; an HTTP replica answers the click itself.
  const guildId = interaction.guildId;
  if (guildId === null || !ctx.botInGuild?.(guildId)) return false;
  const send = interaction.inThread ? PermissionFlagsBits.SendMessagesInThreads : PermissionFlagsBits.SendMessages;
  const needed = PermissionFlagsBits.ViewChannel | PermissionFlagsBits.ReadMessageHistory | send;
  return (interaction.appPermissions & needed) === needed;
}

function linkTo(interaction: ButtonRequest, messageId: string): string {
  const channelId = interaction.channelId ?? '';
  return interaction.guildId ? messageLink(channelId, messageId, interaction.guildId) : messageLink(channelId, messageId);
}

async function post(interaction: ButtonRequest, sentence: ArticleSentence, lang: Lang, target: string | null, ctx: RuntimeContext): Promise<void> {
  const m = messagesFor(lang);
  const link = target ? linkTo(interaction, target) : undefined;
  const asClickReply = () => renderQuotePost(sentence, lang, link ? { replyLink: link } : {});
  if (!botCanReplyHere(interaction, ctx)) {
    await interaction.reply({ content: asClickReply(), allowed_mentions: API_NO_MENTIONS });
    return;
  }
  await interaction.deferUpdate();
  try {
    const body = {
      content: renderQuotePost(sentence, lang),
      allowed_mentions: { parse: [], replied_user: false },
      ...(target ? { message_reference: { message_id: target, fail_if_not_exists: false } } : {}),
    };
    const posted = postedMessage.parse(await interaction.postInChannel(body));
    await interaction.followUp({ content: `${m.posted} ${linkTo(interaction, posted.id)}`, flags: MessageFlags.Ephemeral, allowed_mentions: API_NO_MENTIONS });
  } catch (error) {
    if (isExpiredInteraction(error)) throw error;
    // Permissions changed, the channel is gone for the bot…: the click's own reply still reaches the channel.
    ctx.log.warn('could not reply in the channel; posting the quote as the button reply', { channelId: interaction.channelId, error });
    await interaction.followUp({ content: asClickReply(), allowed_mentions: API_NO_MENTIONS });
  }
}

export const postQuote: Button<'post'> = {
  kind: 'post',
  isPublic: () => true,
  execute: async (interaction, data, ctx) => {
    const sentence = sentenceIndex(ctx.engine.kb).byId(data.sentence);
    if (!sentence) {
      await notice(interaction, messagesFor(data.lang).buttonOutdated);
      return;
    }
    await post(interaction, sentence, data.lang, data.target, ctx);
  },
};
