// Conversations on Discord, end to end with the real discord.js client against the fake Discord: a mention then a
// Discord reply to the bot's answer (by anyone, after a restart too), follow-ups in a thread and a DM, two /ask in
// a row, a slash command's answer continued by a mention, the context expiring, two users in one channel, and the
// sign a mention past the cooldown gets (⏳, or one line where the bot cannot react; then silence).
import { ChannelType, PermissionFlagsBits, type APIMessage } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bot } from '../../src/discord/bot.js';
import { BOT_PERMISSIONS } from '../../src/discord/invite.js';
import { THROTTLED } from '../../src/discord/mention-handler.js';
import { FakeDiscord } from '../support/fake-discord.js';
import { channelPosts, expectNoPings, replyTo, startBot } from '../support/harness.js';
import { chatInputInteraction, dmMessage, mentionMessage } from '../support/payloads.js';
import { contentOf, delay, isObject, onlyEmbed, type EmbedView, type LogCollector } from './helpers.js';

const U1 = '1300000000000000401';
const U2 = '1300000000000000402';

/** The bot's reply to a message, as stored (to reply to it in turn), and its embed. */
async function answerTo(fake: FakeDiscord, messageId: string, channelId?: string): Promise<{ message: APIMessage; embed: EmbedView }> {
  const request = await replyTo(fake, messageId, channelId);
  expect(request.status).toBe(200);
  expectNoPings(request.body);
  const id = isObject(request.response) && typeof request.response.id === 'string' ? request.response.id : '';
  const message = fake.message(id);
  if (!message) throw new Error('the reply was not stored');
  return { message, embed: onlyEmbed(request.body) };
}

async function ask(fake: FakeDiscord, question: string, userId: string = U1): Promise<EmbedView> {
  const payload = fake.sendInteraction(chatInputInteraction({ name: 'ask', userId, options: { question } }));
  return onlyEmbed((await fake.waitForCallback(payload.id)).data);
}

describe('conversations on Discord', () => {
  let fake: FakeDiscord;
  let bot: Bot;
  let threadId: string;

  beforeAll(async () => {
    fake = await FakeDiscord.start();
    threadId = fake.addThread({ name: 'follow-ups' });
    ({ bot } = await startBot(fake));
  });

  afterAll(async () => {
    await bot?.stop();
    await fake?.stop();
  });

  it('a mention, then a follow-up mention: it continues, and says so in one line', async () => {
    const first = fake.sendMessage(mentionMessage({ content: 'who did Song Tao talk to in 2022?', userId: U1 }));
    const { embed } = await answerTo(fake, first.id);
    expect(embed.description).toContain('Le Hoai Trung');
    // The answer carries what it was about, for a reply to continue from.
    expect(embed.footer).toMatch(/↩ en who t:2022-04-19-videoconference p:le-hoai-trung,song-tao$/);
    const next = fake.sendMessage(mentionMessage({ content: 'what did they sign?', userId: U1 }));
    const follow = (await answerTo(fake, next.id)).embed;
    expect(follow.description).toMatch(/^\*\(about Le Hoai Trung, Song Tao and the talks of 19 April 2022\)\*\n/);
    expect(follow.description).toContain('cooperation plan');
  });

  it('a Discord reply to the bot\'s answer continues from that answer, whoever replies', async () => {
    const first = fake.sendMessage(mentionMessage({ content: 'who led the Vietnamese side in 2020?', userId: U1 }));
    const { message } = await answerTo(fake, first.id);
    // Someone else, who never asked anything, replies to that answer (the reply's @ on, as Discord does by default).
    const reply = fake.sendMessage(mentionMessage({ content: 'what did he say about the sea?', userId: U2, replyTo: message }));
    const { embed } = await answerTo(fake, reply.id);
    // The sea came up in both talks: the conversation's talk frames it too, and the note says so.
    expect(embed.description).toMatch(/^\*\(about Hoang Binh Quan and the talks of 29 July 2020\)\*/);
    expect(embed.description).toContain('obstacles');
    expect(embed.footer).not.toContain('19 April 2022');
  });

  it('two users in one channel: their conversations do not mix', async () => {
    const a = fake.sendMessage(mentionMessage({ content: 'who took part in the 2020 talks?', userId: '1300000000000000411' }));
    await answerTo(fake, a.id);
    const b = fake.sendMessage(mentionMessage({ content: 'who took part in the 2022 talks?', userId: '1300000000000000412' }));
    await answerTo(fake, b.id);
    const aNext = fake.sendMessage(mentionMessage({ content: 'and what did they agree?', userId: '1300000000000000411' }));
    const bNext = fake.sendMessage(mentionMessage({ content: 'and what did they sign?', userId: '1300000000000000412' }));
    expect((await answerTo(fake, aNext.id)).embed.footer).toContain('29 July 2020');
    const bAnswer = (await answerTo(fake, bNext.id)).embed;
    expect(bAnswer.footer).toContain('19 April 2022');
    expect(bAnswer.footer).not.toContain('29 July 2020');
  });

  it('a follow-up in a thread continues the conversation of that thread', async () => {
    const first = fake.sendMessage(mentionMessage({ content: 'what did they sign in 2022?', channelId: threadId, channelType: ChannelType.PublicThread, userId: U1 }));
    await answerTo(fake, first.id, threadId);
    const next = fake.sendMessage(mentionMessage({ content: 'when was it signed?', channelId: threadId, channelType: ChannelType.PublicThread, userId: U1 }));
    const { embed } = await answerTo(fake, next.id, threadId);
    expect(embed.description).toMatch(/^\*\(about/);
    expect(embed.description).toContain('19 April 2022');
  });

  it('a follow-up in a DM, in Vietnamese', async () => {
    const channelId = fake.openDM(U2);
    const first = fake.sendMessage(dmMessage({ content: 'Ai tham gia hội đàm năm 2022?', channelId, userId: U2 }));
    await answerTo(fake, first.id, channelId);
    const next = fake.sendMessage(dmMessage({ content: 'còn năm 2020 thì sao?', channelId, userId: U2 }));
    const { embed } = await answerTo(fake, next.id, channelId);
    expect(embed.description).toMatch(/^\*\(về cuộc hội đàm ngày 29 tháng 7, 2020\)\*/);
    expect(embed.description).toContain('Hoàng Bình Quân');
  });

  it('two /ask in a row: the second continues from the first', async () => {
    await ask(fake, 'who took part in the 2020 talks?', '1300000000000000421');
    const second = await ask(fake, 'what did he say about the floods?', '1300000000000000421');
    expect(second.title).toBe('what did he say about the floods?');
    expect(second.description).toMatch(/^\*\(about Hoang Binh Quan\)\*/);
    expect(second.description).toContain('sympathy');
  });

  it('a slash command\'s answer is the last answer too: /who 2022, then a mention', async () => {
    const userId = '1300000000000000431';
    const payload = fake.sendInteraction(chatInputInteraction({ name: 'who', userId, options: { talk: '2022-04-19-videoconference' } }));
    await fake.waitForCallback(payload.id);
    const next = fake.sendMessage(mentionMessage({ content: 'what did they sign?', userId }));
    expect((await answerTo(fake, next.id)).embed.description).toMatch(/^\*\(about Le Hoai Trung, Song Tao and the talks of 19 April 2022\)\*/);
  });
});

describe('a conversation\'s context expires (CONVERSATION_TTL)', () => {
  it('a follow-up after the time to live stands alone', async () => {
    const fake = await FakeDiscord.start();
    const { bot } = await startBot(fake, { conversationTtlMs: 1000 });
    try {
      const first = fake.sendMessage(mentionMessage({ content: 'who took part in the 2020 talks?', userId: U1 }));
      await answerTo(fake, first.id);
      await delay(1300);
      const next = fake.sendMessage(mentionMessage({ content: 'what did he say about the sea?', userId: U1 }));
      const { embed } = await answerTo(fake, next.id);
      expect(embed.description).not.toMatch(/^\*\(about/);
      expect(embed.footer).toContain('19 April 2022');
    } finally {
      await bot.stop();
      await fake.stop();
    }
  });

  it('CONVERSATION_TTL=off: no follow-up continues', async () => {
    const fake = await FakeDiscord.start();
    const { bot } = await startBot(fake, { conversationTtlMs: null });
    try {
      const first = fake.sendMessage(mentionMessage({ content: 'who took part in the 2020 talks?', userId: U1 }));
      await answerTo(fake, first.id);
      const next = fake.sendMessage(mentionMessage({ content: 'what did he say about the sea?', userId: U1 }));
      expect((await answerTo(fake, next.id)).embed.description).not.toMatch(/^\*\(about/);
    } finally {
      await bot.stop();
      await fake.stop();
    }
  });
});

describe('a reply after a restart', () => {
  it('continues from the answer replied to, which carries its context (nothing was kept by the bot)', async () => {
    const fake = await FakeDiscord.start();
    let { bot } = await startBot(fake);
    try {
      const first = fake.sendMessage(mentionMessage({ content: 'what did China give Vietnam?', userId: U1 }));
      const { message } = await answerTo(fake, first.id);
      await bot.stop();
      ({ bot } = await startBot(fake));
      const reply = fake.sendMessage(mentionMessage({ content: 'how much was it worth?', userId: U1, replyTo: message }));
      const { embed } = await answerTo(fake, reply.id);
      expect(embed.description).toMatch(/^\*\(about the medical supplies China gave/);
      expect(embed.description).toContain('1.5 million CNY');
      // The reply's answer was read from the message itself: a GET of the message replied to.
      expect(fake.requests.some((r) => r.method === 'GET' && r.path === `/channels/${fake.ids.channelId}/messages/${message.id}`)).toBe(true);
    } finally {
      await bot.stop();
      await fake.stop();
    }
  });
});

describe('a mention past the cooldown gets a sign, never silence', () => {
  let fake: FakeDiscord;
  let bot: Bot;
  let logs: LogCollector;
  let noReactions: string;

  beforeAll(async () => {
    fake = await FakeDiscord.start();
    noReactions = fake.addTextChannel({ name: 'no-reactions', denyBot: PermissionFlagsBits.AddReactions });
    ({ bot, logs } = await startBot(fake, { cooldown: { limit: 1, windowMs: 60_000 } }));
  });

  afterAll(async () => {
    await bot?.stop();
    await fake?.stop();
  });

  it('the first one past the limit gets ⏳; later ones in the window get nothing more', async () => {
    const user = '1300000000000000501';
    const first = fake.sendMessage(mentionMessage({ content: 'who?', userId: user }));
    await answerTo(fake, first.id);
    const over = fake.sendMessage(mentionMessage({ content: 'when?', userId: user }));
    const reaction = await fake.waitFor(() => fake.reactions.find((r) => r.messageId === over.id), 5000, 'the ⏳ reaction');
    expect(decodeURIComponent(reaction.emoji)).toBe(THROTTLED);
    const again = fake.sendMessage(mentionMessage({ content: 'what was signed?', userId: user }));
    // Events are handled in order: once someone else's mention is answered, `again` was seen.
    const sentinel = fake.sendMessage(mentionMessage({ content: 'who?', userId: '1300000000000000502' }));
    await answerTo(fake, sentinel.id);
    expect(fake.reactions.filter((r) => r.messageId === again.id)).toEqual([]);
    expect(channelPosts(fake).some((r) => JSON.stringify(r.body ?? '').includes(over.id) || JSON.stringify(r.body ?? '').includes(again.id))).toBe(false);
    expect(logs.entries().filter((e) => e.msg === 'mention not answered: cooldown' && e.userId === user).map((e) => e.signed)).toEqual([true, false]);
  });

  it('where the bot cannot react, one line with mentions off, in the asker\'s language, saying when to ask again', async () => {
    const user = '1300000000000000503';
    const first = fake.sendMessage(mentionMessage({ content: 'who?', userId: user, channelId: noReactions }));
    await answerTo(fake, first.id, noReactions);
    const over = fake.sendMessage(mentionMessage({ content: 'ai ký kế hoạch hợp tác?', userId: user, channelId: noReactions }));
    const line = await replyTo(fake, over.id, noReactions);
    expect(contentOf(line.body)).toMatch(/^⏳ .*\d+ giây\.$/);
    expectNoPings(line.body);
    expect(fake.reactions.filter((r) => r.messageId === over.id)).toEqual([]);
  });

  it('a reaction that fails (a permission changed meanwhile) falls back to the line', async () => {
    const user = '1300000000000000504';
    const first = fake.sendMessage(mentionMessage({ content: 'who?', userId: user }));
    await answerTo(fake, first.id);
    fake.injectRestFault({ match: (r) => r.method === 'PUT' && r.path.includes('/reactions/'), status: 403, body: { message: 'Missing Permissions', code: 50013 }, times: 1 });
    const over = fake.sendMessage(mentionMessage({ content: 'when?', userId: user }));
    expect(contentOf((await replyTo(fake, over.id)).body)).toMatch(/^⏳ You are asking faster than I answer in public; ask again in \d+ s\.$/);
  });

  it('the invite asks for Add Reactions', () => {
    expect(BOT_PERMISSIONS.has(PermissionFlagsBits.AddReactions)).toBe(true);
  });
});
