// The shape shared by /who, /when, /agreements, /topics and /source: an optional talk, an optional hide, one intent.
import { readingFor, type Intent } from '../answering/types.js';
import { discordKey } from '../conversation/conversations.js';
import { messagesFor } from '../i18n/index.js';
import type { Localized } from '../languages.js';
import { langOfLocale } from './localizations.js';
import { defineCommand, type DefinedCommand, type Localizations } from './definition.js';
import { notice, respond } from './respond.js';
import { hideOption, suggestTalks, talkNamed, talkOption } from './talk-option.js';

export interface AnswerCommandSpec {
  readonly name: string;
  readonly description: string;
  readonly localizations: Localizations;
  readonly help: Localized;
  readonly intent: Intent;
  /** Embed title in each language, e.g. "Who took part". */
  readonly title: Localized;
}

const options = { talk: talkOption, hide: hideOption } as const;

export function answerCommand(spec: AnswerCommandSpec): DefinedCommand<typeof options> {
  return defineCommand({
    name: spec.name,
    description: spec.description,
    localizations: spec.localizations,
    help: spec.help,
    visibility: 'hide-option',
    cooldown: true,
    options,
    execute: async (interaction, args, ctx) => {
      const { engine } = ctx;
      // A slash command has no question to read a language from: the user's Discord locale says it.
      const lang = langOfLocale(interaction.locale);
      const talk = talkNamed(args.talk, engine.kb);
      if (talk === undefined) {
        await notice(interaction, messagesFor(lang).unknownTalk);
        return;
      }
      const answer = engine.ask(readingFor(spec.intent, talk ? [talk] : null, lang));
      // "/who 2020", then "@talks-bot what did they say about the sea?": the command's answer is the last answer.
      await ctx.conversations?.record(discordKey(interaction.channelId ?? '', interaction.user.id), answer);
      await respond(interaction, answer, ctx, { ephemeral: args.hide ?? false, title: spec.title[lang] });
    },
    autocomplete: async (interaction, { engine }) => {
      await interaction.respond(suggestTalks(engine.kb, interaction.options.getFocused().value));
    },
  });
}
