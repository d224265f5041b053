// data/lexicon/en-questions.json, the English words questions are read by: checked like the rest of data/, and
// the words the reader uses are the file's (a word added there is read, with no change to src/).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../src/data-error.js';
import { DEFAULT_DATA_DIR } from '../../src/facts/loader.js';
import { loadQuestionWords, QUESTIONS_FILE } from '../../src/lexicon/questions.js';
import { CUES, FUNCTION_WORDS, UNSUPPORTED } from '../../src/matching/cues.js';
import { sharedEngine } from '../support/engine.js';

/** Loads a copy of data/ whose question words `edit` changed. */
function loadEdited(edit: (words: Record<string, unknown>) => void): () => unknown {
  return () => {
    const root = mkdtempSync(join(tmpdir(), 'talks-bot-questions-'));
    try {
      cpSync(DEFAULT_DATA_DIR, root, { recursive: true });
      const file = join(root, QUESTIONS_FILE);
      const words = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      edit(words);
      writeFileSync(file, JSON.stringify(words));
      return loadQuestionWords(root);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  };
}

describe('the English question words are data, checked with precise errors', () => {
  it('the shipped file is valid and is what the reader uses', () => {
    const words = loadQuestionWords(DEFAULT_DATA_DIR);
    expect(CUES.when).toEqual(words.intents.when);
    expect(UNSUPPORTED.map((u) => u.kind)).toEqual(words.unsupported.map((u) => u.kind));
    expect(FUNCTION_WORDS.has('please')).toBe(words.chatWords.includes('please'));
  });

  it('a phrase listed twice, a kind of refusal no message words, or a list left out stops loading, naming the file', () => {
    const intents = (w: Record<string, unknown>) => w.intents as Record<string, string[]>;
    expect(loadEdited((w) => intents(w).when?.push('when'))).toThrow(DataError);
    expect(loadEdited((w) => intents(w).when?.push('when'))).toThrow(/en-questions\.json.*lists a phrase twice/);
    expect(loadEdited((w) => (w.unsupported as { kind: string; cues: string[] }[]).push({ kind: 'gossip', cues: ['rumour'] }))).toThrow(/en-questions\.json/);
    expect(loadEdited((w) => delete w.talkNouns)).toThrow(/en-questions\.json/);
    expect(loadEdited((w) => (w.stopWords as string[]).push('Capitalised'))).toThrow(/lower case/);
  });

  it('questions are read by its words: a cue of a refusal kind refuses, a chat word is no reason to refuse', () => {
    const engine = sharedEngine();
    expect(engine.answer('what is the exchange rate of the yuan today?').answered).toBe(false);
    expect(engine.answer('yo pls who took part in the 2022 talks?').answered).toBe(true);
  });
});
