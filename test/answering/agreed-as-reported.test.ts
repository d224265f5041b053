// "Did they agree to keep working with the international community against the pandemic?": the 2020 report has the two
// sides affirm they would keep coordinating with the international community against COVID-19. Agreeing is what that
// agreement says, so every detail matching is a fair Yes; agreeing to something it does not name is none.
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';
import { lastOf } from '../support/conversation.js';

const ask = (q: string) => sharedEngine().answer(q);

describe('an agreement asked yes or no', () => {
  it('is Yes where the sides agreed it, cited at 2020, alone and in a conversation', () => {
    const a = ask('did they agree to keep working with the international community against the pandemic?');
    expect(a.text).toMatch(/^Yes\./u);
    expect(a.citations.map((c) => c.date)).toContain('2020-07-29');
    const c = lastOf('how did covid mess with party exchanges back in july 2020', "what did song tao think of vietnam's covid fight?", 'did they agree to keep working with the international community against the pandemic?');
    expect(c.text).toMatch(/^Yes\./u);
  });

  it('is no Yes when it claims more than agreeing, or a subject the agreement does not name', () => {
    expect(ask('did they agree to sign a trade deal with the international community?').text).not.toMatch(/^Yes/u);
    expect(ask('did they agree to open trade with the international community?').text).not.toMatch(/^Yes/u);
    expect(ask('did they agree to keep working with ASEAN against floods?').text).toMatch(/^No/u);
  });
});
