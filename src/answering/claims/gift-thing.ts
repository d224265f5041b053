// The thing a claim's act of giving gives ("promised to send Vietnam Chinese-made COVID vaccines"): the last word of
// the run of words after the verb up to a function word or its value (the gift's head noun, its recipient and
// qualifiers before it). A sentence that reports no giving and does not say it cannot vouch for the claim, however
// much else it shares (the talk, "promised" ~ "affirmed", COVID): the gift is what the claim is about. One that
// reports a gift is compared word by word as before ("medical gear" of "medical supplies").
import type { ClaimIndex } from './claim-index.js';
import type { Mentions } from './mentions.js';

/** Words after the verb the gift's head may be, at most ("send Vietnam Chinese-made COVID vaccines"). */
const GIFT_REACH = 6;

type Hits = ReturnType<ClaimIndex['giving']['all']>;

/** The acts of giving of each text read, found once: a sentence's are asked again for every claim compared with it. */
const found = new WeakMap<Mentions, { readonly index: ClaimIndex; readonly hits: Hits }>();

function gives(index: ClaimIndex, m: Mentions): Hits {
  const known = found.get(m);
  if (known?.index === index) return known.hits;
  const hits = index.giving.all(m.tokens.map((t) => ({ ...t, word: index.lemma(t.word) }))).filter((h) => h.value === 'give');
  found.set(m, { index, hits });
  return hits;
}

/** Where the head of each thing the claim says given is (token indices), unless the sentence `s` reports a giving. */
export function giftHeads(index: ClaimIndex, m: Mentions, s: Mentions): ReadonlySet<number> {
  const out = new Set<number>();
  // "contributing to the maintenance of peace" gives nothing: a verb of giving followed by "to" gives no thing.
  if (gives(index, s).some((h) => s.tokens[h.at + h.length]?.word !== 'to')) return out;
  // Most claims give nothing: no words of theirs to gather for every sentence they are compared with.
  const claimed = gives(index, m);
  if (claimed.length === 0) return out;
  const said = new Set([...m.names, ...m.allPlaces].flatMap((n) => Array.from({ length: n.end - n.at }, (_, k) => n.at + k)));
  for (const i of m.content) said.add(i);
  for (const h of claimed) {
    let head = -1;
    // The run of content words, names and places right after the verb, up to a function word ("to", "during", "for").
    for (let i = h.at + h.length; i < Math.min(m.tokens.length, h.at + h.length + GIFT_REACH); i++) {
      // A word joined to the one before ("Chinese-made") qualifies it, whatever it is.
      const joined = m.text[(m.tokens[i]?.at ?? 0) - 1] === '-';
      // Its value ("worth around 235k USD", "1.5m yuan of medical goods") says how much, not what.
      if (index.worth.at(m.tokens, i) || m.tokens[i]?.value !== undefined) break;
      if (!said.has(i) && !joined) break;
      head = i;
    }
    if (head >= 0) out.add(head);
  }
  return out;
}
