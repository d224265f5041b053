// The shape shared by /who, /when, /agreements and /topics: an optional talk, an optional hide, one intent.
import { SlashCommandBuilder } from 'discord.js';
import { readingFor, type Intent } from '../answering/types.js';
import { discordKey } from '../conversation/conversations.js';
import { messagesFor } from '../i18n/index.js';
import type { Localized } from '../languages.js';
import { langOfLocale } from './localizations.js';
import type { Command } from './command.js';
import { everywhere } from './install.js';
import { notice, respond } from './respond.js';
import { chosenTalk, hidden, suggestTalks, withHideOption, withTalkOption } from './talk-option.js';

export interface AnswerCommandSpec {
  readonly name: string;
  readonly description: string;
  readonly intent: Intent;
  /** Embed title in each language, e.g. "Who took part". */
  readonly title: Localized;
}

export function answerCommand(spec: AnswerCommandSpec): Command {
  return {
    data: ({ engine }) =>
      withHideOption(withTalkOption(everywhere(new SlashCommandBuilder().setName(spec.name).setDescription(spec.description)), engine.kb)).toJSON(),
    execute: async (interaction, ctx) => {
      const { engine } = ctx;
      // A slash command has no question to read a language from: the user's Discord locale says it.
      const lang = langOfLocale(interaction.locale);
      const talk = chosenTalk(interaction, engine.kb);
      if (talk === undefined) {
        await notice(interaction, messagesFor(lang).unknownTalk);
        return;
      }
      const answer = engine.ask(readingFor(spec.intent, talk ? [talk] : null, lang));
      // "/who 2020", then "@talks-bot what did they say about the sea?": the command's answer is the last answer.
      await ctx.conversations?.record(discordKey(interaction.channelId, interaction.user.id), answer);
      await respond(interaction, answer, ctx, { ephemeral: hidden(interaction), title: spec.title[lang] });
    },
    autocomplete: async (interaction, { engine }) => {
      await interaction.respond(suggestTalks(engine.kb, interaction.options.getFocused()));
    },
  };
}
