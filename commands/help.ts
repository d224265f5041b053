import { SlashCommandBuilder } from 'discord.js';
import { readingFor } from '../src/answering/types.js';
import { langOfLocale } from '../src/discord/localizations.js';
import type { Command } from '../src/discord/command.js';
import { everywhere } from '../src/discord/install.js';
import { respond } from '../src/discord/respond.js';

/** /help: what the bot knows and the commands (clickable); only the asker sees it. */
export default {
  visibility: 'ephemeral',
  data: () => everywhere(new SlashCommandBuilder().setName('help').setDescription('What this bot answers, and how')).toJSON(),
  execute: async (interaction, ctx) => {
    await respond(interaction, ctx.engine.ask(readingFor('help', null, langOfLocale(interaction.locale))), ctx, { ephemeral: true, title: 'talks-bot' });
  },
} satisfies Command;
