// Citations in discussion, end to end with the real discord.js client against the fake Discord: "Find sources"
// on a message (private, numbered verbatim quotes, Post as a public reply, More matches), /cite with its
// autocomplete, numbered answers with More sources, "Did you mean" as a button, /help with clickable commands,
// and every button still working after the bot restarted (their custom_id carries what they need).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApplicationCommandOptionType, InteractionResponseType, Routes, type APIMessage } from 'discord.js';
import { loadEngine } from '../../src/answering/load.js';
import { sentenceIndex } from '../../src/answering/sentences.js';
import type { Bot } from '../../src/discord/bot.js';
import { loadCommands } from '../../src/discord/load-commands.js';
import { createLogger } from '../../src/discord/log.js';
import { en } from '../../src/i18n/en.js';
import { FakeDiscord } from '../support/fake-discord.js';
import type { RecordedCallback } from '../support/fake-discord.js';
import {
  MESSAGE_REPLY,
  buttonLabelled,
  buttonsOf,
  click,
  expectNoPings,
  followUps,
  isEphemeral,
  replyMessage,
  replyTo,
  startBot,
} from '../support/harness.js';
import {
  autocompleteInteraction,
  chatInputInteraction,
  mentionMessage,
  messageCommandInteraction,
  messagePayload,
  userPayload,
  type ContextOptions,
  type OptionValue,
} from '../support/payloads.js';
import { allowedMentionsOf, asObject, contentOf, embedLimitViolations, isObject, onlyEmbed, stringField } from './helpers.js';
import type { EmbedView , LogCollector} from './helpers.js';

const engine = loadEngine();
const index = sentenceIndex(engine.kb);
let fake: FakeDiscord;
let bot: Bot;
let logs: LogCollector;

beforeAll(async () => {
  fake = await FakeDiscord.start();
  // As deploy-commands left them: /help links to these ids.
  const commands = await loadCommands({ engine, log: createLogger([], () => undefined) });
  fake.registerCommands([...commands.values()].map((c) => c.definition));
  ({ bot, logs } = await startBot(fake));
});

afterAll(async () => {
  await bot?.stop();
  await fake?.stop();
});

// ---------------------------------------------------------------- helpers

const LONG_MESSAGE = [
  'Honestly I have been following Vietnam-China relations for years and I think people overstate things.',
  'My cousin lives in Hanoi and she says the weather was awful that spring.',
  'Anyway, as far as I remember, in April 2022 Le Hoai Trung and Song Tao signed a cooperation plan for 2021-2025, and there was also something about training cadres.',
  'I also read that Vietnam asked China to reduce congestion at the border gates, which makes sense given the trucks piling up.',
  'Back in 2020 they apparently talked about the floods in China and COVID-19.',
  'Whatever, I need to go make dinner now, my cat is hungry.',
].join(' ');

/** A user's message in the channel, as Discord delivered it (the bot ignores it: no mention). */
function userMessage(content: string, channelId: string = fake.ids.channelId, guildId: string | undefined = fake.ids.guildId): APIMessage {
  const message = messagePayload({ channelId, ...(guildId ? { guildId } : {}), author: userPayload('1300000000000000044', 'claimant'), content });
  if (guildId === fake.ids.guildId) fake.sendMessage({ ...message, guild_id: guildId, channel_type: 0 });
  return message;
}

async function findSources(target: APIMessage, ctx: ContextOptions = {}): Promise<{ payload: { id: string; token: string }; callback: RecordedCallback; data: Record<string, unknown> }> {
  const payload = fake.sendInteraction(messageCommandInteraction({ name: 'Find sources', target, ...ctx }));
  const callback = await fake.waitForCallback(payload.id);
  return { payload, callback, data: callback.data ?? {} };
}

async function run(name: string, options: Record<string, OptionValue> = {}, ctx: ContextOptions = {}): Promise<{ payload: { id: string; token: string }; callback: RecordedCallback; data: Record<string, unknown> }> {
  const payload = fake.sendInteraction(chatInputInteraction({ name, options, ...ctx }));
  const callback = await fake.waitForCallback(payload.id);
  return { payload, callback, data: callback.data ?? {} };
}

/** The article text a quote is verbatim from (VNA's closing "./." read as "."), or undefined. */
function articleHolding(quote: string): string | undefined {
  for (const a of engine.kb.articles.values()) {
    if (a.body.includes(quote) || (quote.endsWith('.') && a.body.includes(`${quote.slice(0, -1)}./.`))) return a.id;
  }
  return undefined;
}

/** The quotes of an embed: [n], the source line and the sentence without its quotation marks. */
function quotes(embed: EmbedView): { n: number; source: string; text: string }[] {
  return embed.fields.map((f) => {
    const head = /^\[(\d+)\] (.+)$/.exec(f.name);
    expect(head, f.name).not.toBeNull();
    expect(f.value.startsWith('“') && f.value.endsWith('”')).toBe(true);
    return { n: Number(head?.[1]), source: head?.[2] ?? '', text: f.value.slice(1, -1) };
  });
}

function choicesOf(callback: RecordedCallback): { name: string; value: string }[] {
  const choices = asObject(callback.data, 'autocomplete data').choices;
  if (!Array.isArray(choices)) throw new Error('no choices');
  return choices.map((c) => {
    const o = asObject(c, 'a choice');
    return { name: stringField(o, 'name') ?? '', value: stringField(o, 'value') ?? '' };
  });
}

async function citeSuggestions(typed: string, options: Record<string, OptionValue> = {}): Promise<{ name: string; value: string }[]> {
  const payload = fake.sendInteraction(autocompleteInteraction({ name: 'cite', focused: { name: 'sentence', value: typed }, options }));
  const callback = await fake.waitForCallback(payload.id);
  expect(callback.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
  return choicesOf(callback);
}

/** /cite with a user to address: a user option carries the id, and Discord resolves the user alongside. */
function citeAddressed(sentence: string, user: { id: string; username: string }) {
  const payload = chatInputInteraction({ name: 'cite', options: { sentence } });
  const data = payload.data as unknown as Record<string, unknown> & { options: unknown[] };
  data.options.push({ name: 'mention', type: ApplicationCommandOptionType.User, value: user.id });
  data.resolved = { users: { [user.id]: userPayload(user.id, user.username) } };
  return payload;
}

// ---------------------------------------------------------------- Find sources

describe('Find sources (message command)', () => {
  let claim: APIMessage;
  let first: Awaited<ReturnType<typeof findSources>>;

  beforeAll(async () => {
    claim = userMessage('In 2022 they signed a cooperation plan for 2021-2025 and a scheme on training cadres.');
    first = await findSources(claim);
  });

  it('answers privately with numbered quotes, each verbatim from its article, with outlet and date, and pings nobody', () => {
    expect(first.callback.type).toBe(MESSAGE_REPLY);
    expect(isEphemeral(first.data)).toBe(true);
    expectNoPings(first.data);
    const embed = onlyEmbed(first.data);
    expect(embed.title).toBe(en.findSourcesTitle);
    expect(embed.description).toContain('In 2022 they signed a cooperation plan');
    const found = quotes(embed);
    expect(found.length).toBeGreaterThanOrEqual(1);
    expect(found.length).toBeLessThanOrEqual(3);
    found.forEach((q, i) => {
      expect(q.n).toBe(i + 1);
      expect(q.source).toBe('VNA, 19 April 2022');
      expect(articleHolding(q.text), q.text).toBe('vna-2022-04-19');
    });
    expect(found[0]?.text).toContain('signed a cooperation plan between the CPV and CPC for the 2021-2025 period');
    expect(embedLimitViolations(embed)).toEqual([]);
  });

  it('offers a Post button for each quote, under its number', () => {
    const posts = buttonsOf(first.data).filter((b) => b.customId.startsWith('post:'));
    expect(posts.map((b) => b.label)).toEqual(quotes(onlyEmbed(first.data)).map((q) => `Post [${q.n}]`));
  });

  it('Post shares the quote publicly as a reply to the message: block quote, outlet, date and title, mentions off', async () => {
    const message = replyMessage(fake, first.payload.id);
    const post = buttonLabelled(first.data, 'Post [1]');
    const { payload, callback } = await click(fake, message, post.customId);
    expect(callback.type).toBe(InteractionResponseType.DeferredMessageUpdate);

    const reply = await replyTo(fake, claim.id);
    expect(reply.status).toBe(200);
    const body = asObject(reply.body, 'the reply');
    const sentence = quotes(onlyEmbed(first.data))[0]?.text ?? '';
    expect(contentOf(body)).toBe(
      `>>> ${sentence}\n-# VNA, 19 April 2022 · untitled report, described as “Vietnamese, Chinese Party officials hold talks via videoconference”`,
    );
    expect(allowedMentionsOf(body)).toEqual({ parse: [], replied_user: false });
    expect(body.message_reference).toMatchObject({ message_id: claim.id, fail_if_not_exists: false });

    // The one who clicked is told privately, with a link to the post.
    const told = await fake.waitFor(() => followUps(fake, payload.token)[0], 5000, 'the private "posted"');
    expect(isEphemeral(told.body)).toBe(true);
    const postedId = stringField(asObject(reply.response, 'the posted message'), 'id') ?? '';
    expect(contentOf(told.body)).toBe(`${en.posted} https://discord.com/channels/${fake.ids.guildId}/${fake.ids.channelId}/${postedId}`);
    expectNoPings(told.body);
  });

  it('where only the user installed the app (the bot is not in the server), Post is the click\'s public reply, linking the message', async () => {
    const elsewhere = { place: 'user-install-guild' as const, guildId: '1300000000000000777', channelId: '1300000000000000778' };
    const target = userMessage('Le Hoai Trung urged China to reduce congestion at the border gates.', elsewhere.channelId, undefined);
    const found = await findSources(target, elsewhere);
    expect(isEphemeral(found.data)).toBe(true);
    const before = fake.requests.filter((r) => r.method === 'POST' && r.path.startsWith('/channels/')).length;
    const { callback } = await click(fake, replyMessage(fake, found.payload.id), buttonLabelled(found.data, 'Post [1]').customId, elsewhere);
    expect(callback.type).toBe(MESSAGE_REPLY);
    expect(isEphemeral(callback.data)).toBe(false);
    const content = contentOf(callback.data) ?? '';
    expect(content).toMatch(/^>>> .*congestion/);
    expect(content).toContain(`in reply to https://discord.com/channels/${elsewhere.guildId}/${elsewhere.channelId}/${target.id}`);
    expectNoPings(callback.data);
    expect(fake.requests.filter((r) => r.method === 'POST' && r.path.startsWith('/channels/')).length).toBe(before);
  });

  it('in a private channel (a DM between users), Post is the click\'s reply too, with a DM link', async () => {
    const dm = { place: 'private-channel' as const, channelId: '1300000000000000779' };
    const target = userMessage('They signed a cooperation plan in 2022.', dm.channelId, undefined);
    const found = await findSources(target, dm);
    const { callback } = await click(fake, replyMessage(fake, found.payload.id), buttonLabelled(found.data, 'Post [1]').customId, dm);
    expect(callback.type).toBe(MESSAGE_REPLY);
    expect(contentOf(callback.data)).toContain(`https://discord.com/channels/@me/${dm.channelId}/${target.id}`);
  });

  it('when the channel refuses the bot\'s post (permissions changed), the quote is still posted as the click\'s follow-up', async () => {
    const target = userMessage('Song Tao thanked Vietnam for supporting China over the floods.');
    const found = await findSources(target);
    fake.injectRestFault({ match: (r) => r.method === 'POST' && r.path === Routes.channelMessages(fake.ids.channelId), status: 403, body: { message: 'Missing Permissions', code: 50013 } });
    const mark = logs.lines.length;
    const { payload } = await click(fake, replyMessage(fake, found.payload.id), buttonLabelled(found.data, 'Post [1]').customId);
    const followUp = await fake.waitFor(() => followUps(fake, payload.token)[0], 5000, 'the follow-up');
    expect(isEphemeral(followUp.body)).toBe(false);
    expect(contentOf(followUp.body)).toMatch(/^>>> .*thanked/);
    expect(contentOf(followUp.body)).toContain(`in reply to https://discord.com/channels/${fake.ids.guildId}/${fake.ids.channelId}/${target.id}`);
    expect(logs.since(mark).find((e) => e.msg.startsWith('could not reply in the channel'))).toMatchObject({ level: 'warn' });
  });

  it('a long message: the sentences naming things from the articles are searched, and More matches shows the next ones', async () => {
    const found = await findSources(userMessage(LONG_MESSAGE));
    const page1 = quotes(onlyEmbed(found.data));
    expect(page1).toHaveLength(3);
    const texts = page1.map((q) => q.text).join('\n');
    expect(texts).toContain('congestion');
    expect(texts).toContain('signed a cooperation plan');
    const more = buttonLabelled(found.data, en.moreMatches);
    const { callback } = await click(fake, replyMessage(fake, found.payload.id), more.customId);
    expect(callback.type).toBe(MESSAGE_REPLY);
    expect(isEphemeral(callback.data)).toBe(true);
    const page2 = quotes(onlyEmbed(callback.data));
    expect(page2[0]?.n).toBe(4);
    for (const q of page2) expect(articleHolding(q.text)).toBeDefined();
    expect(page2.map((q) => q.text)).not.toContain(page1[0]?.text);
    expect(buttonsOf(callback.data).map((b) => b.label)).toContain('Post [4]');
  });

  it('each quote is labelled: supports the claim, contradicts it (naming what differs) or related; More matches keeps the labels', async () => {
    const found = await findSources(userMessage('Three documents were signed at the April 2022 videoconference. The floods Quan mentioned hit many localities in Vietnam.'));
    const embed = onlyEmbed(found.data);
    const page1 = quotes(embed);
    // Under the message's excerpt, one line per quote: "[1] contradicts it (number)".
    const labels = (embed.description ?? '').split('\n').slice(1);
    const labelled = (n: number) => new RegExp(`^\\[${n}\\] (supports the claim|contradicts it \\(.+\\)|related)$`);
    expect(labels).toHaveLength(page1.length);
    page1.forEach((q, i) => expect(labels[i]).toMatch(labelled(q.n)));
    const signed = page1.find((q) => q.text.includes('the two officials signed a cooperation plan'));
    const floods = page1.find((q) => q.text.includes('many Chinese localities'));
    expect(labels).toContain(`[${signed?.n}] contradicts it (number)`);
    expect(labels).toContain(`[${floods?.n}] contradicts it (place)`);
    expect(embedLimitViolations(embed)).toEqual([]);
    const more = buttonsOf(found.data).find((b) => b.label === en.moreMatches);
    if (more) {
      const { callback } = await click(fake, replyMessage(fake, found.payload.id), more.customId);
      const next = onlyEmbed(callback.data);
      const lines = (next.description ?? '').split('\n');
      const shown = quotes(next);
      expect(lines).toHaveLength(shown.length);
      shown.forEach((q, i) => expect(lines[i]).toMatch(labelled(q.n)));
    }
  });

  it('nothing matches well enough: says so plainly, privately, with no quote at all', async () => {
    const { callback, data } = await findSources(userMessage('lol what a nice day, my cat is hungry'));
    expect(callback.type).toBe(MESSAGE_REPLY);
    expect(isEphemeral(data)).toBe(true);
    expect(contentOf(data)).toBe(en.nothingMatchesMessage);
    expect(data.embeds ?? []).toEqual([]);
    expect(buttonsOf(data)).toEqual([]);
  });

  it('a message without text (an image only) is told it has nothing to look up', async () => {
    const { data } = await findSources(userMessage(''));
    expect(contentOf(data)).toBe(en.messageHasNoText);
    expect(isEphemeral(data)).toBe(true);
  });

  it('on another bot\'s answer (embeds only), its text is what is searched', async () => {
    const target = { ...userMessage(''), embeds: [{ description: 'They signed a cooperation plan for 2021-2025.' }] };
    const { data } = await findSources(target);
    expect(quotes(onlyEmbed(data))[0]?.text).toContain('signed a cooperation plan');
  });
});

// ---------------------------------------------------------------- /cite

describe('/cite', () => {
  it('autocomplete: at most 25 sentences, labels within 100 characters, values stable sentence ids, typos tolerated', async () => {
    const choices = await citeSuggestions('cooperatoin plan');
    expect(choices.length).toBeGreaterThanOrEqual(1);
    expect(choices.length).toBeLessThanOrEqual(25);
    for (const c of choices) {
      expect(c.name.length).toBeGreaterThanOrEqual(1);
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.value).toMatch(/^vna-\d{4}-\d{2}-\d{2}:\d+$/);
      expect(index.byId(c.value), c.value).toBeDefined();
    }
    expect(choices[0]?.name).toMatch(/^19 April 2022 · /);
    expect(index.byId(choices[0]?.value ?? '')?.text).toContain('cooperation plan');
    expect(new Set(choices.map((c) => c.value)).size).toBe(choices.length);
  });

  it('autocomplete: the label shows the words typed even deep in a long sentence', async () => {
    const [best] = await citeSuggestions('vaccine passports');
    expect(best?.name).toContain('vaccine passports');
    const [deep] = await citeSuggestions('land border management');
    expect(deep?.name).toContain('land border management');
    expect(deep?.name).toMatch(/ · …/);
  });

  it('autocomplete: nothing typed lists sentences, the talk option narrows them, junk finds none, a novel is fine', async () => {
    expect((await citeSuggestions('')).length).toBe(25);
    const only2020 = await citeSuggestions('the', { talk: '2020-07-29-phone-talks' });
    expect(only2020.length).toBeGreaterThan(0);
    for (const c of only2020) expect(c.value.startsWith('vna-2020-07-29:')).toBe(true);
    expect(await citeSuggestions('xyzzy qwrtp')).toEqual([]);
    const long = await citeSuggestions('cooperation '.repeat(40));
    expect(long.length).toBeLessThanOrEqual(25);
  });

  it('posts the sentence as a block quote with a small line naming outlet, date and title, pinging nobody', async () => {
    const { callback, data } = await run('cite', { sentence: 'vna-2022-04-19:12' });
    expect(callback.type).toBe(MESSAGE_REPLY);
    expect(isEphemeral(data)).toBe(false);
    expect(contentOf(data)).toBe(
      ">>> He also expressed a hope that the two countries early recognise each other's vaccine passports.\n" +
        '-# VNA, 19 April 2022 · untitled report, described as “Vietnamese, Chinese Party officials hold talks via videoconference”',
    );
    expect(allowedMentionsOf(data)).toEqual({ parse: [], users: [], replied_user: false });
  });

  it('the 2020 article is named by its headline', async () => {
    const { data } = await run('cite', { sentence: 'vna-2020-07-29:8' });
    expect(contentOf(data)).toMatch(/\n-# VNA, 29 July 2020 · “Vietnamese, Chinese Party officials hold phone talks”$/);
  });

  it('mention addresses the quote to that user, and only that user is notified', async () => {
    const payload = fake.sendInteraction(citeAddressed('vna-2020-07-29:8', { id: '1300000000000000055', username: 'doubter' }));
    const data = (await fake.waitForCallback(payload.id)).data ?? {};
    expect(contentOf(data)).toMatch(/^_Citation for <@1300000000000000055>:_\n>>> For his part, the Chinese official thanked/);
    expect(allowedMentionsOf(data)).toEqual({ parse: [], users: ['1300000000000000055'], replied_user: false });
  });

  it('hide:true posts it only for the asker', async () => {
    const { data } = await run('cite', { sentence: 'vna-2022-04-19:12', hide: true });
    expect(isEphemeral(data)).toBe(true);
    expect(contentOf(data)).toContain('vaccine passports');
  });

  it('text typed without picking: used when it is in one sentence only, otherwise a private hint', async () => {
    const unique = await run('cite', { sentence: "recognise each other's vaccine passports" });
    expect(isEphemeral(unique.data)).toBe(false);
    expect(contentOf(unique.data)).toContain('He also expressed a hope');
    const vague = await run('cite', { sentence: 'the two sides' });
    expect(isEphemeral(vague.data)).toBe(true);
    expect(contentOf(vague.data)).toBe(en.unknownSentence);
  });

  it('a sentence of another talk than the one chosen is refused, privately', async () => {
    const { data } = await run('cite', { sentence: 'vna-2022-04-19:12', talk: '2020-07-29-phone-talks' });
    expect(isEphemeral(data)).toBe(true);
    expect(contentOf(data)).toBe(en.sentenceNotInTalk);
  });
});

// ---------------------------------------------------------------- answers: numbers, More sources, Did you mean, help

describe('numbered answers and their buttons', () => {
  it('an answer with many quotes shows three, numbered as in the text, and More sources gives the next ones privately', async () => {
    const answer = engine.answer('what did Song Tao say?');
    expect(answer.citations.length).toBeGreaterThan(3);
    const asked = await run('ask', { question: 'what did Song Tao say?' });
    const embed = onlyEmbed(asked.data);
    expect(quotes(embed).map((q) => q.text)).toEqual(answer.citations.slice(0, 3).map((c) => c.quote));
    expect(embed.description).toContain('[4]');
    expect(embed.footer).toContain(`quotes 1–3 of ${answer.citations.length}`);
    const more = buttonLabelled(asked.data, en.moreSources);

    const { callback } = await click(fake, replyMessage(fake, asked.payload.id), more.customId, { userId: '1300000000000000066' });
    expect(callback.type).toBe(MESSAGE_REPLY);
    expect(isEphemeral(callback.data)).toBe(true);
    const page = onlyEmbed(callback.data);
    const shown = quotes(page);
    expect(shown.map((q) => q.n)).toEqual(answer.citations.slice(3, 6).map((_c, i) => i + 4));
    expect(shown.map((q) => q.text)).toEqual(answer.citations.slice(3, 6).map((c) => c.quote));
    expect(page.title).toBe(`Quotes 4–${Math.min(6, answer.citations.length)} of ${answer.citations.length}`);
    expectNoPings(callback.data);
  });

  it('an answer with three quotes or fewer has no More sources button', async () => {
    const asked = await run('who', { talk: '2022-04-19-videoconference' });
    expect(buttonsOf(asked.data)).toEqual([]);
  });

  it('"did you mean" is a button that asks the suggested question, where the refusal was', async () => {
    const refused = await run('ask', { question: 'what talks were held in 2019?' });
    const embed = onlyEmbed(refused.data);
    expect(embed.description).not.toContain('Did you mean');
    expect(embed.description).toContain('no talks in 2019');
    const ask = buttonLabelled(refused.data, 'Ask: When were the talks held?');
    expect(ask.style).toBe(1);

    const { callback } = await click(fake, replyMessage(fake, refused.payload.id), ask.customId);
    expect(callback.type).toBe(MESSAGE_REPLY);
    expect(isEphemeral(callback.data)).toBe(false);
    const answered = onlyEmbed(callback.data);
    expect(answered.title).toBe('When were the talks held?');
    expect(answered.description).toContain('29 July 2020');
    expect(answered.description).toContain('19 April 2022');
  });

  it('under a private refusal (hide:true), the suggested question is answered privately', async () => {
    const refused = await run('ask', { question: 'what talks were held in 2019?', hide: true });
    const ask = buttonLabelled(refused.data, /^Ask: /);
    const { callback } = await click(fake, replyMessage(fake, refused.payload.id), ask.customId);
    expect(isEphemeral(callback.data)).toBe(true);
  });

  it('a mention reply carries the same buttons', async () => {
    const m = fake.sendMessage(mentionMessage({ content: 'what did Song Tao say?', userId: '1300000000000000067' }));
    const reply = await replyTo(fake, m.id);
    expect(buttonsOf(reply.body).map((b) => b.label)).toContain(en.moreSources);
  });
});

describe('/help', () => {
  const idOf = (name: string) => fake.commands.find((c) => c.name === name)?.id ?? '';

  it('lists every slash command as a clickable mention with its registered id, Find sources by name, once', async () => {
    const { data } = await run('help');
    expect(isEphemeral(data)).toBe(true);
    const text = onlyEmbed(data).description ?? '';
    for (const name of ['who', 'when', 'agreements', 'topics', 'talks', 'source', 'ask', 'cite', 'help']) {
      expect(idOf(name)).toMatch(/^\d+$/);
      expect(text).toContain(`</${name}:${idOf(name)}>`);
    }
    expect(text).toContain('Apps → Find sources');
    expect(text.split('I answer from').length - 1).toBe(1);
    expect(text.split('Commands:').length - 1).toBe(1);
  });

  it('asked as a question ("help", "what can you do?") or by a bare mention, the help is the same and shown once', async () => {
    for (const question of ['help', 'what can you do?']) {
      const text = onlyEmbed((await run('ask', { question })).data).description ?? '';
      expect(text.split('I answer from').length - 1, question).toBe(1);
      expect(text).toContain(`</who:${idOf('who')}>`);
    }
  });
});

// ---------------------------------------------------------------- restart

describe('buttons after a restart', () => {
  it('More sources, Did you mean, Post and More matches made by the previous process all work in a new one', async () => {
    const asked = await run('ask', { question: 'what did Song Tao say?' });
    const refused = await run('ask', { question: 'what talks were held in 2019?' });
    const claim = userMessage(LONG_MESSAGE);
    const found = await findSources(claim);
    const messages = {
      asked: replyMessage(fake, asked.payload.id),
      refused: replyMessage(fake, refused.payload.id),
      found: replyMessage(fake, found.payload.id),
    };

    await bot.stop();
    ({ bot, logs } = await startBot(fake));

    const more = await click(fake, messages.asked, buttonLabelled(asked.data, en.moreSources).customId);
    expect(quotes(onlyEmbed(more.callback.data))[0]?.n).toBe(4);
    const ask = await click(fake, messages.refused, buttonLabelled(refused.data, /^Ask: /).customId);
    expect(onlyEmbed(ask.callback.data).description).toContain('19 April 2022');
    const matches = await click(fake, messages.found, buttonLabelled(found.data, en.moreMatches).customId);
    expect(quotes(onlyEmbed(matches.callback.data))[0]?.n).toBe(4);
    await click(fake, messages.found, buttonLabelled(found.data, 'Post [2]').customId);
    const reply = await replyTo(fake, claim.id);
    expect(contentOf(reply.body)).toContain(quotes(onlyEmbed(found.data))[1]?.text ?? '?');
  });

  it('a button whose sentences no longer match the articles says it is outdated instead of showing others', async () => {
    const asked = await run('ask', { question: 'what did Song Tao say?' });
    const more = buttonLabelled(asked.data, en.moreSources);
    const tampered = more.customId.replace(/:([0-9a-z]+):([^:]+)$/, (_m, _sum: string, refs: string) => `:zzzz:${refs}`);
    expect(tampered).not.toBe(more.customId);
    const { callback } = await click(fake, replyMessage(fake, asked.payload.id), tampered);
    expect(contentOf(callback.data)).toBe(en.buttonOutdated);
    expect(isEphemeral(callback.data)).toBe(true);
    const unknown = await click(fake, replyMessage(fake, asked.payload.id), 'something-else:1');
    expect(contentOf(unknown.callback.data)).toBe(en.buttonOutdated);
  });
});

describe('limits and safety of everything posted in this file', () => {
  it('every custom_id fits in 100 characters, every embed in Discord\'s limits, every message disables mentions', () => {
    const bodies: unknown[] = [
      ...fake.callbacks.map((c) => c.data).filter((d) => d !== undefined && isObject(d) && !('choices' in d)),
      ...fake.requests.filter((r) => r.method === 'POST' && isObject(r.body) && (r.path.startsWith('/channels/') || r.path.startsWith('/webhooks/'))).map((r) => r.body),
    ];
    expect(bodies.length).toBeGreaterThan(20);
    for (const body of bodies) {
      buttonsOf(body);
      const allowed = allowedMentionsOf(body);
      expect(allowed?.parse, JSON.stringify(body).slice(0, 200)).toEqual([]);
      for (const embed of (asObject(body).embeds as unknown[] | undefined) ?? []) expect(embedLimitViolations(onlyEmbed({ embeds: [embed] }))).toEqual([]);
    }
    // Only /cite's addressee was ever allowed a ping.
    const users = bodies.flatMap((b) => (allowedMentionsOf(b)?.users as string[] | undefined) ?? []);
    expect(users).toEqual(['1300000000000000055']);
  });
});
