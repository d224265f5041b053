// normalize(): what makes "Lê Hoài Trung", "le hoai trung" and "LE  HOAI-TRUNG" the same question.
import { describe, expect, it } from 'vitest';
import { MAX_QUESTION_CHARS, normalize, viTones, words } from '../../src/matching/normalize.js';

describe('normalize', () => {
  it.each([
    ['Lê Hoài Trung', 'le hoai trung'],
    ['Hoàng Bình Quân', 'hoang binh quan'],
    ['Đà Nẵng', 'da nang'],
    ['đại hội', 'dai hoi'],
    ['Tống Đào', 'tong dao'],
  ])('drops diacritics: %s → %s', (input, expected) => {
    expect(normalize(input)).toBe(expected);
  });

  it('makes the accented and the plain spelling of a name identical', () => {
    expect(normalize('Lê Hoài Trung')).toBe(normalize('le hoai trung'));
    expect(normalize('LE  HOAI-TRUNG')).toBe(normalize('le hoai trung'));
  });

  it.each([
    ['WHO TOOK PART?', 'who took part'],
    ['  who   took\tpart \n in  the   talks  ', 'who took part in the talks'],
    ['2021-2025', '2021 2025'],
    ['CPV/CPC...talks!!!', 'cpv cpc talks'],
    ['ｗｈｏ　ＴＯＯＫ　part', 'who took part'],
  ])('lower-cases, drops punctuation and collapses spaces: %j → %j', (input, expected) => {
    expect(normalize(input)).toBe(expected);
  });

  it.each([
    ["who's", 'who is'],
    ["Who's Song Tao?", 'who is song tao'],
    ['who’s Song Tao?', 'who is song tao'],
    ["what's the ILD?", 'what is the ild'],
    ["when's the meeting", 'when is the meeting'],
    ["it's", 'it is'],
  ])('expands "\'s" after question words: %j → %j', (input, expected) => {
    expect(normalize(input)).toBe(expected);
  });

  it.each([
    ["Quan's counterpart", 'quan counterpart'],
    ['Vietnam’s achievements', 'vietnam achievements'],
    ["the Parties' General Secretaries", 'the parties general secretaries'],
  ])('drops possessives: %j → %j', (input, expected) => {
    expect(normalize(input)).toBe(expected);
  });

  it.each([
    ["don't", 'dont'],
    ["I can't remember", 'i cant remember'],
    ['didn’t', 'didnt'],
    ["wasn't", 'wasnt'],
  ])('keeps negative contractions one word (the lexicon knows "dont", "cant"): %j → %j', (input, expected) => {
    expect(normalize(input)).toBe(expected);
  });

  it.each([
    ['wh\u200Bo', 'who'],
    ['pa\u200Drt', 'part'],
    ['par\u00ADt', 'part'],
    ['\uFEFFwho', 'who'],
    ['tr\u2060ung', 'trung'],
    ['so\u200Cng tao', 'song tao'],
  ])('removes zero-width and soft-hyphen characters without splitting the word: %j → %j', (input, expected) => {
    expect(normalize(input)).toBe(expected);
  });

  it('bidi controls around text disappear', () => {
    expect(normalize('\u202Ewho took part\u202C')).toBe('who took part');
    expect(normalize('\u200Fwho\u200E took part')).toBe('who took part');
  });

  it('control characters (tab, newline, NUL, escape) separate words rather than join them', () => {
    expect(normalize('who\ttook\npart')).toBe('who took part');
    expect(normalize('who\u0000took part')).toBe('who took part');
    expect(normalize('who\u001b[31m took')).toBe('who 31m took');
  });

  it('emoji, symbols and lone surrogates vanish; letters of other scripts stay', () => {
    expect(normalize('😀 who 🎉')).toBe('who');
    expect(normalize('\uD800who\uDC00')).toBe('who');
    expect(normalize('من شارك')).toBe('من شارك');
  });

  it('words() splits normalized text and gives nothing for empty input', () => {
    expect(words('Who took  PART?')).toEqual(['who', 'took', 'part']);
    expect(words('')).toEqual([]);
    expect(words(' \u200B\t ')).toEqual([]);
  });

  it('reads at most a bounded question length (so every answer takes bounded time)', () => {
    expect(MAX_QUESTION_CHARS).toBeGreaterThanOrEqual(200);
    expect(MAX_QUESTION_CHARS).toBeLessThanOrEqual(2_000);
  });
});

describe('viTones', () => {
  it.each([
    ['hàng hoá', 'hàng hóa'],
    ['khoẻ mạnh', 'khỏe mạnh'],
    ['Uỷ ban', 'Ủy ban'],
    ['TOÀ ÁN', 'TÒA ÁN'],
  ])('puts a tone on "oa", "oe", "uy" ending a syllable where the facts do: %s → %s', (input, expected) => {
    expect(viTones(input)).toBe(expected);
  });

  it.each(['quý', 'hoạt động', 'Hoàng', 'ngoại giao', 'hòa bình', 'tùy ý'])('leaves %s as it is', (input) => {
    expect(viTones(input)).toBe(input.normalize('NFC'));
  });
});
