// A thing asked for by name of "him" ("what specific incidents was he referring to?") that who he is does not give,
// when nothing he said names it, is refused: never answered with his name and post. What his post or body is, asked
// of "him", still is.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';
import { cited, lastOf } from '../support/conversation.js';

const QUAN_ON_THE_SEA = ['How did Quan describe relations between the two parties in 2020?', 'any problems he mentioned?'] as const;

describe('a thing asked by name that who a person is does not give', () => {
  it('asked of "him" after his words, is refused, not answered with his post', () => {
    for (const [first, thing] of [
      [QUAN_ON_THE_SEA, 'what specific incidents was he refering to?'],
      [QUAN_ON_THE_SEA, 'which exact ships was he talking about?'],
      [['what did Song Tao announce in 2022?'], 'what particular hospitals did he have in mind?'],
      [['who did Song Tao talk to in 2022?', 'what did Trung ask for on the border?'], 'what specific goods was he worried about?'],
    ] as const) {
      const a = lastOf(...first, thing);
      expect(a.answered, thing).toBe(false);
      expect(a.text, thing).not.toMatch(/Head of|Chairman/);
    }
  });

  it('his post or body, asked of "him", is still who he is', () => {
    for (const [first, post, head] of [
      [['Who was Song Tao on the line with on July 29, 2020?'], 'which party body did he lead?', /Commission for External Relations/],
      [['who represented Vietnam in the 2020 call?'], 'what was his title at the time?', /Commission for External Relations/],
      [['who did Song Tao talk to in 2022?'], 'what position did he hold then?', /Chairman/],
    ] as const) {
      const a = lastOf(...first, post);
      expect(a.answered, post).toBe(true);
      expect(a.text, post).toMatch(head);
    }
    const named = sharedEngine().answer('what country is Quan from?');
    expect(named.answered).toBe(true);
    expect(named.text).toMatch(/Vietnam/);
    expect(cited(named)).toEqual(['2020-07-29']);
  });
});
