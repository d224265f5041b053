// Kinds of round 63's first contact on citing the right talk: where an act taken as done happened, asked in
// Chinese's 是…的 frame ("疫苗护照那事是哪次会谈提的？"), cites only the talk that reports it, while a choice among
// the talks ("哪次会谈提到了…", "两次会谈里…是哪次…的") still gives each talk its line; in a long English message,
// "that channel" points back to the subject the context named; "what did he say…, and what did he suggest?" asks
// for both, not for the wishes alone.
import { describe, expect, it } from 'vitest';
import { citedTalks, sharedEngine } from '../support/engine.js';

const engine = sharedEngine();
const first = (q: string) => engine.answer(q).text.split('\n')[0] ?? '';

describe('where an act taken as done happened (是…的) cites only the talk that reports it', () => {
  it.each([
    ['东盟那个是在哪次会谈里提到的呀', '2022-04-19-videoconference', /2022/u],
    ['洪水那事是哪次会谈说的来着', '2020-07-29-phone-talks', /2020/u],
    ['越方要中方遵守的四份陆地边界文件，是在哪次会谈提出的？', '2022-04-19-videoconference', /2022/u],
  ])('%j', (q, talk, when) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(when);
    expect(citedTalks(a)).toEqual([talk]);
  });

  it('a wrong count in it is still put right', () => {
    expect(engine.answer('越方要中方遵守的四份陆地边界文件，是在哪次会谈提出的？').text).toMatch(/三/u);
  });
});

describe('a choice among the talks still gives each talk its line', () => {
  it.each(['哪次会谈提到了东盟？', '这两场会谈里，东盟是在哪一场提到的？'])('%j', (q) => {
    const a = engine.answer(q);
    expect(first(q)).toMatch(/2022/u);
    expect(citedTalks(a)).toEqual(['2020-07-29-phone-talks', '2022-04-19-videoconference']);
  });
});

describe('a long message: "that <noun>" points back to the subject the context named', () => {
  it('the party channel, asked of the 2022 talks the context named', () => {
    const q = 'I keep reading about Vietnam and China, and the Party channel gets less attention than it deserves. The 2022 readout dwelt on it. What did the officials say that channel does for ties between the two countries?';
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(first(q)).not.toMatch(/^Not quite/u);
    expect(a.text).toMatch(/Party channel plays an important role/u);
    expect(citedTalks(a)).toEqual(['2022-04-19-videoconference']);
  });
});

describe('what was said and what was suggested, asked together, are both answered', () => {
  it.each([
    'Sea issues always come up between these two. I read that Quan raised them in 2020. What did he say about the sea, and what did he propose?',
    'In 2020, what did Quan say about the sea and what did he suggest?',
  ])('%j', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/developments at sea/u);
    expect(a.text).toMatch(/peaceful means/u);
    expect(citedTalks(a)).toEqual(['2020-07-29-phone-talks']);
  });

  it('a wish asked alone still narrows to wishes', () => {
    const a = engine.answer('In 2020, what did Quan suggest about the sea?');
    expect(a.text).toMatch(/peaceful means/u);
    expect(a.text).not.toMatch(/developments at sea/u);
  });
});
