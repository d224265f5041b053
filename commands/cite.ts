import { langOfLocale } from '../src/discord/localizations.js';
import { MessageFlags, SlashCommandBuilder } from 'discord.js';
import { sentenceIndex, type ArticleSentence } from '../src/answering/sentences.js';
import type { KnowledgeBase, Talk } from '../src/facts/types.js';
import { messagesFor } from '../src/i18n/index.js';
import { normalize } from '../src/matching/normalize.js';
import { renderQuotePost } from '../src/discord/rendering/quote-post.js';
import type { Command } from '../src/discord/command.js';
import { everywhere } from '../src/discord/install.js';
import { DiscordLimits } from '../src/discord/limits.js';
import { notice } from '../src/discord/respond.js';
import { suggestSentences } from '../src/discord/sentence-autocomplete.js';
import { chosenTalk, hidden, suggestTalks, TALK_OPTION, withHideOption, withTalkOption } from '../src/discord/talk-option.js';

const SENTENCE = 'sentence';
const MENTION = 'mention';
/** What the quote's lines are written in (the sentence itself is the article's English). */

/** The sentence a value names: a suggestion's id, or text typed without picking that occurs in one sentence only. */
function sentenceFor(kb: KnowledgeBase, value: string, talk: Talk | null): ArticleSentence | undefined {
  const index = sentenceIndex(kb);
  const byId = index.byId(value);
  if (byId) return byId;
  const typed = normalize(value);
  if (typed.length < 10) return undefined;
  const containing = index.all.filter((s) => (!talk || s.talk === talk) && normalize(s.text).includes(typed));
  return containing.length === 1 ? containing[0] : undefined;
}

/** /cite sentence:<autocomplete> [talk] [mention] [hide]: posts an article sentence as a quote with its source. */
export default {
  data: ({ engine }) =>
    withHideOption(
      withTalkOption(
        everywhere(new SlashCommandBuilder().setName('cite').setDescription('Post a sentence of the articles as a quote, with outlet, date and title')).addStringOption(
          (o) => o.setName(SENTENCE).setDescription('Type words of the sentence, then pick it').setRequired(true).setMaxLength(DiscordLimits.choiceValue).setAutocomplete(true),
        ),
        engine.kb,
      ).addUserOption((o) => o.setName(MENTION).setDescription('Someone to address the quote to').setRequired(false)),
    ).toJSON(),
  execute: async (interaction, { engine }) => {
    // The user's Discord locale: what they see here is ours to word, the quotes stay English.
    const lang = langOfLocale(interaction.locale);
    const m = messagesFor(lang);
    const talk = chosenTalk(interaction, engine.kb);
    if (talk === undefined) {
      await notice(interaction, m.unknownTalk);
      return;
    }
    const sentence = sentenceFor(engine.kb, interaction.options.getString(SENTENCE, true), talk);
    if (!sentence) {
      await notice(interaction, m.unknownSentence);
      return;
    }
    if (talk && sentence.talk !== talk) {
      await notice(interaction, m.sentenceNotInTalk);
      return;
    }
    const addressee = interaction.options.getUser(MENTION);
    await interaction.reply({
      content: renderQuotePost(sentence, lang, addressee ? { addressee: addressee.id } : {}),
      // Like a tag addressed to someone: the one user named is notified, nobody else ever.
      allowedMentions: { parse: [], users: addressee ? [addressee.id] : [], repliedUser: false },
      ...(hidden(interaction) ? { flags: MessageFlags.Ephemeral } : {}),
    });
  },
  autocomplete: async (interaction, { engine }) => {
    const focused = interaction.options.getFocused(true);
    if (focused.name === TALK_OPTION) {
      await interaction.respond(suggestTalks(engine.kb, focused.value));
      return;
    }
    const talkId = interaction.options.getString(TALK_OPTION);
    const talk = talkId === null ? null : (engine.kb.talks.find((t) => t.id === talkId) ?? null);
    await interaction.respond(suggestSentences(engine.kb, focused.value, talk));
  },
} satisfies Command;
