// More matches: the next article sentences Find sources found for a message, each with its Post button.
import { sentenceIndex } from '../../answering/sentences.js';
import { messagesFor } from '../../i18n/index.js';
import { sentencesOf } from '../custom-ids.js';
import { matchesPage } from '../pages.js';
import { notice, pagePayload, sendToInteraction } from '../respond.js';
import type { Button } from './button.js';

export const moreMatches: Button<'match'> = {
  kind: 'match',
  isPublic: () => false,
  execute: async (interaction, data, ctx) => {
    const sentences = sentencesOf(sentenceIndex(ctx.engine.kb), data);
    if (!sentences) {
      await notice(interaction, messagesFor(data.lang).buttonOutdated);
      return;
    }
    await sendToInteraction(interaction, pagePayload(matchesPage(ctx, data.lang, data.first, data.total, sentences, { target: data.target }), true));
  },
};
