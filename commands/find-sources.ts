import { langOfLocale } from '../src/discord/localizations.js';
import { ApplicationCommandType, ContextMenuCommandBuilder, type Message } from 'discord.js';
import { plainText, sourcesForMessage } from '../src/answering/message-sources.js';
import { messagesFor } from '../src/i18n/index.js';
import { userTitle } from '../src/discord/rendering/user-text.js';
import type { MessageCommand } from '../src/discord/command.js';
import { everywhere } from '../src/discord/install.js';
import { matchesPage } from '../src/discord/pages.js';
import { notice, pagePayload, sendToInteraction } from '../src/discord/respond.js';

export const FIND_SOURCES = 'Find sources';
/** Most sentences offered for one message (three shown, the rest behind More matches). */
const MAX_MATCHES = 9;
const EXCERPT = 120;
/** The list's own words (the sentences are the articles' English). */

/** What a message says: its text, or for a message of embeds only (another bot's answer), their text. */
function textOf(message: Message): string {
  if (message.content.trim()) return message.content;
  return message.embeds.flatMap((e) => [e.title ?? '', e.description ?? '', ...e.fields.map((f) => f.value)]).join('\n');
}

/**
 * Right-click a message → Apps → Find sources: the article sentences behind it, privately, each labelled as
 * supporting what it says, contradicting it (naming the detail that differs) or related, and ready to post.
 */
export default {
  visibility: 'ephemeral',
  data: () => everywhere(new ContextMenuCommandBuilder().setName(FIND_SOURCES).setType(ApplicationCommandType.Message)).toJSON(),
  execute: async (interaction, ctx) => {
    // The user's Discord locale: what they see here is ours to word, the quotes stay English.
    const lang = langOfLocale(interaction.locale);
    const m = messagesFor(lang);
    const message = interaction.targetMessage;
    const text = textOf(message);
    if (!plainText(text)) {
      await notice(interaction, m.messageHasNoText);
      return;
    }
    const { sources } = sourcesForMessage(ctx.engine, text, MAX_MATCHES);
    if (sources.length === 0) {
      await notice(interaction, m.nothingMatchesMessage);
      return;
    }
    const excerpt = `“${userTitle(plainText(text), EXCERPT)}”`;
    const page = matchesPage(ctx, lang, 1, sources.length, sources.map((s) => s.sentence), { target: message.id, excerpt, labels: sources.map((s) => s.label) });
    await sendToInteraction(interaction, pagePayload(page, true));
  },
} satisfies MessageCommand;
