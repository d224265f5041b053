import { SlashCommandBuilder } from 'discord.js';
import { readingFor } from '../src/answering/types.js';
import type { Command } from '../src/discord/command.js';
import { respond } from '../src/discord/respond.js';
import { hidden, withHideOption } from '../src/discord/talk-option.js';

/** /talks [hide]: every talk with its date, format, participants and source. */
export default {
  data: () => withHideOption(new SlashCommandBuilder().setName('talks').setDescription('All talks the articles report, with dates and sources')).toJSON(),
  execute: async (interaction, { engine }) => {
    await respond(interaction, engine.ask(readingFor('talks')), { ephemeral: hidden(interaction), title: 'Talks' });
  },
} satisfies Command;
