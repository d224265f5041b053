// One answer reads the same text alone several times: the whole message when read(), then again whole when the
// answer checks what its context sentences state (engine.ts statedBefore), an asking part or clause when read() and
// again when the answer splits the message (contrast, clauses). Within one answer each such reading is made once and
// kept until the answer returns; readings with anything the caller supplies besides the language are made every time.
// Nothing outlives an answer, so no question's reading is ever served from an earlier one.
import type { Lang } from '../languages.js';
import type { ReadResult } from './reading.js';

export interface KeptReadings {
  /** The reading of `text` asked in `asked` and answered in `lang`: kept while `during` runs, else made. */
  readonly reading: (text: string, asked: Lang, lang: Lang, make: () => ReadResult) => ReadResult;
  /** Runs `run` with readings kept, dropped when the outermost run returns. */
  readonly during: <T>(run: () => T) => T;
}

/** Whether `given` supplies nothing but the language a text is written in (what `asked` already says). */
export function onlyLanguage(given: object): boolean {
  const keys = Object.keys(given);
  return keys.length === 0 || (keys.length === 1 && keys[0] === 'written');
}

export function keptReadings(): KeptReadings {
  let kept: Map<string, ReadResult> | null = null;
  const reading = (text: string, asked: Lang, lang: Lang, make: () => ReadResult): ReadResult => {
    if (kept === null) return make();
    const key = `${asked}\u0000${lang}\u0000${text}`;
    let result = kept.get(key);
    if (result === undefined) {
      result = make();
      kept.set(key, result);
    }
    return result;
  };
  const during = <T>(run: () => T): T => {
    // An answer asked within an answer (a clause answered on its own) shares the outer one's readings.
    if (kept !== null) return run();
    kept = new Map();
    try {
      return run();
    } finally {
      kept = null;
    }
  };
  return { reading, during };
}
