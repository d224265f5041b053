// "what did they actually sign in 2022 lmao, some kinda plan?", "签了什么，是某个计划吗", "ký gì vậy, một kế hoạch à?":
// a document named after an open "what … sign" is a guess offered to the question, not the one thing asked about:
// every document signed is what is asked, the one guessed among them. A document the question word asks by ("what
// plan did they sign?", "签了什么计划") or the signing names ("did they sign the plan?") is the subject still.
import type { Token } from './tokens.js';

/** The question words that ask for what was signed (Vietnamese "gì" and Chinese "什么" reach them through the glossaries). */
const OPEN_ASKERS: ReadonlySet<string> = new Set(['what', 'which']);

/**
 * Whether every document named (`documentsAt`, from `askFrom` on) comes after both an open question word and a
 * signing word (`signing`: whether a word at a position is one), and none right after the question word.
 */
export function documentGuessed(tokens: readonly Token[], askFrom: number, documentsAt: readonly { readonly at: number }[], signing: (at: number) => boolean): boolean {
  const asked = documentsAt.filter((h) => h.at >= askFrom);
  if (asked.length === 0) return false;
  const wh = tokens.findIndex((t, i) => i >= askFrom && OPEN_ASKERS.has(t.text));
  const sign = tokens.findIndex((_, i) => i >= askFrom && signing(i));
  if (wh < 0 || sign < 0) return false;
  return asked.every((h) => h.at > Math.max(wh, sign) && h.at !== wh + 1);
}
