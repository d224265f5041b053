import { langOfLocale } from '../src/discord/localizations.js';
import type { APIMessage } from 'discord-api-types/v10';
import { sourcesForMessage } from '../src/answering/message-sources.js';
import { messageText } from '../src/chat-text.js';
import { messagesFor } from '../src/i18n/index.js';
import { userTitle } from '../src/discord/rendering/user-text.js';
import { defineMessageCommand } from '../src/discord/definition.js';
import { matchesPage } from '../src/discord/pages.js';
import { notice, pagePayload, sendToInteraction } from '../src/discord/respond.js';

export const FIND_SOURCES = 'Find sources';
/** Most sentences offered for one message (three shown, the rest behind More matches). */
const MAX_MATCHES = 9;
const EXCERPT = 120;

/** What a message says: its text, or for a message of embeds only (another bot's answer), their text. */
function textOf(message: APIMessage): string {
  if (message.content.trim()) return message.content;
  return message.embeds.flatMap((e) => [e.title ?? '', e.description ?? '', ...(e.fields ?? []).map((f) => f.value)]).join('\n');
}

/**
 * Right-click a message → Apps → Find sources: the article sentences behind it, privately, each labelled as
 * supporting what it says, contradicting it (naming the detail that differs) or related, and ready to post.
 */
export default defineMessageCommand({
  name: FIND_SOURCES,
  localizations: { vi: { name: 'Tìm nguồn' }, zh: { name: '查找出处' } },
  help: {
    en: 'On any message: Apps → Find sources lists the article sentences behind it, ready to post as a reply.',
    vi: 'Trên bất kỳ tin nhắn nào: Ứng dụng → Find sources liệt kê các câu trong bài báo làm căn cứ, sẵn sàng đăng để trả lời.',
    zh: '在任意消息上：应用 → Find sources 会列出相关的报道原句，可直接作为回复发布。',
  },
  visibility: 'ephemeral',
  // Private: it never counts toward the cooldown either way.
  cooldown: false,
  execute: async (interaction, ctx) => {
    // The user's Discord locale: what they see here is ours to word, the quotes stay English.
    const lang = langOfLocale(interaction.locale);
    const m = messagesFor(lang);
    const message = interaction.targetMessage;
    if (!message) {
      await notice(interaction, m.messageHasNoText);
      return;
    }
    // Chat markup (mentions, channels, emoji, links) names nothing in the articles: the engine gets plain text.
    const text = messageText(textOf(message));
    if (!text) {
      await notice(interaction, m.messageHasNoText);
      return;
    }
    const { sources } = sourcesForMessage(ctx.engine, text, MAX_MATCHES);
    if (sources.length === 0) {
      await notice(interaction, m.nothingMatchesMessage);
      return;
    }
    const excerpt = `“${userTitle(text, EXCERPT)}”`;
    const page = matchesPage(ctx, lang, 1, sources.length, sources.map((s) => s.sentence), { target: message.id, excerpt, labels: sources.map((s) => s.label) });
    await sendToInteraction(interaction, pagePayload(page, true));
  },
});
