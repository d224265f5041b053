// Evidence first (src/answering/evidence.ts): a structured intent's answer that leaves out what the question's own
// words ask gives way to the statement that says them; one that says them, or a question whose words the intent
// consumed, keeps its answer. Refusals stay refusals.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answering/engine.js';
import { withoutChatMarkup } from '../../src/chat-text.js';
import { sharedEngine } from '../support/engine.js';

let engine: Engine;
beforeAll(() => {
  engine = sharedEngine();
});

const ask = (q: string) => engine.answer(withoutChatMarkup(q));
const quotes = (q: string) => ask(q).citations.map((c) => c.quote).join(' ');

describe('evidence first', () => {
  it('answers a question read as about a person with the statement its words point at', () => {
    const a = ask('What was Song Tao grateful to Vietnam for during the July 2020 conversation?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/flood/);
    expect(quotes('What was Song Tao grateful to Vietnam for during the July 2020 conversation?')).toMatch(/thanked/);
  });

  it('answers a wish asked in the words of a document with the wish, not the documents signed', () => {
    expect(ask('Which health travel document did Trung hope the two countries would accept from each other soon?').text).toMatch(/vaccine passports/);
    expect(ask('关于疫苗证明，越方2022年希望两国之间达成什么安排？').text).toMatch(/疫苗护照/);
  });

  it('weighs a Chinese question by its words as read: the obstacle at sea', () => {
    expect(ask('2020年越方觉得两国关系里最让人头疼的麻烦出在哪一块？').text).toMatch(/海上/);
  });

  it('keeps the structured answer when the question asks nothing beyond it', () => {
    const who = ask('Who is Song Tao?');
    expect(who.intent).toBe('person');
    expect(ask('Who took part in the 2022 talks?').intent).toBe('who');
    // Asked what was signed, the documents signed answer, whatever else the question says.
    expect(ask('What paperwork did the two men put their names to in April 2022?').text).toMatch(/cooperation plan/);
    expect(ask('wat docs did they sign in the 2022 vid call??').text).toMatch(/cooperation plan/);
    // A topic that says which talk asks nothing more of a "who" question.
    expect(ask('who was in the call about the floods').intent).toBe('who');
    // A topic word inside a name is the name's.
    expect(ask('what is the International Liaison Department').intent).toBe('organisation');
  });

  it('keeps a summary and adds the statement its words point at', () => {
    const a = ask("ugh my boss wants a summary by 5pm 😩 what were trung's asks on trade?");
    expect(a.intent).toBe('summary');
    expect(a.lines[0]?.text).toMatch(/held talks via videoconference/);
    expect(a.citations.some((c) => /balance of trade/.test(c.quote))).toBe(true);
  });

  it('answers from the statements of the person named only', () => {
    // "concerns" is in a statement of both sides; Song Tao's reaction is his own.
    expect(quotes('How did Song Tao react to the concerns Hanoi brought up in 2022?')).toMatch(/responded positively/);
  });
});

describe('a wish asked of a topic', () => {
  // The topic is what is asked, the wish only how it was put: calls on other subjects that share a loose word with
  // the question ("building" the Code of Conduct, "the two countries") do not replace the topic's statements.
  it('is answered by the topic\'s statements when none of them is worded as a wish', () => {
    const q = 'During the 2022 videoconference, how did Vietnam propose building up mutual political confidence between the two nations?';
    expect(quotes(q)).toMatch(/high-level exchanges to enhance political trust/);
    expect(quotes(q)).not.toMatch(/Code of Conduct|land border management/);
  });

  it('keeps the wishes when the topic has some, or when they match the question better than the topic does', () => {
    expect(quotes('What did Trung hope for about vaccine passports?')).toMatch(/expressed a hope/);
    // "Medical" reads as the medical supplies; the wish for vaccine passports is what the words ask.
    expect(quotes('In 2022, which medical papers for travel did Hanoi hope the two countries would soon accept from each other?')).toMatch(/vaccine passports/);
  });
});

describe('a noun that may name an agreement', () => {
  it('asks about the topic when no agreement on it matches', () => {
    const a = ask('gm all ☕ what was the deal w/ the floods in china');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/floods/);
  });

  it('still answers No, or says none was agreed, when signing or agreeing is asked', () => {
    const signed = ask('Did they sign an agreement on the floods?');
    expect(signed.answered).toBe(false);
    expect(signed.text).toMatch(/no document signed/);
    expect(ask('What did they agree about the floods?').answered).toBe(false);
  });
});

describe('a summary asked in chat', () => {
  it('reads "pts" as points', () => {
    const a = ask('pls tl;dr the 2022 talks in like 3 bullet pts 🙏');
    expect(a.answered).toBe(true);
    expect(a.intent).toBe('summary');
  });
});

describe('a trouble spot is an obstacle', () => {
  it('finds the obstacles at sea', () => {
    const a = ask('Which trouble spot did Hoang Binh Quan single out as weighing on relations in mid-2020?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/sea/);
  });
});
