// "2020年的时候越方负责人也是他吗？" after the 2022 signers: "he" is the Vietnamese signer asked at another talk, read with
// his name (which the reader puts right to who held the place there); No, he took part only in 2022, with who was there
// in 2020 (not a summary of the 2020 call).
import { describe, expect, it } from 'vitest';
import { cited, lastOf } from '../support/conversation.js';

describe('"also him?" of a side\'s place at the other talk', () => {
  it('after the 2022 signers, "2020年的时候越方负责人也是他吗？" is No, naming Quan at the 2020 call', () => {
    const a = lastOf('2022年那次会谈签了什么文件？', '谁签的', '2020年的时候越方负责人也是他吗？');
    expect(a.answered).toBe(true);
    expect(a.text.split('\n')[0]).toMatch(/^不是/u);
    expect(a.text).toContain('黄平君');
    expect(a.text).toContain('黎怀忠');
    expect(cited(a)).toContain('2020-07-29');
  });
});
