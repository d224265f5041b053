import { SlashCommandBuilder } from 'discord.js';
import { readingFor } from '../src/answering/types.js';
import type { Command } from '../src/discord/command.js';
import { respond } from '../src/discord/respond.js';

/** /help: what the bot knows and the commands; only the asker sees it. */
export default {
  data: () => new SlashCommandBuilder().setName('help').setDescription('What this bot answers, and how').toJSON(),
  execute: async (interaction, { engine }) => {
    await respond(interaction, engine.ask(readingFor('help')), { ephemeral: true, title: 'talks-bot' });
  },
} satisfies Command;
