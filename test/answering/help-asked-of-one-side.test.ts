// "Did Vietnam help out with the floods?": help asked of one side with no side after the verb is its help to the
// other, which the report tells as the other side's thanks for its support (answering/help-directed.ts, round 93).
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';
import { lastOf } from '../support/conversation.js';

const engine = sharedEngine();

describe('help asked of one side alone', () => {
  it('"did vietnam help out with the floods?": Yes, with the thanks for its support', () => {
    const a = engine.answer('did vietnam help out with the floods?');
    expect(a.text).toMatch(/^Yes\./u);
    expect(a.text).toMatch(/thanked the Vietnamese Party, Government and people for supporting China/u);
  });

  it('after the floods, "did vietnam help out with it?" answers the same', () => {
    const a = lastOf('what natural disaster comes up in the 2020 article?', 'did vietnam help out with it?');
    expect(a.text).toMatch(/^Yes\./u);
    expect(a.text).toMatch(/supporting/u);
  });

  it('a side further from the verb ("did vietnam ask for help?") is not said to have helped', () => {
    expect(engine.answer('did vietnam ask for help?').text).not.toMatch(/thanked the Vietnamese Party/u);
  });
});
