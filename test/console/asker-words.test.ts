// What the articles lack is named in the asker's words on every path: the interactive console answers through the
// conversation layer (which re-reads a question and builds refusals of its own), not engine.answer(); a refusal
// built there once quoted the glossary's English ("america" for 中美) to a Chinese asker.
import { describe, expect, it } from 'vitest';
import { consoleConversations } from '../../src/console/conversation.js';
import { respondToLine, type ConsoleSession } from '../../src/console/repl.js';
import { sharedEngine } from '../support/engine.js';

const session = (): ConsoleSession => {
  const engine = sharedEngine();
  return { engine, conversations: consoleConversations(engine, {}) };
};

/** The console's replies to the lines, typed one after another at one prompt. */
async function typed(lines: readonly string[]): Promise<string[]> {
  const s = session();
  const out: string[] = [];
  for (const line of lines) out.push((await respondToLine(s, line)) ?? '');
  return out;
}

describe('the console names what the articles lack in the asker\'s words', () => {
  it('a Chinese question after another, refused: no glossary English in the refusal', async () => {
    const [, refused] = await typed(['宋涛是谁？', '中美关系最近怎么样了？']);
    expect(refused).not.toMatch(/america/iu);
    expect(refused).toMatch(/中美|美国/u);
  });

  it('a country asked alone after another question is named as typed', async () => {
    const [, refused] = await typed(['2022年的会谈签了什么？', '美国呢？']);
    expect(refused).toMatch(/美国/u);
    expect(refused).not.toMatch(/america/iu);
  });

  it('an engine refusal re-read from a reading (as the conversation does) names the typed words too', () => {
    const engine = sharedEngine();
    const read = engine.read('俄罗斯和美国怎么看这次会谈？');
    const text = engine.answerRead(read).text;
    expect(text).not.toMatch(/america|russia/iu);
  });
});
