// Stage 1 of reading a question: words, each with its typo-corrected form, its lemma and its capitals.
import { CHAT_WORDS, SHORT_TYPOS } from './cues.js';
import { MAX_QUESTION_CHARS, normalizeKeepingCase } from './normalize.js';
import type { Vocabulary } from './vocabulary.js';
import type { NativeKind } from './pivot.js';

export interface Token {
  /** Normalized and typo-corrected ("video" for "vidoe"). */
  readonly text: string;
  /** As typed, capitals kept ("Jinping"), for names and for quoting the question back. */
  readonly cased: string;
  readonly lemma: string;
  /**
   * Stage 0 (Vietnamese, Chinese): a word no glossary entry, term or dictionary gave English for.
   * 'wording': the facts' own wording in that language uses it; `lemma` is then the key the fact index
   * holds it by ("vi:muc tieu", "zh:关切"), so it counts as evidence for those facts. 'unknown': found
   * nowhere; kept as typed, and not by itself a reason to refuse. 'act': a Chinese verb of acting nothing reads
   * ("坐下"), kept as what may be asked unless the question asks how the talks were held. Absent for English words.
   */
  readonly native?: NativeKind;
}

export interface Tokens {
  readonly tokens: readonly Token[];
  readonly corrections: readonly (readonly [string, string])[];
}

/** The first MAX_QUESTION_CHARS characters, without a word cut in half at the end. */
export function cutQuestion(question: string): string {
  if (question.length <= MAX_QUESTION_CHARS) return question;
  const cut = question.slice(0, MAX_QUESTION_CHARS);
  const space = cut.search(/\s\S*$/);
  return space > 0 ? cut.slice(0, space) : cut;
}

/** Whether the matcher knows a word as it stands: then it is never "corrected". */
export function isKnownWord(vocab: Vocabulary, word: string): boolean {
  if (vocab.known.has(word) || /^\d+$/.test(word)) return true;
  const { lexicon } = vocab;
  const lemma = lexicon.lemma(word);
  return lexicon.vocabulary.has(lemma) || lexicon.isGeneral(lemma) || lexicon.relatedWords.has(lemma) || lexicon.isGeneral(word);
}

/**
 * "soooo" → "so", "pleaseee" → "please", "heyy" → "hey": chat stretches words, by a letter typed three times or more,
 * or doubled at the end; the stretched form is no typo to correct.
 */
function unstretch(word: string, vocab: Vocabulary): string | null {
  if (!/(.)\1\1/.test(word) && !/(\p{L})\1$/u.test(word)) return null;
  for (const candidate of [word.replace(/(.)\1+/g, '$1$1'), word.replace(/(.)\1+/g, '$1'), word.replace(/(\p{L})\1+$/u, '$1')]) {
    if (isKnownWord(vocab, candidate)) return candidate;
  }
  return null;
}

export function tokenize(vocab: Vocabulary, question: string): Tokens {
  const corrections: [string, string][] = [];
  const cased = normalizeKeepingCase(cutQuestion(question)).split(' ').filter(Boolean);
  const capital = (i: number) => /^\p{Lu}/u.test(cased[i] ?? '');
  const unknownCapital = (i: number) => capital(i) && !isKnownWord(vocab, (cased[i] ?? '').toLowerCase());
  // "Wang Yi": two unknown capitalised words side by side mid-sentence are a name the articles lack, not typos ("want").
  const inName = (i: number) => i > 0 && capital(i) && (unknownCapital(i - 1) || unknownCapital(i + 1));
  const tokens = cased.map((typedCase, i): Token => {
    const typed = typedCase.toLowerCase();
    // "thx" is "thanks": a chat abbreviation of another chat word is read as that word, so that what it says when
    // it is said ("say thx to Vietnam": thanked) is read as the word typed in full would be; no typo to report.
    let text = CHAT_WORDS.has(typed) && CHAT_WORDS.has(SHORT_TYPOS[typed] ?? '') ? (SHORT_TYPOS[typed] ?? typed) : typed;
    // A real English word is no typo ("home" is not "hope"), unless it is a known chat misspelling ("wen").
    if (!isKnownWord(vocab, typed) && !inName(i) && (!vocab.lexicon.isEnglish(typed) || SHORT_TYPOS[typed] !== undefined)) {
      const fixed = unstretch(typed, vocab) ?? vocab.correct(typed);
      if (fixed) {
        corrections.push([typed, fixed]);
        text = fixed;
      }
    }
    return { text, cased: typedCase, lemma: vocab.lexicon.lemma(text) };
  });
  return { tokens, corrections };
}

/** A regular "-ed" form of a verb ("praised", "renewed"): its lemma differs and does not end so itself ("need"). */
export const isRegularEdForm = (t: Token): boolean => t.text.length > 4 && t.text.endsWith('ed') && t.lemma !== t.text && !t.lemma.endsWith('ed');
