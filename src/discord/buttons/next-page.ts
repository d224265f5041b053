// What More sources and More matches share: the sentences their custom_id names (or a notice that the button
// is outdated, when the articles changed since it was made), shown privately as the next page.
import { sentenceIndex, type ArticleSentence } from '../../answering/sentences.js';
import { messagesFor } from '../../i18n/index.js';
import type { RuntimeContext } from '../command.js';
import { sentencesOf, type ButtonData } from '../custom-ids.js';
import type { ButtonRequest } from '../interaction.js';
import type { Page } from '../pages.js';
import { notice, pagePayload, sendToInteraction } from '../respond.js';
import type { Button } from './button.js';

type PagingKind = 'more' | 'match';

export function nextPageButton<K extends PagingKind>(
  kind: K,
  page: (ctx: RuntimeContext, data: Extract<ButtonData, { kind: K }>, sentences: readonly ArticleSentence[]) => Page,
): Button<K> {
  return {
    kind,
    isPublic: () => false,
    execute: async (interaction: ButtonRequest, data, ctx) => {
      // Both kinds carry lang, refs and sum; TypeScript does not see it through the generic Extract.
      const paging: Extract<ButtonData, { kind: PagingKind }> = data;
      const sentences = sentencesOf(sentenceIndex(ctx.engine.kb), paging);
      if (!sentences) {
        await notice(interaction, messagesFor(paging.lang).buttonOutdated);
        return;
      }
      await sendToInteraction(interaction, pagePayload(page(ctx, data, sentences), true));
    },
  };
}
