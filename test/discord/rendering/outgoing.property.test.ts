// Property, at the rendering layer where many more inputs fit in the time than end to end: for any text a user
// sends, in any of the three languages, what the bot would send is well-formed UTF-16 and within Discord's
// limits: the answer page (embed, More sources and Did-you-mean buttons) with the question as its title, Find
// sources' page with an excerpt of the message, and the autocomplete choices of /ask and /cite.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sourcesForMessage } from '../../../src/answering/message-sources.js';
import { messageText as plainText } from '../../../src/chat-text.js';
import { suggestQuestions } from '../../../src/discord/autocomplete.js';
import type { RuntimeContext } from '../../../src/discord/command.js';
import { createCommandDirectory } from '../../../src/discord/command-directory.js';
import { createSharedCooldown } from '../../../src/discord/cooldown.js';
import { createLogger } from '../../../src/discord/log.js';
import { answerPage, matchesPage } from '../../../src/discord/pages.js';
import { userTitle } from '../../../src/discord/rendering/user-text.js';
import { suggestSentences } from '../../../src/discord/sentence-autocomplete.js';
import { messagesFor } from '../../../src/i18n/index.js';
import { LANGS } from '../../../src/languages.js';
import { sharedEngine } from '../../support/engine.js';
import { PROPERTY_SEED, hostileMessage, hostileText, payloadProblems, renderedProblems } from '../../support/outgoing.js';

const engine = sharedEngine();
const log = createLogger([], () => undefined);
const ctx: RuntimeContext = {
  engine,
  log,
  directory: createCommandDirectory(['ask', 'help'], () => Promise.resolve([]), log),
  cooldown: createSharedCooldown({ limit: 0, windowMs: 0 }),
  conversations: null,
};
const runs = { seed: PROPERTY_SEED, numRuns: 150, endOnFailure: true };
const lang = fc.constantFrom(...LANGS);

describe('property: for any input, what the bot would send is well-formed and within Discord\'s limits', () => {
  it('the answer page, the question as its title', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, lang, async (question, l) => {
        const page = await answerPage(engine.answer(question, { lang: l }), ctx, { title: question });
        expect(renderedProblems(page)).toEqual([]);
      }),
      runs,
    );
  });

  it("Find sources' page for a message, with its excerpt", () => {
    fc.assert(
      fc.property(fc.oneof(hostileMessage, hostileText), lang, (message, l) => {
        // As Find sources does: the message's markup out first, then the search.
        const { sources } = sourcesForMessage(engine, plainText(message), 9);
        if (sources.length === 0) return;
        const excerpt = `“${userTitle(plainText(message), 120)}”`;
        const page = matchesPage(ctx, l, 1, sources.length, sources.map((s) => s.sentence), { target: null, excerpt });
        expect(renderedProblems(page)).toEqual([]);
        expect(messagesFor(l).findSourcesFor(excerpt).length).toBeGreaterThan(0);
      }),
      runs,
    );
  });

  it('the generated messages do reach the page (most find sources)', () => {
    const found = fc.sample(hostileMessage, { seed: PROPERTY_SEED, numRuns: 40 }).filter((m) => sourcesForMessage(engine, plainText(m), 9).sources.length > 0);
    expect(found.length).toBeGreaterThan(20);
  });

  it('autocomplete choices for /ask and /cite', () => {
    fc.assert(
      fc.property(hostileText, (typed) => {
        expect(payloadProblems({ choices: suggestQuestions(engine, typed) }, 'choices')).toEqual([]);
        expect(payloadProblems({ choices: suggestSentences(engine.kb, typed) }, 'choices')).toEqual([]);
      }),
      runs,
    );
  });
});
