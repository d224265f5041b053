import { suggestQuestions } from '../src/discord/autocomplete.js';
import { withoutChatMarkup } from '../src/chat-text.js';
import { discordKey } from '../src/conversation/conversations.js';
import { defineCommand } from '../src/discord/definition.js';
import { DiscordLimits } from '../src/discord/limits.js';
import { respond } from '../src/discord/respond.js';
import { hideOption } from '../src/discord/talk-option.js';

/**
 * /ask question:<text> [hide]: a free question, answered with citations or an honest refusal; a follow-up ("and in
 * 2020?") continues from the user's last answer in this channel, as a mention does.
 */
export default defineCommand({
  name: 'ask',
  description: 'Ask anything about the talks; the answer quotes the article',
  localizations: { vi: { name: 'hỏi', description: 'Hỏi bất cứ điều gì về các cuộc hội đàm; câu trả lời trích dẫn bài báo' }, zh: { name: '提问', description: '就会谈提出任何问题；回答引用报道原文' } },
  help: { en: 'any question about the talks', vi: 'hỏi bất cứ điều gì về các cuộc hội đàm', zh: '就会谈提出任何问题' },
  visibility: 'hide-option',
  cooldown: true,
  options: {
    question: {
      type: 'string',
      description: 'Your question',
      localizations: { vi: { name: 'câu-hỏi', description: 'Câu hỏi của bạn' }, zh: { name: '问题', description: '你的问题' } },
      required: true,
      maxLength: 500,
      autocomplete: true,
    },
    hide: hideOption,
  },
  execute: async (interaction, { question, hide }, ctx) => {
    const key = discordKey(interaction.channelId ?? '', interaction.user.id);
    // Chat markup (a mention, a channel, an emoji) is no part of the question: the engine reads plain text.
    const asked = withoutChatMarkup(question);
    const answer = ctx.conversations ? await ctx.conversations.ask(key, asked) : ctx.engine.answer(asked);
    await respond(interaction, answer, ctx, { ephemeral: hide ?? false, title: question });
  },
  autocomplete: async (interaction, { engine }) => {
    const focused = interaction.options.getFocused().value;
    await interaction.respond(suggestQuestions(engine, focused).slice(0, DiscordLimits.autocompleteChoices));
  },
});
