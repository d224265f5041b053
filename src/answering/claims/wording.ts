// A differing detail in words, in the reader's language: the articles' value and the claim's, for "No: …",
// the console and the JSON form. Facts are worded from the knowledge base; quoted words stay English.
import type { KnowledgeBase } from '../../facts/types.js';
import type { Messages } from '../../i18n/messages.js';
import type { Place } from './claim-index.js';
import type { ArticleValue } from './compare.js';
import type { NativeWords } from './native-words.js';

export interface DifferWords {
  readonly article: string;
  readonly claimed: string;
}

/** A place as the language names it: a side's country from the data, another place by its name. */
function placeName(m: Messages, kb: KnowledgeBase, place: Place): string {
  if (!place.side) return place.label;
  const person = [...kb.people.values()].find((p) => p.party.id === place.id);
  return person ? m.side(person) : place.label;
}

/** `native` puts a claim's own words (read through a glossary's English) back in the reader's language. */
export function differWords(m: Messages, kb: KnowledgeBase, v: ArticleValue, native?: NativeWords): DifferWords {
  switch (v.kind) {
    case 'number':
      return v.ordinal ? { article: m.ordinal(v.value), claimed: m.ordinal(v.claimed) } : { article: m.countAlone(v.value), claimed: m.countAlone(v.claimed) };
    case 'amount':
      return {
        article: v.amounts.map((a, i) => (i === 0 ? m.amount(a.value, a.unit) : `(${m.amount(a.value, a.unit)})`)).join(' '),
        claimed: v.claimed.bound ? m.amountBound(v.claimed.bound, m.amount(v.claimed.value, v.claimed.unit)) : m.amount(v.claimed.value, v.claimed.unit),
      };
    case 'date':
      return { article: m.date(v.talk.date), claimed: m.partialDate(v.claimed.year, v.claimed.month, v.claimed.day) };
    case 'period':
      return { article: `${v.from}-${v.to}`, claimed: `${v.claimed.from}-${v.claimed.to}` };
    case 'place':
      return { article: placeName(m, kb, v.place), claimed: placeName(m, kb, v.claimed) };
    case 'format':
      return { article: m.format(v.talk), claimed: formatName(m, kb, v.claimed) };
    case 'person':
      return { article: m.people(v.people), claimed: v.named === undefined ? m.people(v.claimed) : `“${v.named}”` };
    case 'role': {
      const held = kb.talks.flatMap((t) => t.participants).find((p) => p.person === v.person && p.role === v.role);
      // A role denied is quoted as the claim words it ("no longer head of…").
      const claimed = native ? native(m.lang, v.claimed) : v.claimed;
      return { article: held ? m.role(held) : v.role, claimed: v.denied ? `“${claimed}”` : claimed };
    }
    case 'polarity':
      return { article: `“${v.words}”`, claimed: `“${v.claimed}”` };
    case 'kind':
      return { article: `“${v.words}”`, claimed: `“${v.claimed}”` };
    case 'status':
      return { article: v.words ? `${m.claimStatus(v.status)} (“${v.words}”)` : m.claimStatus(v.status), claimed: `“${v.claimed}”` };
  }
}

/** A format the claim names: a talk's ("phone talks") in the language, another ("in person") by its words. */
function formatName(m: Messages, kb: KnowledgeBase, label: string): string {
  const talk = kb.talks.find((t) => t.format.label === label);
  return talk ? m.format(talk) : m.otherFormat(label);
}
