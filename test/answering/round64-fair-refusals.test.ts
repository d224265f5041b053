// Kinds of miss from round 64's first contact: a fair question refused for a frame noun or chat particle the articles
// lack ("how much weight did they give to…" = what importance; a Vietnamese yes/no particle "à" glued to a phrase mid-
// sentence; "lụt" alone for floods; "có hình ảnh" = with video), a side named just before a wrong name ("中方代表李克强")
// that kept the name from being put right, and "@everyone", a mass mention typed as plain text. A subject the articles
// truly lack is still refused.
import { describe, expect, it } from 'vitest';
import { withoutChatMarkup } from '../../src/chat-text.js';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const firstLine = (q: string) => engine.answer(q).lines[0]?.text ?? '';
const dates = (q: string) => [...new Set(engine.answer(q).citations.map((c) => c.date))].sort();

describe('"how much weight" asks what importance was given', () => {
  it.each([
    ['How much weight did the two sides give to cooperation through the Party channel in 2022?', '2022-04-19', /Party channel/u],
    ['What weight did China give to its traditional friendship with Vietnam in 2020?', '2020-07-29', /neighbourliness|friendship/u],
  ])('%j is answered from its talk', (q, date, expected) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(dates(q)).toEqual([date]);
    expect(a.text).toMatch(expected);
  });

  it('a weight the articles never give is still refused', () => {
    expect(engine.answer('How much weight in tonnes of rice did China ship to Vietnam in 2022?').answered).toBe(false);
  });
});

describe('Vietnamese chat particles and plain words are no subject', () => {
  it.each([
    ['năm 2020 bên TQ bị lụt à, VN có chia buồn ko', '2020-07-29', /lũ lụt/u],
    ['ủa 2020 TQ lụt nặng à, bên mình nói gì vậy', '2020-07-29', /lũ lụt/u],
  ])('%j is answered, never refused for “à” or “lụt”', (q, date, expected) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(dates(q)).toEqual([date]);
    expect(a.text).toMatch(expected);
  });

  it('a yes/no ending in “à” is still a yes/no', () => {
    expect(firstLine('Hội đàm năm 2020 là điện đàm à?')).toMatch(/^Có/u);
  });

  it('“có hình ảnh” asks whether the talk was by video: No for the 2020 phone talks', () => {
    const q = 'Cuộc điện đàm năm 2020 là họp trực tuyến có hình ảnh phải không?';
    expect(firstLine(q)).toMatch(/^Không/u);
    expect(dates(q)).toEqual(['2020-07-29']);
  });
});

describe('a wrong name after its own side is put right by who held that side’s place', () => {
  it.each([
    ['2022年会谈中，中方代表李克强对越南说了什么？', /宋涛/u],
    ['2022年视频会谈时，中方王毅对越方说了什么？', /宋涛/u],
  ])('%j names the participant instead', (q, expected) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(firstLine(q)).toMatch(/^不对/u);
    expect(a.text).toMatch(expected);
  });
});

describe('“@everyone” and “@here” ping people; they ask nothing', () => {
  it('are taken out with the rest of chat markup', () => {
    expect(withoutChatMarkup('@everyone who took part in 2022?').trim()).toBe('who took part in 2022?');
    expect(withoutChatMarkup('hey @here 2020那次谁通话了').replace(/\s+/g, ' ')).toBe('hey 2020那次谁通话了');
    expect(withoutChatMarkup('mail me at x@everyones.org')).toContain('@everyones');
  });
});
