// "Ông Tống Đào bày tỏ mong muốn gì … năm 2020, và năm 2022 ông phản hồi các đề nghị … thế nào?", "宋涛2020年希望什么，
// 而2022年他怎么回应越方的建议？": a clause read on its own loses the person its pronoun stands for, and then asks of no
// one (its talk's summary answers it). Such a clause is read with the person the whole question named.
import type { Lang } from '../languages.js';
import type { Given } from '../matching/read.js';
import type { ReadResult, Reading } from '../matching/reading.js';

/** A third person in a clause's English (its glossary's, in Vietnamese and Chinese: "ông ấy", "他" → "he"). */
const THIRD_PERSON = /\b(he|his|him|she|her)\b/iu;

/** Whether one of `pronouns` stands in `clause` as a word of its own. */
function pronounIn(clause: string, pronouns: readonly string[]): boolean {
  const text = clause.normalize('NFC').toLowerCase();
  return pronouns.some((p) => {
    const word = p.normalize('NFC').toLowerCase();
    let at = text.indexOf(word);
    while (at >= 0) {
      const before = text[at - 1] ?? ' ';
      const after = text[at + word.length] ?? ' ';
      if (!/[\p{L}\p{M}\p{N}]/u.test(before) && !/[\p{L}\p{M}\p{N}]/u.test(after)) return true;
      at = text.indexOf(word, at + 1);
    }
    return false;
  });
}

/**
 * The clause read alone, or, when it names no person of its own but a pronoun stands for one (`pronouns`: a language's
 * words beyond "he"/"she", such as a bare honorific) and the whole question named someone, read with those people.
 */
export function readClause(
  clause: string,
  whole: Reading,
  pronouns: readonly string[],
  read: (question: string, lang: Lang, given?: Given) => ReadResult,
): ReadResult {
  const alone = read(clause, whole.lang);
  if (whole.people.length === 0 || alone.reading.people.length > 0) return alone;
  if (!THIRD_PERSON.test(alone.reading.said.words.join(' ')) && !pronounIn(clause, pronouns)) return alone;
  return read(clause, whole.lang, { people: whole.people });
}
