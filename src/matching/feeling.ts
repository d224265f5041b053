// "Did Vietnam like the cooperation plan?", "Was China pleased with the 2020 call?": a yes/no about how a side felt.
// The reports say what was said, agreed and signed, and a feeling only in the words they use ("sympathies",
// "thanked"); a liking or a mood they never word is not reported, and answering Yes from the act it is about
// (the plan was signed) is confidently wrong.
import { FEELINGS, YES_NO_OPENERS } from './cues.js';
import type { Token } from './tokens.js';

/** How far before the feeling word its yes/no opener may stand ("did the Vietnamese side really like…"). */
const REACH = 8;

/**
 * Where a yes/no question asks a feeling the reports never word, or -1. `reported` says whether the articles use a
 * word; `subjectEndsAt(i)` whether a side or person named ends just before word i. The feeling word must follow its
 * subject (past `between` words: "did China really like", "did Quan feel happy"), so "did he raise anything like
 * that" asks no liking; a verb of liking counts only after a do-opener ("was it like a summit?" asks none), and
 * neither after words that make it the asker's ("would like", "do you like", an opinion asked of the bot).
 */
export function unreportedFeelingAt(tokens: readonly Token[], askFrom: number, reported: (t: Token) => boolean, subjectEndsAt: (at: number) => boolean): number {
  return tokens.findIndex((t, i) => {
    if (i < askFrom || reported(t) || FEELINGS.notAfter.has(tokens[i - 1]?.text ?? '')) return false;
    let end = i;
    while (end > askFrom && FEELINGS.between.has(tokens[end - 1]?.text ?? '')) end--;
    if (!(subjectEndsAt(end) || FEELINGS.subjects.has(tokens[end - 1]?.text ?? ''))) return false;
    const before = tokens.slice(Math.max(askFrom, i - REACH), i);
    if (FEELINGS.verbs.has(t.text)) return before.some((b) => FEELINGS.doOpeners.has(b.text));
    return FEELINGS.states.has(t.text) && before.some((b) => YES_NO_OPENERS.has(b.text));
  });
}
