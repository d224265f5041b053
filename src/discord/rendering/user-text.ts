// Text a user typed, made safe to show as an embed title: one line, markdown shown as typed rather than
// applied, within the title limit. (Mentions cannot ping from a title, and every message disables them too.)
import { escapeMarkdown } from 'discord.js';
import { DiscordLimits } from '../limits.js';
import { truncate } from './truncate.js';

export function userTitle(text: string, max: number = DiscordLimits.embedTitle): string {
  const oneLine = text.replace(/\s+/gu, ' ').trim();
  const shortened = truncate(escapeMarkdown(oneLine), max);
  // A cut right after an escaping backslash would leave it escaping the "…".
  return shortened.replace(/\\+…$/u, (m) => ((m.length - 1) % 2 === 1 ? m.slice(1) : m));
}
