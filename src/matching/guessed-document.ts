// "what did they actually sign in 2022 lmao, some kinda plan?", "签了什么，是某个计划吗", "ký gì vậy, một kế hoạch à?":
// a document named after an open "what … sign" is a guess offered to the question, not the one thing asked about:
// every document signed is what is asked, the one guessed among them. A document the question word asks by ("what
// plan did they sign?", "签了什么计划") or the signing takes as its object ("when did Quan sign the plan?", "the
// signing of the scheme") is the subject still.
import { FUNCTION_WORDS } from './cues.js';
import type { Token } from './tokens.js';

/** The question words that ask for what was signed (Vietnamese "gì" and Chinese "什么" reach them through the glossaries). */
const OPEN_ASKERS: ReadonlySet<string> = new Set(['what', 'which']);
/** Most words between the question word and the signing ("what did the two sides sign"). */
const ASKED_REACH = 4;

/**
 * Whether every document named (`documentsAt`, from `askFrom` on) is offered after an open "what … sign" (`signing`:
 * whether a word at a position is one of signing): the question word asks what was signed (just before the signing,
 * or just after it: "signed what"), and each document comes after both, apart from the signing by more than grammar.
 */
export function documentGuessed(tokens: readonly Token[], askFrom: number, documentsAt: readonly { readonly at: number; readonly length: number }[], signing: (at: number) => boolean): boolean {
  const asked = documentsAt.filter((h) => h.at >= askFrom);
  if (asked.length === 0) return false;
  const sign = tokens.findIndex((_, i) => i >= askFrom && signing(i));
  if (sign < 0) return false;
  // Before the signing, the question word asks what was signed only when no noun of its own follows it ("what years").
  const before = (i: number) => i < sign && sign - i <= ASKED_REACH + 1 && (i + 1 === sign || FUNCTION_WORDS.has(tokens[i + 1]?.text ?? ''));
  const wh = tokens.findIndex((t, i) => i >= askFrom && OPEN_ASKERS.has(t.text) && (before(i) || i === sign + 1));
  if (wh < 0) return false;
  // Nothing named between the question word and the signing: "what targets does the plan set" asks of the plan.
  if (wh < sign && documentsAt.some((h) => h.at > wh && h.at < sign)) return false;
  const apart = (at: number) => tokens.slice(sign + 1, at).some((t, k) => sign + 1 + k === wh || !FUNCTION_WORDS.has(t.text));
  return asked.every((h) => h.at > Math.max(wh, sign) && h.at !== wh + 1 && apart(h.at));
}
