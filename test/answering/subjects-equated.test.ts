// Two subjects set equal in a yes/no ("were the medical supplies vaccines?", "医疗物资是疫苗吗？", "vật tư y tế là vắc
// xin à?"), each reported at the same talk but never one as the other: no Yes. Asked whether both came up, they did.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/answering/engine.js';
import { sharedEngine } from '../support/engine.js';

let engine: Engine;
beforeAll(() => {
  engine = sharedEngine();
});
const first = (q: string) => engine.answer(q).text.split('\n')[0] ?? '';
const YES = /^(Yes|Có|是的|是。|对)/u;

describe('two subjects set equal', () => {
  it.each([
    'were the medical supplies vaccines?',
    'was the medical aid a vaccine?',
    'vật tư y tế là vắc xin à?',
    'vật tư y tế có phải là vắc xin không?',
    '医疗物资是疫苗吗？',
    '中方送的医疗物资是疫苗吗？',
  ])('is no Yes where no sentence says one is the other: %s', (q) => {
    expect(first(q)).not.toMatch(YES);
    expect(engine.answer(q).citations.some((c) => c.date === '2022-04-19')).toBe(true);
  });

  it.each([
    ['did they discuss medical supplies and vaccine passports?', /^Yes/u],
    ['did they discuss vaccine passports?', /^Yes/u],
    ['hai bên có bàn về hộ chiếu vắc xin không?', /^Có/u],
    ['did covid and the floods come up in 2020?', /^Yes/u],
    ['were vaccine passports discussed in 2020?', /^No/u],
  ])('still answers whether subjects came up: %s', (q, lead) => {
    expect(first(q)).toMatch(lead);
  });
});
