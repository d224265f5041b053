// A message's sentences, shared by the reading of long messages (read.ts) and of their context (pointing-back.ts).

/** A message's sentences; Chinese ends a sentence with "。", "？" or "！" and no space. */
export function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=\S)|(?<=[。？！])/u).filter((x) => x.trim() !== '');
}
