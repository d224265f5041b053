// "Did you mean": asks the suggested question, answered where the refusal was (privately under a private one).
import { MessageFlags } from 'discord.js';
import type { ButtonRequest } from '../interaction.js';
import { respond } from '../respond.js';
import type { Button } from './button.js';

const onPublicMessage = (interaction: ButtonRequest) => ((interaction.message?.flags ?? 0) & MessageFlags.Ephemeral) === 0;

export const didYouMean: Button<'ask'> = {
  kind: 'ask',
  isPublic: onPublicMessage,
  execute: async (interaction, data, ctx) => {
    const answer = ctx.engine.answer(data.question, { lang: data.lang });
    await respond(interaction, answer, ctx, { ephemeral: !onPublicMessage(interaction), title: data.question });
  },
};
