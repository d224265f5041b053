// A body named short ("international liaison" for the International Liaison Department): the same body, so a post
// claimed of the wrong person is put right, not confirmed, and asked of its head names him.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answering/engine.js';
import { sharedEngine } from '../support/engine.js';

let engine: Engine;
beforeAll(() => {
  engine = sharedEngine();
});
const first = (q: string) => engine.answer(q).text.split('\n')[0] ?? '';

describe('a body named short', () => {
  it.each(['was Quan in charge of international liaison?', 'did hoang binh quan head international liaison in 2020?'])('is no post of the Vietnamese side: %s', (q) => {
    expect(first(q)).toMatch(/^No\b/);
  });

  it('names its head', () => {
    const answer = engine.answer('who heads international liaison?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('Song Tao');
  });

  it('still reads the whole name as before', () => {
    expect(first('was Quan head of the International Liaison Department?')).toMatch(/^No\b/);
    expect(engine.answer('who heads the International Liaison Department?').text).toContain('Song Tao');
  });
});
