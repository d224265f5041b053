// "2022年会谈中方向越南捐赠了一批疫苗，一共多少剂？", "how many vaccines did China donate at the 2022 talks?": a gift the
// question takes to be a thing the articles name only on another subject (vaccines: their passports), at talks whose
// report gives a gift worded otherwise (medical supplies). Refused on the count of that thing ("doses"), or answered
// with the gift as if it were that thing, the premise would stand; it is put right, and the gift reported answers.
// The kinds of things given are data (data/lexicon/en.json `claims.kinds`); the gifts are the talks' figures.
import type { KnowledgeBase, Talk, Topic } from '../facts/types.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { normalize, normalizeData } from '../matching/normalize.js';
import type { NamedTopic, Reading } from '../matching/reading.js';
import { once } from '../once.js';

/** The thing the question took to be given, and the subject of the gift the talks named report instead. */
export interface GiftOtherwise {
  readonly asked: NamedTopic;
  readonly gift: Topic;
  readonly talks: readonly Talk[];
}

export type GiftOtherwiseCheck = (reading: Reading) => GiftOtherwise | null;

export function giftOtherwiseChecker(kb: KnowledgeBase, lexicon: Lexicon): GiftOtherwiseCheck {
  // Each group of kinds ("supplies": masks, vaccines, equipment…) one of whose words is the thing a talk's figure values
  // ("medical supplies worth …", `claims.worth`; not what it was for, "COVID-19"): the words of its other members are
  // things that gift could be taken for. Worked out on the first question that asks of a gift at some talks only.
  const otherThings = once(() => {
    // Each distinct figure text once, all in one string: a word and its "worth" word never span two texts (a line
    // break parts them), so one search stands for one per figure, which with a thousand talks was most of start-up.
    const figures = [...new Set(kb.talks.flatMap((t) => t.figures.map((f) => ` ${normalizeData(f.text)} `)))].join('\n');
    const worth = lexicon.claims.worth.map((w) => normalize(w));
    const wordedWord = (w: string) => {
      const n = normalize(w);
      return worth.some((v) => figures.includes(` ${n} ${v} `));
    };
    const worded = (member: readonly string[]) => member.some(wordedWord);
    const giftKinds = Object.values(lexicon.claims.kinds).filter((group) => Object.values(group).some(worded));
    return new Set(giftKinds.flatMap((group) => Object.values(group).filter((m) => !worded(m)).flat().map((w) => normalize(w))));
  });

  const giving = once(() => new Set(lexicon.claims.giving.give.filter((w) => !w.includes(' ')).map((w) => lexicon.lemma(w))));

  return (reading) => {
    const talks = reading.scope.talks ?? [];
    // A gift at talks the question names: asked of no talk, the thing may be any gift ever made, which the articles lack.
    // Things offered as a choice ("手套、防护服还是疫苗？") are asked, not taken for the gift.
    if (reading.aspects.yesNo || reading.said.words.includes('or') || reading.scope.mismatch || talks.length === 0 || talks.length === kb.talks.length) return null;
    // No subject named by a word for a thing given: nothing can be taken for the gift, whatever the talks' figures.
    if (!reading.topics.some((h) => otherThings().has(normalize(h.words)))) return null;
    const giftTopics = new Set(talks.flatMap((t) => t.figures.flatMap((f) => f.topics)));
    // The gift is named by its subject ("donated", "medical supplies"), or asked by a verb of giving ("tặng") where the
    // talks named report one gift alone: its own subject, which a figure lists first (medical aid, then what it was for).
    const gifts = talks.flatMap((t) => t.figures);
    const onlyGift = gifts.length === 1 ? gifts[0]?.topics[0] : undefined;
    const gift = reading.topics.find((h) => giftTopics.has(h.topic))?.topic ?? (reading.concepts.some((c) => giving().has(c.lemma)) ? onlyGift : undefined);
    // The thing asked names another subject, of no gift there, by a word that is a kind of thing given.
    const asked = reading.topics.find((h) => !giftTopics.has(h.topic) && otherThings().has(normalize(h.words)));
    return gift && asked ? { asked, gift, talks } : null;
  };
}
