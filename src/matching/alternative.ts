// "Was the 2022 meeting held online rather than face to face?": the format said after "rather than" is the
// alternative the question puts aside. A talk has one format, so what is asked is the one said first; the question
// is read without the other (the claim checker denies it: src/answering/claims/mentions.ts).
import type { Token } from './tokens.js';

interface Span {
  readonly at: number;
  readonly length: number;
}

/**
 * The tokens without the alternative put aside: from a phrase of `alternatives` ("rather than", "instead of") with a
 * format said before it, to the end of the first format said after it (and of formats said right after that one). The
 * tokens as they are when there is none.
 */
export function withoutFormatAlternative(tokens: readonly Token[], alternatives: readonly (readonly string[])[], formats: readonly Span[]): readonly Token[] {
  for (let i = 1; i < tokens.length; i++) {
    const phrase = alternatives.find((p) => p.every((w, k) => tokens[i + k]?.text === w));
    if (!phrase || !formats.some((f) => f.at + f.length <= i)) continue;
    const later = formats.filter((f) => f.at >= i + phrase.length).sort((a, b) => a.at - b.at);
    if (later.length === 0) continue;
    // "而不是当面见面" (rather than in person, in person): formats said one after another are one alternative.
    let end = (later[0]?.at ?? 0) + (later[0]?.length ?? 0);
    for (const f of later.slice(1)) if (f.at === end) end = f.at + f.length;
    return [...tokens.slice(0, i), ...tokens.slice(end)];
  }
  return tokens;
}

/** Whether any phrase of `alternatives` stands in the tokens: most questions have none, and cost nothing more. */
export function mayPutAside(tokens: readonly Token[], alternatives: readonly (readonly string[])[]): boolean {
  return tokens.some((_, i) => alternatives.some((p) => p.every((w, k) => tokens[i + k]?.text === w)));
}
