// A quoted article sentence as a message of its own (/cite, Post): the sentence as a block quote, under it a
// small line with the outlet, the article's date and its title; addressed to someone when asked, with a link
// to the message it answers when it cannot be a reply.
import { blockQuote, escapeMarkdown, italic, subtext, userMention } from 'discord.js';
import type { ArticleSentence } from '../../answering/sentences.js';
import { DiscordLimits } from '../limits.js';
import { messagesFor } from '../../i18n/index.js';
import type { Lang } from '../../languages.js';
import { truncate } from './truncate.js';

export interface QuotePostOptions {
  /** A user the quote is addressed to ("Citation for @…:"). */
  readonly addressee?: string;
  /** The message this answers, when the post cannot be a reply to it. */
  readonly replyLink?: string;
}

/** The source line: "VNA, 19 April 2022 · “headline”" (and where it answers, when not a reply). */
export function quoteSourceLine(sentence: ArticleSentence, lang: Lang, replyLink?: string): string {
  const m = messagesFor(lang);
  const a = sentence.article;
  const line = m.quoteSource(a.outlet, a.date, m.articleTitle(a.title, a.titleIsDescriptive));
  return replyLink ? `${line} · ${m.inReplyTo(replyLink)}` : line;
}

export function renderQuotePost(sentence: ArticleSentence, lang: Lang, options: QuotePostOptions = {}): string {
  const m = messagesFor(lang);
  const head = options.addressee ? `${italic(m.citationFor(userMention(options.addressee)))}\n` : '';
  const source = subtext(escapeMarkdown(quoteSourceLine(sentence, lang, options.replyLink), { maskedLink: false }).replace(/\n/g, ' '));
  // The sentence as printed: markdown characters in it are shown, not applied.
  const room = DiscordLimits.messageContent - head.length - source.length - '>>> \n'.length;
  return `${head}${blockQuote(`${truncate(escapeMarkdown(sentence.text), room)}\n${source}`)}`;
}
