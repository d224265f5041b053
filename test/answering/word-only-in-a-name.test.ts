// A word the articles hold only inside a name ("Song" of Song Tao, "National" of the 13th National Congress) is no
// evidence for a question that names neither the person nor the congress: "the Vietnamese national anthem" (WordNet:
// anthem → song) is refused, naming what the articles lack, not answered with Song Tao's congratulations on the
// National Congress. Questions that do name the person or the congress keep their answers.
import { describe, expect, it } from 'vitest';
import { citedTalks, sharedEngine } from '../support/engine.js';

const engine = sharedEngine();

describe('a word only inside a name is no evidence', () => {
  it.each(['what is the Vietnamese national anthem?', 'what is the national anthem of china?'])('%j: refused, naming the anthem', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/anthem/u);
    expect(a.text).not.toMatch(/congratulated/u);
  });

  it.each(['what is the vietnamese national song?', 'sing me the chinese anthem'])('%j: refused, not the congress nor a participant', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/congratulated|Commission for External Relations\)/u);
  });
});

describe('questions that name the person or the congress keep their answers', () => {
  it.each(['who is song?', 'who is mr song'])('%j: Song Tao and his role', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Song Tao/u);
  });

  it('"what was said about the national congress?": the congratulations on the 13th National Congress', () => {
    const a = engine.answer('what was said about the national congress?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/13th National Congress/u);
    expect(citedTalks(a)).toEqual(['2022-04-19-videoconference']);
  });

  it('"what did quan say about the sea?": the complicated developments at sea', () => {
    const a = engine.answer('what did quan say about the sea?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/at sea/u);
    expect(citedTalks(a)).toEqual(['2020-07-29-phone-talks']);
  });

  it('"who was the vietnamese national at the talks": the Vietnamese participants', () => {
    const a = engine.answer('who was the vietnamese national at the talks');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Hoang Binh Quan/u);
    expect(a.text).toMatch(/Le Hoai Trung/u);
  });
});
