import { SlashCommandBuilder } from 'discord.js';
import { suggestQuestions } from '../src/discord/autocomplete.js';
import { discordKey } from '../src/conversation/conversations.js';
import type { Command } from '../src/discord/command.js';
import { everywhere } from '../src/discord/install.js';
import { DiscordLimits } from '../src/discord/limits.js';
import { respond } from '../src/discord/respond.js';
import { hidden, withHideOption } from '../src/discord/talk-option.js';

const QUESTION = 'question';

/**
 * /ask question:<text> [hide]: a free question, answered with citations or an honest refusal; a follow-up ("and in
 * 2020?") continues from the user's last answer in this channel, as a mention does.
 */
export default {
  data: () =>
    withHideOption(
      everywhere(new SlashCommandBuilder().setName('ask').setDescription('Ask anything about the talks; the answer quotes the article'))
        .addStringOption((o) =>
          o.setName(QUESTION).setDescription('Your question').setRequired(true).setMaxLength(500).setAutocomplete(true),
        ),
    ).toJSON(),
  execute: async (interaction, ctx) => {
    const question = interaction.options.getString(QUESTION, true);
    const key = discordKey(interaction.channelId, interaction.user.id);
    const answer = ctx.conversations ? await ctx.conversations.ask(key, question) : ctx.engine.answer(question);
    await respond(interaction, answer, ctx, { ephemeral: hidden(interaction), title: question });
  },
  autocomplete: async (interaction, { engine }) => {
    const focused = interaction.options.getFocused();
    await interaction.respond(suggestQuestions(engine, focused).slice(0, DiscordLimits.autocompleteChoices));
  },
} satisfies Command;
