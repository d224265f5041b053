// The messages that carry quotes with buttons: an answer (More sources, Did you mean), a further page of an
// answer's quotes, and Find sources' private list (a Post button per quote, More matches). Every button is
// made here, from custom-ids.ts, so what a click needs is always in the button itself.
import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponentWithCustomId, type APIEmbed } from 'discord.js';
import type { MatchLabel } from '../answering/message-sources.js';
import { sentenceIndex, type ArticleSentence, type SentenceIndex } from '../answering/sentences.js';
import type { Answer, Citation } from '../answering/types.js';
import { messagesFor } from '../i18n/index.js';
import type { Lang } from '../languages.js';
import { QUOTES_PER_PAGE, renderAnswerEmbed, renderQuotesEmbed } from './rendering/embed.js';
import { truncate } from './rendering/truncate.js';
import type { CommandContext, RuntimeContext } from './command.js';
import { askId, matchId, moreId, postId } from './custom-ids.js';
import { DiscordLimits } from './limits.js';

export type ButtonRow = APIActionRowComponent<APIButtonComponentWithCustomId>;

export interface Page {
  readonly embeds: APIEmbed[];
  readonly components: ButtonRow[];
}

export function button(customId: string, label: string, style: ButtonStyle.Primary | ButtonStyle.Secondary = ButtonStyle.Secondary): APIButtonComponentWithCustomId {
  return { type: ComponentType.Button, custom_id: customId, label: truncate(label, DiscordLimits.buttonLabel), style };
}

function rows(buttons: readonly APIButtonComponentWithCustomId[]): ButtonRow[] {
  const out: ButtonRow[] = [];
  const per = DiscordLimits.buttonsPerRow;
  for (let i = 0; i < buttons.length; i += per) out.push({ type: ComponentType.ActionRow, components: buttons.slice(i, i + per) });
  return out;
}

/** A quoted sentence as a citation (the talk's date and the article's outlet, as answers cite). */
export function citationOf(s: ArticleSentence): Citation {
  return { talk: s.talk.id, date: s.talk.date, source: s.article.outlet, quote: s.text, sentence: s.id };
}

/** The sentences an answer's citations quote, by their ids, in order, as far as each one is in the index. */
export function sentencesOfCitations(index: SentenceIndex, citations: readonly Citation[]): ArticleSentence[] {
  const out: ArticleSentence[] = [];
  for (const c of citations) {
    const sentence = index.byId(c.sentence);
    if (!sentence) break;
    out.push(sentence);
  }
  return out;
}

/** What Discord adds to the engine's help: each command's help line (its clickable mention first), then Find sources. */
export async function discordCommandsHelp(ctx: RuntimeContext, lang: Lang): Promise<string> {
  await ctx.directory.ensure();
  const { lines, notes } = ctx.directory.help(lang);
  return [messagesFor(lang).commandsLinked(lines), ...notes].join('\n');
}

export interface AnswerPageOptions {
  /** May be what a user typed; it is made safe by the renderer. */
  readonly title?: string;
}

/** An answer with its first quotes, More sources for the others, and "did you mean" as a button. */
export async function answerPage(answer: Answer, ctx: RuntimeContext, options: AnswerPageOptions = {}): Promise<Page> {
  const m = messagesFor(answer.lang);
  const appendix = answer.intent === 'help' ? await discordCommandsHelp(ctx, answer.lang) : undefined;
  const ask = answer.suggestion ? askId(answer.lang, answer.suggestion) : null;
  const { embed, shown } = renderAnswerEmbed(answer, {
    ...(options.title === undefined ? {} : { title: options.title }),
    ...(appendix === undefined ? {} : { appendix }),
    suggestionAsButton: ask !== null,
  });
  const buttons: APIButtonComponentWithCustomId[] = [];
  if (shown < answer.citations.length) {
    const index = sentenceIndex(ctx.engine.kb);
    const rest = sentencesOfCitations(index, answer.citations.slice(shown));
    const more = moreId(index, answer.lang, shown + 1, answer.citations.length, rest);
    if (more) buttons.push(button(more, m.moreSources));
  }
  if (ask && answer.suggestion) buttons.push(button(ask, m.askSuggested(answer.suggestion), ButtonStyle.Primary));
  return { embeds: [embed], components: rows(buttons) };
}

/** A further page of an answer's quotes: `sentences` are the quotes from number `first` on. */
export function quotesPage(ctx: CommandContext, lang: Lang, first: number, total: number, sentences: readonly ArticleSentence[]): Page {
  const m = messagesFor(lang);
  const index = sentenceIndex(ctx.engine.kb);
  const { embed, shown } = renderQuotesEmbed({ citations: sentences.slice(0, QUOTES_PER_PAGE).map(citationOf), first, total, lang });
  const more = shown < sentences.length ? moreId(index, lang, first + shown, total, sentences.slice(shown)) : null;
  return { embeds: [embed], components: rows(more ? [button(more, m.moreSources)] : []) };
}

export interface MatchesPageOptions {
  /** The message the sentences were found for: Post replies to it. */
  readonly target: string | null;
  /** The start of that message, already made safe, for the first page. */
  readonly excerpt?: string;
  /** What each sentence says of the message's claim (supports, contradicts, related), in the sentences' order. */
  readonly labels?: readonly (MatchLabel | null)[];
}

/** Find sources' list: the sentences from number `first` on, each with a Post button, and More matches. */
export function matchesPage(ctx: CommandContext, lang: Lang, first: number, total: number, sentences: readonly ArticleSentence[], options: MatchesPageOptions): Page {
  const m = messagesFor(lang);
  const index = sentenceIndex(ctx.engine.kb);
  const page = sentences.slice(0, QUOTES_PER_PAGE);
  const labels = options.labels ?? [];
  // What each quote says of the claim, under its number: "[1] contradicts it (date)".
  const labelLines = page.flatMap((_, i) => {
    const label = labels[i];
    return label ? [`[${first + i}] ${m.matchLabel(label.verdict, label.differs)}`] : [];
  });
  const description = [options.excerpt ? m.findSourcesFor(options.excerpt) : null, ...labelLines].filter((x) => x !== null).join('\n');
  const { embed, shown } = renderQuotesEmbed({
    citations: page.map(citationOf),
    first,
    total,
    lang,
    title: m.findSourcesTitle,
    ...(description ? { description } : {}),
    note: m.matchesShown(first, first + Math.min(page.length, QUOTES_PER_PAGE) - 1, total),
  });
  const buttons: APIButtonComponentWithCustomId[] = [];
  page.slice(0, shown).forEach((s, i) => {
    const id = postId(lang, options.target, s);
    if (id) buttons.push(button(id, m.postQuote(first + i), ButtonStyle.Primary));
  });
  const more = shown < sentences.length ? matchId(index, lang, first + shown, total, options.target, sentences.slice(shown), labels.slice(shown)) : null;
  if (more) buttons.push(button(more, m.moreMatches));
  return { embeds: [embed], components: rows(buttons) };
}
