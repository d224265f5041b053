// "What was the bilateral trade in 2022, in US dollars?": a currency names the unit a figure is asked in, not a
// subject. A topic named by currency words alone (the medical gift, whose value the articles give in CNY and USD)
// beside another topic named by words of its own is the unit of that one's figure: answering it would give the
// gift's value for the trade's, a figure of another kind.

/** The topics asked, without those named only by `unitWords` when another topic is named otherwise. */
export function withoutUnitTopics<T extends { readonly topic: unknown; readonly words: string }>(topics: readonly T[], unitWords: ReadonlySet<string>): readonly T[] {
  const byUnit = (t: T) => unitWords.has(t.words.toLowerCase());
  const named = new Set(topics.filter((t) => !byUnit(t)).map((t) => t.topic));
  if (named.size === 0) return topics;
  return topics.filter((t) => named.has(t.topic));
}
