// An answer as a Discord embed: the answer's lines, each with its citations' [n] markers, the first few quotes as
// fields under the same numbers, the article date(s) in the footer, everything cut to Discord's limits so a long answer is shortened
// rather than rejected. The quotes not shown are reached with the More sources button (see discord/buttons).
import { embedLength, escapeMarkdown, type APIEmbed, type APIEmbedField } from 'discord.js';
import type { Answer, Citation } from '../../answering/types.js';
import { DiscordLimits } from '../limits.js';
import { messagesFor } from '../../i18n/index.js';
import type { Lang } from '../../languages.js';
import { markerOf } from '../../conversation/marker.js';
import { truncate } from './truncate.js';
import { cutEscaped, shownAsTyped, userTitle } from './user-text.js';

const ANSWERED_COLOUR = 0x2b6cb0;
const REFUSED_COLOUR = 0x718096;

/** Quotes shown with an answer (and on each further page); the rest are behind a button. */
export const QUOTES_PER_PAGE = 3;

export interface EmbedOptions {
  /** May be what a user typed (/ask, a mention): it is flattened to one line and its markdown escaped. */
  readonly title?: string;
  /** Markdown shown after the answer's text: help's commands, as clickable mentions. */
  readonly appendix?: string;
  /** Leave the "did you mean" sentence out of the text: a button offers the question instead. */
  readonly suggestionAsButton?: boolean;
  /** Most quotes shown; default QUOTES_PER_PAGE. */
  readonly quotes?: number;
}

export interface RenderedAnswer {
  readonly embed: APIEmbed;
  /** How many quotes the embed shows (numbers 1 to shown); the rest need a further page. */
  readonly shown: number;
}

/** "[2] VNA, 19 April 2022" and the quote, the way every quote the bot shows is headed. */
export function quoteField(n: number, c: Citation, lang: Lang): APIEmbedField {
  return {
    name: truncate(`[${n}] ${c.source}, ${messagesFor(lang).date(c.date)}`, DiscordLimits.embedFieldName),
    value: truncate(`“${c.quote}”`, DiscordLimits.embedFieldValue),
  };
}

/**
 * The answer's lines as the embed shows them, each followed by its citations' numbers ("… [1][2]"), and the
 * "did you mean" sentence after the first line unless a button offers the question instead.
 */
export function answerBody(answer: Answer, suggestionAsButton = false): string {
  const lines = answer.lines.map((l) => (l.cites.length > 0 ? `${l.text} ${l.cites.map((n) => `[${n}]`).join('')}` : l.text));
  if (answer.suggestion && !suggestionAsButton) lines[0] = `${lines[0] ?? ''}${messagesFor(answer.lang).didYouMean(answer.suggestion)}`;
  return lines.join('\n');
}

/** The answer without the "did you mean" sentence, when the suggestion is offered as a button instead. */
export function textWithoutSuggestion(answer: Answer): string {
  return answerBody(answer, true);
}

function datesFooter(citations: readonly Citation[], lang: Lang): string {
  const dates = [...new Set(citations.map((c) => c.date))].sort();
  const sources = [...new Set(citations.map((c) => c.source))];
  return dates.length > 0 ? messagesFor(lang).articleDates(sources, dates) : 'talks-bot';
}

/** Drops fields from the end until the embed fits Discord's 6,000 in total, then shortens the description. */
function fit(embed: APIEmbed, footer: (shown: number) => string): number {
  while (embedLength(embed) > DiscordLimits.embedTotal && (embed.fields?.length ?? 0) > 1) {
    embed.fields = embed.fields?.slice(0, -1);
    embed.footer = { text: footer(embed.fields?.length ?? 0) };
  }
  const over = embedLength(embed) - DiscordLimits.embedTotal;
  if (over > 0 && embed.description) embed.description = cutEscaped(embed.description, Math.max(1, embed.description.length - over));
  return embed.fields?.length ?? 0;
}

/** The answer, its first quotes, and how many of them fit. */
export function renderAnswerEmbed(answer: Answer, options: EmbedOptions = {}): RenderedAnswer {
  const m = messagesFor(answer.lang);
  const perPage = Math.max(1, Math.min(options.quotes ?? QUOTES_PER_PAGE, DiscordLimits.embedFields));
  const total = answer.citations.length;
  const fields = answer.citations.slice(0, perPage).map((c, i) => quoteField(i + 1, c, answer.lang));
  const base = datesFooter(answer.citations, answer.lang);
  // What the answer was about, for a reply to continue from (src/conversation/marker.ts).
  const marker = markerOf(answer);
  const footer = (shown: number) => {
    const note = `${shown < total ? ` · ${m.sourcesShown(1, shown, total)}` : ''}${marker ? ` · ${marker}` : ''}`;
    // Shorten the dates, never the note or the marker.
    return `${truncate(base, DiscordLimits.embedFooter - note.length)}${note}`;
  };
  const shown = shownAsTyped(answerBody(answer, options.suggestionAsButton === true).trim());
  const body = options.appendix ? `${shown}\n${options.appendix}` : shown;
  // A follow-up says first, in italics, what it took from the conversation.
  const text = answer.carried ? `*${escapeMarkdown(answer.carried.note)}*\n${body}` : body;
  const embed: APIEmbed = {
    color: answer.answered ? ANSWERED_COLOUR : REFUSED_COLOUR,
    ...(options.title?.trim() ? { title: userTitle(options.title) } : {}),
    description: cutEscaped(text.trim() || '—', DiscordLimits.embedDescription),
    fields,
    footer: { text: footer(fields.length) },
  };
  return { embed, shown: fit(embed, footer) };
}

/** renderAnswerEmbed's embed alone; `title` as there. */
export function renderEmbed(answer: Answer, title?: string): APIEmbed {
  return renderAnswerEmbed(answer, title === undefined ? {} : { title }).embed;
}

export interface QuotesPage {
  /** The quotes of this page, numbered from `first`. */
  readonly citations: readonly Citation[];
  readonly first: number;
  /** How many quotes there are in all. */
  readonly total: number;
  readonly lang: Lang;
  readonly title?: string;
  /** Markdown: user text in it is made safe by the caller (userTitle). */
  readonly description?: string;
  /** The footer's note; by default "Quotes 4–6 of 8". */
  readonly note?: string;
}

/** A page of numbered quotes (More sources, Find sources), with how many of them fit. */
export function renderQuotesEmbed(page: QuotesPage): RenderedAnswer {
  const m = messagesFor(page.lang);
  const fields = page.citations.map((c, i) => quoteField(page.first + i, c, page.lang));
  const base = datesFooter(page.citations, page.lang);
  const footer = (shown: number) => {
    const note = page.note ?? m.sourcesPage(page.first, page.first + Math.max(0, shown - 1), page.total);
    return `${truncate(base, DiscordLimits.embedFooter - note.length - 3)} · ${note}`;
  };
  const embed: APIEmbed = {
    color: ANSWERED_COLOUR,
    title: truncate(page.title ?? m.sourcesPage(page.first, page.first + fields.length - 1, page.total), DiscordLimits.embedTitle),
    ...(page.description ? { description: truncate(page.description, DiscordLimits.embedDescription) } : {}),
    fields,
    footer: { text: footer(fields.length) },
  };
  return { embed, shown: fit(embed, footer) };
}
