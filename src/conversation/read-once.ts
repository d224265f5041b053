// One follow-up reads the same text on its own several times (the whole question, what is left of it once the cues
// are taken, in checks of its own). Within one follow-up each such reading is made once and kept until it returns;
// readings with what the conversation supplies are made every time.
import type { Lang } from '../languages.js';
import type { Given, Reader } from '../matching/read.js';
import type { ReadResult } from '../matching/reading.js';

export interface ReadOnce {
  /** The reader, keeping readings of a text alone (or with only the language it is written in) during `during`. */
  readonly reader: Reader;
  /** Runs `run` with its own kept readings, dropped when it returns: nothing outlives one follow-up. */
  readonly during: <T>(run: () => T) => T;
}

/** The language `given` holds when it holds nothing else ('' when nothing at all), or null when it supplies more. */
function onlyWritten(given: Given | undefined): Lang | '' | null {
  if (given === undefined) return '';
  const keys = Object.keys(given);
  if (keys.length === 0) return '';
  return keys.length === 1 && given.written !== undefined ? given.written : null;
}

export function readOnce(reader: Reader): ReadOnce {
  let kept: Map<string, ReadResult> | null = null;
  const read = (question: string, lang?: Lang, given?: Given): ReadResult => {
    const written = onlyWritten(given);
    if (kept === null || written === null) return reader.read(question, lang, given);
    const key = `${lang ?? ''}\u0000${written}\u0000${question}`;
    let result = kept.get(key);
    if (result === undefined) {
      result = reader.read(question, lang, given);
      kept.set(key, result);
    }
    return result;
  };
  const during = <T>(run: () => T): T => {
    const outer = kept;
    kept = new Map();
    try {
      return run();
    } finally {
      kept = outer;
    }
  };
  return { reader: { ...reader, read }, during };
}
