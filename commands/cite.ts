import { MessageFlags } from 'discord.js';
import { sentenceIndex, type ArticleSentence } from '../src/answering/sentences.js';
import type { KnowledgeBase, Talk } from '../src/facts/types.js';
import { messagesFor } from '../src/i18n/index.js';
import { normalize } from '../src/matching/normalize.js';
import { defineCommand } from '../src/discord/definition.js';
import { langOfLocale } from '../src/discord/localizations.js';
import { renderQuotePost } from '../src/discord/rendering/quote-post.js';
import { DiscordLimits } from '../src/discord/limits.js';
import { notice } from '../src/discord/respond.js';
import { suggestSentences } from '../src/discord/sentence-autocomplete.js';
import { hideOption, suggestTalks, TALK_OPTION, talkNamed, talkOption } from '../src/discord/talk-option.js';

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
export default defineCommand({
  name: 'cite',
  description: 'Post a sentence of the articles as a quote, with outlet, date and title',
  localizations: {
    vi: { name: 'trích-dẫn', description: 'Đăng một câu của bài báo làm trích dẫn, kèm nguồn, ngày và tiêu đề' },
    zh: { name: '引用', description: '把报道中的一句话作为引文发布，附出处、日期和标题' },
  },
  help: { en: 'post a sentence of the articles as a quote', vi: 'đăng một câu của bài báo làm trích dẫn', zh: '把报道中的一句话作为引文发布' },
  visibility: 'hide-option',
  cooldown: true,
  options: {
    sentence: {
      type: 'string',
      description: 'Type words of the sentence, then pick it',
      localizations: { vi: { name: 'câu', description: 'Gõ vài từ của câu rồi chọn' }, zh: { name: '句子', description: '输入句子中的词语，然后选择' } },
      required: true,
      maxLength: DiscordLimits.choiceValue,
      autocomplete: true,
    },
    talk: talkOption,
    mention: {
      type: 'user',
      description: 'Someone to address the quote to',
      localizations: { vi: { name: 'gửi-tới', description: 'Người nhận trích dẫn' }, zh: { name: '提及', description: '引文发给谁' } },
    },
    hide: hideOption,
  },
  execute: async (interaction, args, { engine }) => {
    // The user's Discord locale: what they see here is ours to word, the quotes stay English.
    const lang = langOfLocale(interaction.locale);
    const m = messagesFor(lang);
    const talk = talkNamed(args.talk, engine.kb);
    if (talk === undefined) {
      await notice(interaction, m.unknownTalk);
      return;
    }
    const sentence = sentenceFor(engine.kb, args.sentence, talk);
    if (!sentence) {
      await notice(interaction, m.unknownSentence);
      return;
    }
    if (talk && sentence.talk !== talk) {
      await notice(interaction, m.sentenceNotInTalk);
      return;
    }
    const addressee = args.mention;
    await interaction.reply({
      content: renderQuotePost(sentence, lang, addressee ? { addressee: addressee.id } : {}),
      // Like a tag addressed to someone: the one user named is notified, nobody else ever.
      allowed_mentions: { parse: [], users: addressee ? [addressee.id] : [], replied_user: false },
      ...(args.hide ? { flags: MessageFlags.Ephemeral } : {}),
    });
  },
  autocomplete: async (interaction, { engine }) => {
    const focused = interaction.options.getFocused();
    if (focused.name === TALK_OPTION) {
      await interaction.respond(suggestTalks(engine.kb, focused.value));
      return;
    }
    const talkId = interaction.options.getString(TALK_OPTION);
    const talk = talkId === null ? null : (engine.kb.talks.find((t) => t.id === talkId) ?? null);
    await interaction.respond(suggestSentences(engine.kb, focused.value, talk));
  },
});
