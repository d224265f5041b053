// /cite's suggestions: article sentences matching what was typed (typos tolerated), at most 25, each shown as
// "19 April 2022 · …the words that matched…" within 100 characters, with the sentence's stable id as value.
import type { ApplicationCommandOptionChoiceData } from 'discord.js';
import { sentenceIndex, type SentenceMatch } from '../answering/sentences.js';
import { longDate } from '../answering/wording.js';
import type { KnowledgeBase, Talk } from '../facts/types.js';
import { truncate } from './rendering/truncate.js';
import { DiscordLimits } from './limits.js';

/** Characters shown before the first matched word, so it reads in context. */
const LEAD = 24;

/** The sentence from a little before its first matched word, marked "…" where it does not start there. */
export function choiceLabel(match: SentenceMatch): string {
  const { sentence, at } = match;
  const head = `${longDate(sentence.talk.date)} · `;
  const room = DiscordLimits.choiceName - head.length;
  let text = sentence.text;
  if (text.length > room && at > LEAD) {
    const from = text.lastIndexOf(' ', at - LEAD);
    text = `…${text.slice(from < 0 ? at - LEAD : from + 1)}`;
  }
  return `${head}${truncate(text, room)}`;
}

export function suggestSentences(kb: KnowledgeBase, typed: string, talk: Talk | null = null): ApplicationCommandOptionChoiceData<string>[] {
  return sentenceIndex(kb)
    .search(typed, { talk, limit: DiscordLimits.autocompleteChoices })
    .map((match) => ({ name: choiceLabel(match), value: match.sentence.id }));
}
