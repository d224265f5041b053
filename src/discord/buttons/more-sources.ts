// More sources: the next quotes of an answer, privately to whoever clicked (anyone may, on a public answer).
import { sentenceIndex } from '../../answering/sentences.js';
import { messagesFor } from '../../i18n/index.js';
import { sentencesOf } from '../custom-ids.js';
import { quotesPage } from '../pages.js';
import { notice, pagePayload, sendToInteraction } from '../respond.js';
import type { Button } from './button.js';

export const moreSources: Button<'more'> = {
  kind: 'more',
  isPublic: () => false,
  execute: async (interaction, data, ctx) => {
    const sentences = sentencesOf(sentenceIndex(ctx.engine.kb), data);
    if (!sentences) {
      await notice(interaction, messagesFor(data.lang).buttonOutdated);
      return;
    }
    await sendToInteraction(interaction, pagePayload(quotesPage(ctx, data.lang, data.first, data.total, sentences), true));
  },
};
