// Find sources' search: a short message is one claim, a long one is read sentence by sentence and only the
// sentences naming something from the articles are searched; only matches clearing the engine's bar come back.
import { describe, expect, it } from 'vitest';
import { claimsOf, messageSentences, sourcesForMessage } from '../../src/answering/message-sources.js';
import { messageText as plainText } from '../../src/chat-text.js';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();

const CHATTY = [
  'Honestly I have been following this for years and I think people overstate things.',
  'My cousin says the weather was awful that spring, and her dog ate the sofa.',
  'Anyway, in April 2022 Le Hoai Trung and Song Tao signed a cooperation plan for 2021-2025.',
  'I also read that Vietnam asked China to reduce congestion at the border gates.',
  'Whatever, I need to go make dinner now.',
].join(' ');

describe('reading a message', () => {
  it('drops Discord markup that names nothing: mentions, channels, custom emoji, links, code fences', () => {
    expect(plainText('<@123> see <#456> <:pog:789> https://example.com/x ```code``` ok')).toBe('see code ok');
  });

  it('splits into sentences and lines', () => {
    expect(messageSentences('One claim. Another one!\n- a list item\n\n')).toEqual(['One claim.', 'Another one!', '- a list item']);
  });

  it('a short message is searched whole; a long one by the sentences that name people, topics or documents', () => {
    expect(claimsOf(engine, 'They signed a cooperation plan in 2022')).toEqual(['They signed a cooperation plan in 2022']);
    const claims = claimsOf(engine, CHATTY);
    expect(claims.some((c) => c.includes('cooperation plan'))).toBe(true);
    expect(claims.some((c) => c.includes('congestion'))).toBe(true);
    expect(claims.some((c) => c.includes('dog ate the sofa'))).toBe(false);
    expect(claims.length).toBeLessThanOrEqual(6);
  });

  it('a sentence said many times is searched once', () => {
    const claims = claimsOf(engine, `${CHATTY} `.repeat(8));
    expect(new Set(claims).size).toBe(claims.length);
  });
});

describe('sourcesForMessage', () => {
  it('a long message finds the sentences for each claim it makes, one entry per article sentence, best first', () => {
    const { sources } = sourcesForMessage(engine, CHATTY);
    const texts = sources.map((s) => s.sentence.text);
    expect(texts.some((t) => t.includes('signed a cooperation plan'))).toBe(true);
    expect(texts.some((t) => t.includes('congestion'))).toBe(true);
    expect(new Set(sources.map((s) => s.sentence.id)).size).toBe(sources.length);
    const scores = sources.map((s) => s.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    for (const s of sources) {
      expect(s.citation.quote).toBe(s.sentence.text);
      expect(s.citation.date).toBe(s.sentence.talk.date);
    }
  });

  it('nothing that matches well enough comes back as nothing, never as padding', () => {
    for (const text of ['lol what a nice day', 'my cat is hungry and it is raining again', '', '🙂🙂🙂', '<@123>']) expect(sourcesForMessage(engine, text).sources).toEqual([]);
  });

  it('stops at the limit', () => {
    expect(sourcesForMessage(engine, CHATTY, 2).sources.length).toBeLessThanOrEqual(2);
  });

  it('a 4,000-character message takes bounded time', () => {
    const huge = `${CHATTY} `.repeat(12).slice(0, 4000);
    sourcesForMessage(engine, huge);
    const t0 = performance.now();
    const { searched } = sourcesForMessage(engine, huge);
    const ms = performance.now() - t0;
    console.log(`Find sources on a ${huge.length}-character message: ${ms.toFixed(1)} ms (${searched.length} sentences searched)`);
    expect(ms).toBeLessThan(500);
  });
});
