// The help, asked for in any way, says what the bot answers once; a refusal's "did you mean" is also given apart
// from its text, so Discord can offer it as a button.
import { describe, expect, it } from 'vitest';
import { readingFor } from '../../src/answering/types.js';
import { messagesFor } from '../../src/i18n/index.js';
import { withConsoleCommands } from '../../src/console/commands.js';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const times = (text: string, part: string) => text.split(part).length - 1;

describe('help', () => {
  it('is the same text, once, however it is asked', () => {
    const help = engine.ask(readingFor('help')).text;
    expect(times(help, 'I answer from')).toBe(1);
    for (const q of ['help', 'what can you do?', 'HELP!']) {
      const a = engine.answer(q);
      expect(a.intent, q).toBe('help');
      expect(a.text, q).toBe(help);
    }
  });

  it("names no command: each interface adds its own list (Discord's registered commands, the console's)", () => {
    for (const lang of ['en', 'vi', 'zh'] as const) {
      const help = engine.ask(readingFor('help', null, lang)).text;
      expect(help, lang).toContain(messagesFor(lang).quotesEach);
      expect(help, lang).not.toMatch(/\/(?:who|ask|help)\b/);
    }
  });

  it('the console adds its own commands, /new and /sources among them, in the answer\'s language', () => {
    const help = withConsoleCommands(engine.ask(readingFor('help', null, 'vi')));
    expect(help.lang).toBe('vi');
    const list = help.text.slice(help.text.indexOf('Lệnh:\n'));
    expect(list.startsWith('Lệnh:\n/who, ')).toBe(true);
    for (const name of ['/ask <question>', '/sources <claim>', '/new', '/help', '/quit']) expect(list).toContain(name);
    expect(times(help.text, 'Lệnh:')).toBe(1);
    expect(withConsoleCommands(engine.answer('who took part?')).text).not.toContain('Commands:');
  });

  it('"help" with a side or document of the articles named asks about the talks, not for the help', () => {
    for (const q of ['what help did China give?', 'did china help vietnam?', 'the chinese side thanked vietnam for its help after a recent earthquake']) {
      expect(engine.answer(q).intent, q).not.toBe('help');
    }
    expect(engine.answer('help me pls').intent).toBe('help');
  });

  it('a question no rule fits says what can be asked once too', () => {
    for (const q of ['what about taiwan?', 'bold spoiler code', 'how old is Song Tao?']) expect(times(engine.answer(q).text, 'I answer from'), q).toBe(1);
  });
});

describe('did you mean', () => {
  it('a refusal with a suggestion carries it, and its text says it in the words of the messages', () => {
    const a = engine.answer('what talks were held in 2019?');
    expect(a.answered).toBe(false);
    expect(a.suggestion).toBe('When were the talks held?');
    expect(a.text).toContain(messagesFor('en').didYouMean('When were the talks held?'));
    expect(engine.answer(a.suggestion ?? '').answered).toBe(true);
  });

  it('answers and refusals without a suggestion have none', () => {
    expect(engine.answer('who took part?').suggestion).toBeUndefined();
    expect(engine.answer('what is the weather in Hanoi?').suggestion).toBeUndefined();
  });
});

describe('keys typed at random', () => {
  it.each(['asdf qwer zzz', 'qwerty uiop', 'Asdf qwer?'])('%s: no question made out, and the keys never named as a missing subject', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/^I could not make out a question/);
    expect(a.text).not.toMatch(/do not mention/);
  });

  it.each([['Xi?', 'Xi'], ['ventilators?', 'ventilators'], ['climate change?', 'climate change']])('a name or a word the articles lack is still named: %s', (q, thing) => {
    expect(engine.answer(q).text).toContain(`do not mention "${thing}"`);
  });

  it('is worded in each language', () => {
    for (const lang of ['en', 'vi', 'zh'] as const) expect(engine.answer('asdf qwer zzz', { lang }).text.split('\n')[0]).toBe(messagesFor(lang).unreadable.split('\n')[0]);
  });
});
