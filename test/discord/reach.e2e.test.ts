// Where the bot can be reached, end to end against the fake Discord: DMs to the bot, slash commands in its DM and
// in private channels (a user install), mention replies in threads and forum posts, a mention of the bot's managed
// role, and the per-user cooldown on public replies (a private notice for commands, a sign for mentions).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChannelType, REST, Routes } from 'discord.js';
import type { Bot } from '../../src/discord/bot.js';
import { BOT_PERMISSIONS } from '../../src/discord/invite.js';
import { en } from '../../src/i18n/en.js';
import { FakeDiscord } from '../support/fake-discord.js';
import { MESSAGE_REPLY, buttonLabelled, channelPosts, click, expectNoPings, isEphemeral, replyMessage, replyTo, startBot } from '../support/harness.js';
import { chatInputInteraction, dmMessage, mentionMessage, messageCommandInteraction, messagePayload, userPayload } from '../support/payloads.js';
import type { LogCollector} from './helpers.js';
import { contentOf, delay, onlyEmbed } from './helpers.js';

describe('DMs, threads, forum posts and the managed role', () => {
  let fake: FakeDiscord;
  let bot: Bot;
  let threadId: string;
  let forumPostId: string;

  beforeAll(async () => {
    fake = await FakeDiscord.start();
    // Present when the bot logs in, as GUILD_CREATE lists active threads.
    threadId = fake.addThread({ name: 'talk thread' });
    forumPostId = fake.addThread({ forum: true, name: 'a forum post' });
    ({ bot } = await startBot(fake));
  });

  afterAll(async () => {
    await bot?.stop();
    await fake?.stop();
  });

  it('a DM to the bot is answered there, without a mention, as a reply with mentions off', async () => {
    const channelId = fake.openDM('1300000000000000201');
    const message = fake.sendMessage(dmMessage({ content: 'when were the talks held?', channelId, userId: '1300000000000000201' }));
    const reply = await replyTo(fake, message.id, channelId);
    expect(reply.status).toBe(200);
    const embed = onlyEmbed(reply.body);
    expect(embed.description).toContain('29 July 2020');
    expect(embed.description).toContain('19 April 2022');
    expectNoPings(reply.body);
    // The DM channel is not kept once answered: one per user would pile up.
    await fake.waitFor(() => !bot.client.channels.cache.has(channelId) || undefined, 2000, 'the DM channel to be forgotten');
  });

  it('an empty DM (an attachment only) gets the help, and the bot\'s own DMs are ignored', async () => {
    const channelId = fake.openDM('1300000000000000202');
    const own = fake.sendMessage({ ...dmMessage({ content: 'hello', channelId }), author: fake.botUser });
    const empty = fake.sendMessage(dmMessage({ content: '', channelId, userId: '1300000000000000202' }));
    const reply = await replyTo(fake, empty.id, channelId);
    expect(onlyEmbed(reply.body).description).toContain('/ask');
    expect(fake.requests.some((r) => r.method === 'POST' && JSON.stringify(r.body ?? '').includes(own.id))).toBe(false);
  });

  it('slash commands and Find sources work in the bot\'s DM and in private channels (user install)', async () => {
    for (const place of ['bot-dm', 'private-channel'] as const) {
      const payload = fake.sendInteraction(chatInputInteraction({ name: 'who', place, channelId: '1300000000000000210' }));
      const callback = await fake.waitForCallback(payload.id);
      expect(callback.type, place).toBe(MESSAGE_REPLY);
      expect(onlyEmbed(callback.data).description, place).toContain('Song Tao');
      const target = messagePayload({ channelId: '1300000000000000210', author: userPayload('1300000000000000203', 'friend'), content: 'They signed a cooperation plan in 2022.' });
      const found = fake.sendInteraction(messageCommandInteraction({ name: 'Find sources', target, place, channelId: '1300000000000000210' }));
      expect(isEphemeral((await fake.waitForCallback(found.id)).data), place).toBe(true);
    }
  });

  it('Post in the bot\'s DM replies to the message there (the bot may write in its own DM)', async () => {
    const channelId = fake.openDM('1300000000000000204');
    // The user's own message in the DM (which the bot answers, as any DM), then Find sources on it.
    const target = fake.sendMessage(dmMessage({ content: 'They signed a cooperation plan in 2022.', channelId, userId: '1300000000000000204' }));
    await replyTo(fake, target.id, channelId);
    const found = fake.sendInteraction(messageCommandInteraction({ name: 'Find sources', target, place: 'bot-dm', channelId, userId: '1300000000000000204' }));
    const callback = await fake.waitForCallback(found.id);
    await click(fake, replyMessage(fake, found.id), buttonLabelled(callback.data, 'Post [1]').customId, { place: 'bot-dm', channelId, userId: '1300000000000000204' });
    const posts = await fake.waitFor(() => {
      const quoted = channelPosts(fake, channelId).filter((r) => (contentOf(r.body) ?? '').startsWith('>>> '));
      return quoted.length > 0 ? quoted : undefined;
    }, 5000, 'the quote in the DM');
    expect(posts[0]?.body).toMatchObject({ message_reference: { message_id: target.id } });
  });

  it('a mention in a thread is answered in the thread', async () => {
    const message = fake.sendMessage(mentionMessage({ content: 'who took part?', channelId: threadId, channelType: ChannelType.PublicThread }));
    const reply = await replyTo(fake, message.id, threadId);
    expect(reply.status).toBe(200);
    expect(onlyEmbed(reply.body).description).toContain('Song Tao');
  });

  it('a mention in a forum post is answered in the post', async () => {
    const message = fake.sendMessage(mentionMessage({ content: 'what was signed?', channelId: forumPostId, channelType: ChannelType.PublicThread }));
    const reply = await replyTo(fake, message.id, forumPostId);
    expect(onlyEmbed(reply.body).description).toContain('cooperation plan');
  });

  it('a thread created while the bot runs is answered too', async () => {
    const later = fake.addThread({ name: 'new thread' });
    await delay(50);
    const message = fake.sendMessage(mentionMessage({ content: 'when were the talks?', channelId: later, channelType: ChannelType.PublicThread }));
    expect((await replyTo(fake, message.id, later)).status).toBe(200);
  });

  it('the invite asks for Send Messages in Threads, which replies in threads and forum posts need', () => {
    expect(BOT_PERMISSIONS.has('SendMessagesInThreads')).toBe(true);
    expect(BOT_PERMISSIONS.toArray().sort()).toEqual(['AddReactions', 'EmbedLinks', 'ReadMessageHistory', 'SendMessages', 'SendMessagesInThreads', 'ViewChannel']);
  });

  it('a mention of the bot\'s managed role counts as a mention; another role\'s does not', async () => {
    const message = fake.sendMessage(mentionMessage({ content: 'who signed the cooperation plan?', roleId: fake.botRoleId }));
    const reply = await replyTo(fake, message.id);
    expect(onlyEmbed(reply.body).title).toBe('who signed the cooperation plan?');
    expect(onlyEmbed(reply.body).description).toContain('Le Hoai Trung');

    const other = fake.sendMessage(mentionMessage({ content: 'who signed?', roleId: '1300000000000000888' }));
    const sentinel = fake.sendMessage(mentionMessage({ content: 'when?' }));
    await replyTo(fake, sentinel.id);
    expect(fake.requests.some((r) => JSON.stringify(r.body ?? '').includes(other.id))).toBe(false);
  });
});

describe('cooldown on public replies (PUBLIC_REPLY_LIMIT)', () => {
  let fake: FakeDiscord;
  let bot: Bot;
  let logs: LogCollector;
  const A = '1300000000000000301';
  const B = '1300000000000000302';

  beforeAll(async () => {
    fake = await FakeDiscord.start();
    ({ bot, logs } = await startBot(fake, { cooldown: { limit: 2, windowMs: 60_000 } }));
  });

  afterAll(async () => {
    await bot?.stop();
    await fake?.stop();
  });

  const run = async (name: string, userId: string, options: Record<string, string | boolean> = {}) => {
    const payload = fake.sendInteraction(chatInputInteraction({ name, userId, options }));
    return { payload, callback: await fake.waitForCallback(payload.id) };
  };

  it('after the limit, a public command gets a private notice; private answers never count; other users are not affected', async () => {
    for (let i = 0; i < 2; i++) expect(isEphemeral((await run('when', A)).callback.data)).toBe(false);
    const refused = (await run('when', A)).callback;
    expect(isEphemeral(refused.data)).toBe(true);
    expect(contentOf(refused.data)).toMatch(/^You have had several public answers in a row; try again in \d+ s, or add hide:true/);
    expectNoPings(refused.data);

    // Private: answered, however many.
    for (let i = 0; i < 3; i++) {
      const hidden = (await run('who', A, { hide: true })).callback;
      expect(isEphemeral(hidden.data)).toBe(true);
      expect(onlyEmbed(hidden.data).description).toContain('Song Tao');
      expect(onlyEmbed((await run('help', A)).callback.data).description).toContain('/who');
    }
    expect(isEphemeral((await run('when', B)).callback.data)).toBe(false);
    expect(logs.entries().filter((e) => e.msg === 'public reply refused: cooldown' && e.userId === A)).toHaveLength(1);
  });

  it('a public button (Did you mean on a public answer) counts too; More sources, private, does not', async () => {
    const asked = await run('ask', B, { question: 'what did Song Tao say?' });
    const more = buttonLabelled(asked.callback.data, en.moreSources);
    const message = replyMessage(fake, asked.payload.id);
    for (let i = 0; i < 3; i++) expect(isEphemeral((await click(fake, message, more.customId, { userId: B })).callback.data)).toBe(true);
    // B had two public answers: the third public reply, a Did you mean click, is refused.
    const refused = await run('ask', '1300000000000000303', { question: 'what talks were held in 2019?' });
    const ask = buttonLabelled(refused.callback.data, /^Ask: /);
    const { callback } = await click(fake, replyMessage(fake, refused.payload.id), ask.customId, { userId: B });
    expect(isEphemeral(callback.data)).toBe(true);
    expect(contentOf(callback.data)).toMatch(/try again in/);
  });

  it('a mention past the limit gets no answer, only a sign (⏳; see conversation.e2e.test.ts)', async () => {
    const C = '1300000000000000304';
    const first = fake.sendMessage(mentionMessage({ content: 'who?', userId: C }));
    const second = fake.sendMessage(mentionMessage({ content: 'when?', userId: C }));
    const third = fake.sendMessage(mentionMessage({ content: 'what was signed?', userId: C }));
    await replyTo(fake, first.id);
    await replyTo(fake, second.id);
    // Events are handled in order: once a later one from someone else is answered, the third was seen.
    const sentinel = fake.sendMessage(mentionMessage({ content: 'who?', userId: '1300000000000000305' }));
    await replyTo(fake, sentinel.id);
    expect(channelPosts(fake).some((r) => JSON.stringify(r.body ?? '').includes(third.id))).toBe(false);
    const sign = await fake.waitFor(() => fake.reactions.find((r) => r.messageId === third.id), 5000, 'the sign on the third mention');
    expect(decodeURIComponent(sign.emoji)).toBe('⏳');
    expect(logs.entries().find((e) => e.msg === 'mention not answered: cooldown')).toMatchObject({ userId: C, messageId: third.id, signed: true });
  });
});

describe('/help with the commands deployed to one server (DISCORD_GUILD_ID)', () => {
  it('links the commands by the ids registered in that server', async () => {
    const fake = await FakeDiscord.start();
    const rest = new REST({ api: fake.apiUrl }).setToken(fake.token);
    const saved = (await rest.put(Routes.applicationGuildCommands(fake.ids.applicationId, fake.ids.guildId), {
      body: [{ name: 'who', description: 'Who', integration_types: [0, 1], contexts: [0, 1, 2] }],
    })) as { id: string; name: string }[];
    const { bot } = await startBot(fake, { guildId: fake.ids.guildId });
    try {
      const payload = fake.sendInteraction(chatInputInteraction({ name: 'help' }));
      const text = onlyEmbed((await fake.waitForCallback(payload.id)).data).description ?? '';
      expect(text).toContain(`</who:${saved[0]?.id ?? '?'}>`);
      // Not registered there: named plainly.
      expect(text).toContain('/when');
      expect(text).not.toContain('</when:');
    } finally {
      await bot.stop();
      await fake.stop();
    }
  });
});
