// The one talk a question's subject is reported at (scope.ts subjectTalk) is looked up through an index of
// topics and documents: it must pick exactly the talk a scan of every talk picks, so answers stay the same.
import { describe, expect, it } from 'vitest';
import type { Agreement, Talk, Topic } from '../../src/facts/types.js';
import { DEFAULT_DATA_DIR, loadKnowledgeBase } from '../../src/facts/loader.js';
import { subjectTalk } from '../../src/matching/scope.js';

const kb = loadKnowledgeBase(DEFAULT_DATA_DIR);

/** The talk as a scan of every talk finds it. */
function scanned(talks: readonly Talk[], topics: readonly Topic[], documents: readonly Agreement[]): Talk | null {
  if (topics.length + documents.length === 0) return null;
  const at = talks.filter((t) => topics.every((topic) => t.statements.some((st) => st.topics.includes(topic))) && documents.every((d) => t.agreements.includes(d)));
  return at.length === 1 ? (at[0] ?? null) : null;
}

describe('subjectTalk', () => {
  const topics = [...kb.topics.values()];
  const documents = kb.talks.flatMap((t) => t.agreements);

  it('picks the talk a scan picks, for every topic and document alone and every pair of topics', () => {
    for (const topic of topics) expect(subjectTalk(kb.talks, [{ topic }], [])).toBe(scanned(kb.talks, [topic], []));
    for (const d of documents) expect(subjectTalk(kb.talks, [], [d])).toBe(scanned(kb.talks, [], [d]));
    for (const a of topics) for (const b of topics) expect(subjectTalk(kb.talks, [{ topic: a }, { topic: b }], [])).toBe(scanned(kb.talks, [a, b], []));
    for (const topic of topics) for (const d of documents) expect(subjectTalk(kb.talks, [{ topic }], [d])).toBe(scanned(kb.talks, [topic], [d]));
  });

  it('finds no talk when nothing is named, and none when the subject is reported at two', () => {
    expect(subjectTalk(kb.talks, [], [])).toBeNull();
    // The same talk listed twice reports every subject twice: no one talk.
    const twice = [...kb.talks, ...kb.talks];
    for (const topic of topics) expect(subjectTalk(twice, [{ topic }], [])).toBe(scanned(twice, [topic], []));
  });

  it('answers a list of talks of its own, not the one it first indexed', () => {
    const [first] = kb.talks;
    if (first === undefined) throw new Error('no talks');
    const one = [first];
    for (const topic of topics) expect(subjectTalk(one, [{ topic }], [])).toBe(scanned(one, [topic], []));
  });
});
