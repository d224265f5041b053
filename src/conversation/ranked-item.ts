// "Trung congratulated China on reaching some goal - which one?" (the first centenary goal), then "and what's the
// second one then?": an ordinal that, read as a talk, would point at the very talk the conversation is already on
// means an item of the series the last answer ranked ("first centenary goal"), which the articles only mention.
import type { Talk, Topic } from '../facts/types.js';
import type { Lang } from '../languages.js';
import { ORDINAL_NUMBERS, ORDINALS } from '../matching/cues.js';
import type { Refusal } from '../matching/reading.js';
import type { Resolved } from './context.js';

/** Whether a word ranks an item ("first", "second", "third"), as the question words of ordinals give them. */
const ranks = (word: string) => ORDINALS[word] !== undefined || ORDINAL_NUMBERS[word] !== undefined;

/**
 * The refusal for an item of a ranked series the conversation's subject only mentions, when the question's ordinal
 * points at no talk but the one already in the conversation; null when it is not one. `pointed`: the talks its
 * ordinal would name; `namesNothing`: whether the question names nothing of its own besides.
 */
export function rankedItem(prior: Resolved, pointed: readonly Talk[] | null, namesNothing: boolean, lang: Lang, fold: (t: string) => string): Refusal | null {
  if (!namesNothing || prior.talks.length !== 1 || !pointed || pointed.length !== 1 || pointed[0] !== prior.talks[0]) return null;
  const ranked = (topic: Topic) => topic.mentionedOnlyTerms[lang].find((term) => fold(term).split(' ').some(ranks));
  for (const topic of prior.topics) {
    const words = ranked(topic);
    if (words !== undefined) return { kind: 'undefined-term', topic, words };
  }
  return null;
}
