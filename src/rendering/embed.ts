// An answer as a Discord embed: the answer, one field per citation, the article date(s) in the footer,
// everything cut to Discord's limits so a long answer is shortened rather than rejected.
import { embedLength, type APIEmbed, type APIEmbedField } from 'discord.js';
import type { Answer } from '../answering/types.js';
import { longDate } from '../answering/wording.js';
import { DiscordLimits } from '../discord/limits.js';
import { truncate } from './truncate.js';
import { userTitle } from './user-text.js';

const ANSWERED_COLOUR = 0x2b6cb0;
const REFUSED_COLOUR = 0x718096;

/** `title` may be what a user typed (/ask, a mention): it is flattened to one line and its markdown escaped. */
export function renderEmbed(answer: Answer, title?: string): APIEmbed {
  const dates = [...new Set(answer.citations.map((c) => c.date))].sort();
  const sources = [...new Set(answer.citations.map((c) => c.source))];
  const allFields: APIEmbedField[] = answer.citations.map((c) => ({
    name: truncate(`${c.source}, ${longDate(c.date)}`, DiscordLimits.embedFieldName),
    value: truncate(`“${c.quote}”`, DiscordLimits.embedFieldValue),
  }));
  const fields = allFields.slice(0, DiscordLimits.embedFields);
  const footerFor = (shown: number) => {
    const base = dates.length > 0 ? `${sources.join(', ')} · article date${dates.length > 1 ? 's' : ''}: ${dates.map(longDate).join(', ')}` : 'talks-bot';
    const hidden = allFields.length - shown;
    const note = hidden > 0 ? ` · ${hidden} more citation${hidden > 1 ? 's' : ''} not shown` : '';
    // Shorten the dates, never the note.
    return `${truncate(base, DiscordLimits.embedFooter - note.length)}${note}`;
  };
  const embed: APIEmbed = {
    color: answer.answered ? ANSWERED_COLOUR : REFUSED_COLOUR,
    ...(title?.trim() ? { title: userTitle(title) } : {}),
    description: truncate(answer.text || '—', DiscordLimits.embedDescription),
    fields,
    footer: { text: footerFor(fields.length) },
  };
  // Over the 6000 total: drop citations from the end, then shorten the description.
  while (embedLength(embed) > DiscordLimits.embedTotal && (embed.fields?.length ?? 0) > 1) {
    embed.fields = embed.fields?.slice(0, -1);
    embed.footer = { text: footerFor(embed.fields?.length ?? 0) };
  }
  const over = embedLength(embed) - DiscordLimits.embedTotal;
  if (over > 0 && embed.description) embed.description = truncate(embed.description, Math.max(1, embed.description.length - over));
  return embed;
}
