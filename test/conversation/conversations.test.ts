// Conversations in a store: per key, for CONVERSATION_TTL after the last answer; bounded memory; the context is
// plain JSON that any store can keep.
import { describe, expect, it } from 'vitest';
import type { Context } from '../../src/conversation/context.js';
import { parseContext } from '../../src/conversation/context-schema.js';
import { createConversations, discordKey } from '../../src/conversation/conversations.js';
import { conversationStore } from '../../src/conversation/store.js';
import { parseConversationTtl } from '../../src/conversation/ttl.js';
import { parseBotConfig } from '../../src/discord/config.js';
import { createMemoryStore } from '../../src/state/memory-store.js';
import { sharedEngine } from '../support/engine.js';
import { sharedFollowUp } from '../support/conversation.js';

const at = (t: { now: number }) => () => t.now;

describe('conversations', () => {
  it('continue per key, and two keys never mix (two users in one channel)', async () => {
    const conversations = createConversations(sharedFollowUp(), createMemoryStore<Context>(100), 60_000);
    const a = discordKey('c1', 'u1');
    const b = discordKey('c1', 'u2');
    await conversations.ask(a, 'who took part in the 2020 talks?');
    await conversations.ask(b, 'who took part in the 2022 talks?');
    expect((await conversations.ask(a, 'what did he say about the sea?')).carried?.people).toEqual(['hoang-binh-quan']);
    expect((await conversations.ask(b, 'what did they sign?')).carried?.people).toEqual(['le-hoai-trung', 'song-tao']);
  });

  it('forget after their time to live, and on forget()', async () => {
    const t = { now: 0 };
    const store = createMemoryStore<Context>(100, at(t));
    const conversations = createConversations(sharedFollowUp(), store, 1000);
    await conversations.ask('k', 'who took part in the 2020 talks?');
    t.now = 999;
    expect((await conversations.ask('k', 'what did he say about the sea?')).carried).toBeDefined();
    // The follow-up's answer renewed the context: 1,000 ms from now.
    t.now = 1998;
    expect((await conversations.ask('k', 'and about COVID-19?')).carried).toBeDefined();
    t.now = 3000;
    expect((await conversations.ask('k', 'what did he say about the sea?')).carried).toBeUndefined();
    await conversations.ask('k', 'who took part in the 2020 talks?');
    await conversations.forget('k');
    expect((await conversations.ask('k', 'what did he say about the sea?')).carried).toBeUndefined();
  });

  it('continue from a context given instead of the stored one (a reply to an answer)', async () => {
    const conversations = createConversations(sharedFollowUp(), createMemoryStore<Context>(100), 60_000);
    const from: Context = { intent: 'who', lang: 'en', talks: ['2022-04-19-videoconference'], people: ['le-hoai-trung', 'song-tao'], organisations: [], topics: [], documents: [] };
    const answer = await conversations.ask('someone-else', 'what did they sign?', { from });
    expect(answer.text).toContain('cooperation plan');
    expect(answer.carried?.talks).toEqual(['2022-04-19-videoconference']);
  });

  it('keep a slash command\'s answer as the context (record)', async () => {
    const conversations = createConversations(sharedFollowUp(), createMemoryStore<Context>(100), 60_000);
    const engine = sharedEngine();
    const talk = engine.kb.talks.find((x) => x.date === '2020-07-29');
    await conversations.record('k', engine.ask({ ...engine.read('who took part?').reading, scope: { talks: talk ? [talk] : null, mismatch: null } }));
    expect((await conversations.ask('k', 'what did they agree on?')).carried?.talks).toEqual(['2020-07-29-phone-talks']);
  });

  it('hold plain JSON: a stored context survives serialisation, and anything else is rejected', () => {
    const context: Context = { intent: 'agreements', lang: 'vi', talks: ['2022-04-19-videoconference'], people: [], organisations: [], topics: ['sea'], documents: [] };
    expect(parseContext(JSON.parse(JSON.stringify(context)))).toEqual(context);
    expect(parseContext({ ...context, intent: 'rm -rf' })).toBeNull();
    expect(parseContext({ ...context, talks: 'x' })).toBeNull();
    expect(parseContext(null)).toBeNull();
    // How the question asked (yes or no) survives too, and a wrong shape of it is no context.
    const asked: Context = { ...context, asked: { yesNo: true, hoped: false } };
    expect(parseContext(JSON.parse(JSON.stringify(asked)))).toEqual(asked);
    expect(parseContext({ ...context, asked: { yesNo: 'yes' } })).toBeNull();
  });

  it('keep memory bounded whatever the number of users (the store\'s LRU cap)', async () => {
    const store = createMemoryStore<Context>(50);
    const conversations = createConversations(sharedFollowUp(), store, 60_000);
    for (let i = 0; i < 200; i++) await conversations.ask(discordKey('c', String(i)), 'who took part in the 2020 talks?');
    expect(store.size).toBe(50);
  });

  it('CONVERSATION_MAX bounds the in-memory store: past it, the conversation idle longest is forgotten, the recent ones go on', async () => {
    const { conversationMax } = parseBotConfig({ DISCORD_TOKEN: 'token', CONVERSATION_MAX: '20' });
    // The store the bot makes without REDIS_URL (and, with it, the fallback while Redis is down).
    const conversations = createConversations(sharedFollowUp(), conversationStore(undefined, conversationMax), 60_000);
    const key = (i: number) => discordKey('channel', String(i));
    for (let i = 0; i < 21; i++) await conversations.ask(key(i), 'who took part in the 2020 talks?');
    expect((await conversations.ask(key(0), 'what did they agree?')).carried).toBeUndefined();
    for (let i = 2; i < 21; i++) expect((await conversations.ask(key(i), 'what did they agree?')).carried?.talks).toEqual(['2020-07-29-phone-talks']);
  });

  it('a stored value of another shape is no context (an older version\'s, a corrupt one), never an error', () => {
    expect(parseContext({ talk: '2020-07-29-phone-talks', people: ['hoang-binh-quan'] })).toBeNull();
    expect(parseContext({ intent: 'who', lang: 'fr', talks: [], people: [], organisations: [], topics: [], documents: [] })).toBeNull();
    expect(parseContext({ intent: 'who', lang: 'en', talks: ['x'.repeat(101)], people: [], organisations: [], topics: [], documents: [] })).toBeNull();
    expect(parseContext('{')).toBeNull();
  });
});

describe('CONVERSATION_TTL', () => {
  it.each([
    [undefined, 600_000],
    ['', 600_000],
    ['60', 60_000],
    ['90s', 90_000],
    ['off', null],
    ['OFF', null],
    ['0', null],
  ])('%j → %j', (value, ttlMs) => {
    expect(parseConversationTtl(value)).toEqual({ ok: true, ttlMs });
  });

  it.each(['ten', '-5', '1.5', String(8 * 24 * 3600)])('%j is refused with a reason', (value) => {
    expect(parseConversationTtl(value)).toMatchObject({ ok: false, message: expect.stringMatching(/seconds/) as unknown });
  });
});

describe('the marker an answer message carries', () => {
  it('gives back the answer\'s context from the embed footer, whatever else the footer says', async () => {
    const { renderEmbed } = await import('../../src/discord/rendering/embed.js');
    const { contextFromMarker } = await import('../../src/conversation/marker.js');
    const { contextOf } = await import('../../src/conversation/context.js');
    for (const q of ['who did Song Tao talk to in 2022?', 'Tống Đào nói gì về biển?', '2022年签署了什么文件？']) {
      const answer = sharedEngine().answer(q);
      const footer = renderEmbed(answer, q).footer?.text ?? '';
      // Its ids, language and intent: how the question asked ("what was signed") is the conversation's store's only.
      const { asked: _asked, ...context } = contextOf(answer) ?? { asked: undefined };
      expect(contextFromMarker(footer), q).toEqual(context);
    }
    // An answer that answered nothing and named nothing carries none.
    expect(contextFromMarker(renderEmbed(sharedEngine().answer('what is the weather in Hanoi?')).footer?.text ?? '')).toBeNull();
    expect(contextFromMarker('VNA · article date: 19 April 2022')).toBeNull();
    expect(contextFromMarker('↩ en drop-table t:x')).toBeNull();
  });
});
