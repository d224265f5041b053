// Chat markup is the Discord interface's to take out (src/chat-text.ts, called by the handlers): the engine, and
// matching and answering under it, only ever read plain text. A mention, a channel, a slash-command mention, a
// custom emoji or a timestamp in a question changes nothing about its answer once taken out.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sentenceIndex } from '../../src/answering/sentences.js';
import { messageText, withoutChatMarkup } from '../../src/chat-text.js';
import { questionFrom } from '../../src/discord/mention-handler.js';
import { sentencesOfCitations } from '../../src/discord/pages.js';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const BOT = '1300000000000000001';
const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

const filesUnder = (dir: string): string[] =>
  readdirSync(join(SRC, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));

describe('withoutChatMarkup', () => {
  it('takes out user, role and channel mentions, slash-command mentions, custom emoji and timestamps', () => {
    const text = withoutChatMarkup('<@123> <@!45> <@&6> <#78> </ask:9> <:pog:10> <a:dance:11> <t:1650326400> <t:1650326400:R> who?');
    expect(text.trim()).toBe('who?');
    expect(text).not.toMatch(/[<>]/);
  });

  it('leaves everything else as typed, angle brackets that are no markup included', () => {
    for (const t of ['who took part in the 2022 talks?', 'is 3 < 4 and 5 > 2?', '<script>alert(1)</script>', 'Tống Đào là ai?', '<@everyone>']) expect(withoutChatMarkup(t)).toBe(t);
  });

  it('a message to find sources for also loses links and code fences, spaces collapsed', () => {
    expect(messageText('<@123> see <#456> <:pog:789> https://example.com/x ```code``` ok')).toBe('see code ok');
    expect(messageText('x'.repeat(10_000)).length).toBe(4_000);
  });
});

describe('the mention handler reads the question without markup', () => {
  it('drops the bot\'s mention, its role\'s, and every other piece of markup', () => {
    expect(questionFrom(`<@${BOT}> <@123456789012345678> who took part <#42> in the 2022 talks? <:pog:7> <t:1650326400:R>`, BOT)).toBe('who took part in the 2022 talks?');
    expect(questionFrom(`<@&99> when were the talks? <@!${BOT}>`, BOT, '99')).toBe('when were the talks?');
    expect(questionFrom(`<@${BOT}> <@123>`, BOT)).toBe('');
  });

  it('the engine, given the markup-free question, answers exactly as it answers the plain question', () => {
    for (const [typed, plain] of [
      [`<@${BOT}> <@123456789012345678> who took part in the 2022 talks?`, 'who took part in the 2022 talks?'],
      [`<@${BOT}> <@&123> <#456> when were the talks?`, 'when were the talks?'],
      [`<@${BOT}> what was signed in 2022? <:pog:1300000000000000093>`, 'what was signed in 2022?'],
    ] as const) {
      expect(engine.answer(questionFrom(typed, BOT))).toEqual(engine.answer(plain));
    }
  });
});

describe('matching and answering know no chat markup', () => {
  it('no module of matching/ or answering/ handles mentions or imports the chat-text step', () => {
    const files = [...filesUnder('matching'), ...filesUnder('answering')];
    expect(files.length).toBeGreaterThan(30);
    for (const file of files) {
      const source = readFileSync(join(SRC, file), 'utf8');
      expect(source, file).not.toMatch(/chat-text|CHAT_MARKUP|withoutMarkup|<\(\?:@/);
    }
  });
});

describe('More sources finds the quotes by their sentence ids', () => {
  it('each citation is resolved by its id alone, whatever its quote says', () => {
    const index = sentenceIndex(engine.kb);
    const answer = engine.answer('what did Song Tao say?');
    expect(answer.citations.length).toBeGreaterThan(3);
    // The quote is not read: a citation whose quote was reworded still names its sentence.
    const reworded = answer.citations.map((c) => ({ ...c, quote: 'reworded' }));
    const sentences = sentencesOfCitations(index, reworded);
    expect(sentences.map((s) => s.id)).toEqual(answer.citations.map((c) => c.sentence));
    expect(sentences.map((s) => s.text)).toEqual(answer.citations.map((c) => c.quote));
  });

  it('stops at the first id the index does not hold (a sentence of data since changed)', () => {
    const index = sentenceIndex(engine.kb);
    const [first, second] = engine.answer('what did Song Tao say?').citations;
    if (!first || !second) throw new Error('expected two citations');
    expect(sentencesOfCitations(index, [first, { ...second, sentence: 'no-such-article:1' }, first]).map((s) => s.id)).toEqual([first.sentence]);
  });
});
