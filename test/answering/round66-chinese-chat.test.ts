// Kinds of round 66's Chinese chat: colloquial "啥玩意" / "什么玩意儿" ask what something is (not of a "toy" the
// articles lack); "差了多久" / "相差多久" between the two talks ask the time between them, not how long a talk lasted.
import { describe, expect, it } from 'vitest';
import { citedTalks, sharedEngine } from '../support/engine.js';

const engine = sharedEngine();

describe('"啥玩意" asks what a thing is', () => {
  it.each(['话说 coc 是啥玩意 文章里有提吗', 'DOC是什么玩意儿？', 'ASEAN是啥玩意儿'])('%j is answered, naming no 玩意', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).not.toMatch(/玩意/u);
    expect(citedTalks(a)).toContain('2022-04-19-videoconference');
  });
});

describe('"差了多久" between the talks asks the time between them', () => {
  it.each(['**急** 两次会谈中间差了多久啊 求个大概', '两次会谈相差多久？', '两次会谈之间差多久'])('%j gives both dates', (q) => {
    const a = engine.answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/2020年7月29日/u);
    expect(a.text).toMatch(/2022年4月19日/u);
    expect(a.text).not.toMatch(/持续多久/u);
  });
});
