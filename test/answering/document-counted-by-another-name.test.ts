// "How many legal instruments on the land border…?": a document counted under another name for it ("instruments",
// "texts") is the articles' documents, and the count they give (three) answers it, as it answers "documents".
import { describe, expect, it } from 'vitest';
import { sharedEngine } from '../support/engine.js';

const engine = sharedEngine();

describe('documents counted under another name', () => {
  it('answers with the count the articles give', () => {
    for (const q of [
      'How many legal instruments on managing the land border did Trung ask China to observe?',
      'How many legal instruments did Trung cite on the land border?',
      'How many land-border instruments did Trung want China to comply with?',
      'How many instruments on land border management did Trung mention?',
      'Trung asked China to respect how many legal instruments on the land border?',
      'How many legal instruments governing the land border came up in 2022?',
      'How many legal texts on land border management did Trung mention?',
      'What number of legal instruments on the land border did Trung bring up?',
    ]) {
      const a = engine.answer(q);
      expect(a.answered, q).toBe(true);
      expect(a.text, q).toContain('three legal documents on land border management');
      expect(a.citations.map((c) => c.talk), q).toContain('2022-04-19-videoconference');
    }
  });

  it('puts a wrong count of them right in a claim', () => {
    const a = engine.check('Trung asked China to observe four legal instruments on land border management');
    expect(a.verdict).toBe('contradicts');
  });

  it('still refuses an instrument of another kind', () => {
    for (const q of ['How many musical instruments were played at the talks?', 'How many surgical instruments did China donate?']) {
      const a = engine.answer(q);
      expect(a.text, q).not.toContain('three legal documents');
    }
  });
});
