import { SlashCommandBuilder } from 'discord.js';
import { readingFor } from '../src/answering/types.js';
import { langOfLocale } from '../src/discord/localizations.js';
import type { Command } from '../src/discord/command.js';
import { everywhere } from '../src/discord/install.js';
import { respond } from '../src/discord/respond.js';
import { hidden, withHideOption } from '../src/discord/talk-option.js';

/** /talks [hide]: every talk with its date, format, participants and source. */
const TITLE = { en: 'Talks', vi: 'Các cuộc hội đàm', zh: '会谈' } as const;

export default {
  data: () => withHideOption(everywhere(new SlashCommandBuilder().setName('talks').setDescription('All talks the articles report, with dates and sources'))).toJSON(),
  execute: async (interaction, ctx) => {
    await respond(interaction, ctx.engine.ask(readingFor('talks', null, langOfLocale(interaction.locale))), ctx, { ephemeral: hidden(interaction), title: TITLE[langOfLocale(interaction.locale)] });
  },
} satisfies Command;
