// Every button the bot makes, by the kind its custom_id starts with.
import type { RuntimeContext } from '../command.js';
import type { ButtonData } from '../custom-ids.js';
import type { ButtonRequest } from '../interaction.js';
import { didYouMean } from './did-you-mean.js';
import { moreMatches } from './more-matches.js';
import { moreSources } from './more-sources.js';
import { postQuote } from './post-quote.js';

export interface ResolvedButton {
  readonly isPublic: boolean;
  readonly run: (ctx: RuntimeContext) => Promise<void>;
}

/** The handler for a parsed custom_id, bound to its data. */
export function resolveButton(interaction: ButtonRequest, data: ButtonData): ResolvedButton {
  switch (data.kind) {
    case 'more':
      return { isPublic: moreSources.isPublic(interaction, data), run: (ctx) => moreSources.execute(interaction, data, ctx) };
    case 'match':
      return { isPublic: moreMatches.isPublic(interaction, data), run: (ctx) => moreMatches.execute(interaction, data, ctx) };
    case 'post':
      return { isPublic: postQuote.isPublic(interaction, data), run: (ctx) => postQuote.execute(interaction, data, ctx) };
    case 'ask':
      return { isPublic: didYouMean.isPublic(interaction, data), run: (ctx) => didYouMean.execute(interaction, data, ctx) };
  }
}
