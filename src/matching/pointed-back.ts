// "…the Party channel always seems more important than outsiders think. … What did they say that channel does?": a
// demonstrative before the head noun of a subject the context named ("that channel", "this plan") names that subject
// again, though the noun alone ("channel") would name nothing or something looser.
import type { NamedTopic } from './reading.js';
import type { Token } from './tokens.js';

const POINTING = new Set(['this', 'that', 'these', 'those']);

/** The context's topics a demonstrative in the asking part points back to by their phrase's last word. */
export function pointedBack(asking: readonly Token[], context: () => readonly NamedTopic[], lemma: (w: string) => string): readonly NamedTopic[] {
  const heads = asking.flatMap((t, i) => (POINTING.has(t.text) && asking[i + 1] ? [asking[i + 1]?.lemma ?? ''] : []));
  if (heads.length === 0) return [];
  // Only a phrase of several words: a one-word name said again is read from the asking part itself.
  const found = context().filter((t) => {
    const words = t.lang === 'en' ? t.words.toLowerCase().split(/\s+/u) : [];
    return words.length > 1 && heads.includes(lemma(words.at(-1) ?? ''));
  });
  return found.filter((t, i) => found.findIndex((u) => u.topic.id === t.topic.id) === i);
}
