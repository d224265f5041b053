// The optional `talk` option: its choices come from the data, so a third article adds a choice.
import type { ChatInputCommandInteraction, SlashCommandBuilder, SlashCommandOptionsOnlyBuilder } from 'discord.js';
import { longDate } from '../answering/wording.js';
import type { KnowledgeBase, Talk } from '../facts/types.js';
import { truncate } from './rendering/truncate.js';
import { DiscordLimits } from './limits.js';

export const TALK_OPTION = 'talk';
export const HIDE_OPTION = 'hide';

export function talkChoiceName(talk: Talk): string {
  return truncate(`${longDate(talk.date)} — ${talk.format.label}`, DiscordLimits.choiceName);
}

export function withTalkOption<B extends SlashCommandBuilder | SlashCommandOptionsOnlyBuilder>(builder: B, kb: KnowledgeBase): SlashCommandOptionsOnlyBuilder {
  return builder.addStringOption((option) => {
    option.setName(TALK_OPTION).setDescription('Which talk (default: all)').setRequired(false);
    // Discord allows 25 fixed choices; with more talks the option autocompletes instead.
    if (kb.talks.length <= DiscordLimits.optionChoices) {
      option.addChoices(...kb.talks.map((t) => ({ name: talkChoiceName(t), value: t.id })));
    } else {
      option.setAutocomplete(true);
    }
    return option;
  });
}

export function withHideOption<B extends SlashCommandBuilder | SlashCommandOptionsOnlyBuilder>(builder: B): SlashCommandOptionsOnlyBuilder {
  return builder.addBooleanOption((option) =>
    option.setName(HIDE_OPTION).setDescription('Only you see the answer').setRequired(false),
  );
}

/** Talks for the `talk` option's autocomplete (used when there are more talks than fixed choices allow). */
export function suggestTalks(kb: KnowledgeBase, typed: string): { name: string; value: string }[] {
  const needle = typed.trim().toLowerCase();
  return kb.talks
    .map((t) => ({ name: talkChoiceName(t), value: t.id }))
    .filter((c) => !needle || c.name.toLowerCase().includes(needle) || c.value.includes(needle))
    .slice(0, DiscordLimits.autocompleteChoices);
}

/** The talk chosen, null for "all", or undefined when the value names no talk (stale client, typed value). */
export function chosenTalk(interaction: ChatInputCommandInteraction, kb: KnowledgeBase): Talk | null | undefined {
  const value = interaction.options.getString(TALK_OPTION);
  if (value === null) return null;
  return kb.talks.find((t) => t.id === value);
}

export function hidden(interaction: ChatInputCommandInteraction): boolean {
  return interaction.options.getBoolean(HIDE_OPTION) ?? false;
}
