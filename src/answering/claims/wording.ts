// A differing detail in words, in the reader's language: the articles' value and the claim's, for "No: …",
// the console and the JSON form. Facts are worded from the knowledge base; quoted words stay English.
import type { KnowledgeBase } from '../../facts/types.js';
import type { Messages } from '../../i18n/messages.js';
import type { Place } from './claim-index.js';
import type { ArticleValue } from './compare.js';
import type { OwnWords } from './own-words.js';

export interface DifferWords {
  readonly article: string;
  readonly claimed: string;
}

/** A place as the language names it: a side's country from the data, another place by its name (the glossary's in that language). */
function placeName(m: Messages, kb: KnowledgeBase, place: Place, own?: OwnWords): string {
  if (!place.side) return own?.glossed(place.label) ?? place.label;
  const person = [...kb.people.values()].find((p) => p.party.id === place.id);
  return person ? m.side(person) : place.label;
}

/**
 * `own`: a Vietnamese or Chinese question's own words for the claim's English ("副部长" for "deputy head"), so a
 * correction in that language quotes what was asked rather than the glossary's English.
 */
export function differWords(m: Messages, kb: KnowledgeBase, v: ArticleValue, own?: OwnWords): DifferWords {
  const asked = (english: string) => {
    const typed = own?.asked(english) ?? null;
    return typed === null ? english : `“${typed}”`;
  };
  const quoted = (english: string) => `“${own?.asked(english) ?? english}”`;
  // The articles' words in the reader's language: a body by its name there, another word by the glossary's.
  const theirs = (english: string) => {
    const w = english.toLowerCase();
    const body = [...kb.organisations.values()].find((o) => [o.name, ...o.aliases].some((n) => n.toLowerCase() === w));
    // A body is named as the language names it, unquoted: it is no wording of the articles.
    if (body) return m.organisation(body);
    return `“${own?.glossed(english) ?? english}”`;
  };
  switch (v.kind) {
    case 'number':
      return v.ordinal ? { article: m.ordinal(v.value), claimed: m.ordinal(v.claimed) } : { article: m.countAlone(v.value), claimed: m.countAlone(v.claimed) };
    case 'amount':
      return {
        article: v.amounts.map((a, i) => (i === 0 ? m.amount(a.value, a.unit) : `(${m.amount(a.value, a.unit)})`)).join(' '),
        // A currency asked alone ("was it in USD?") is named alone.
        claimed: Number.isNaN(v.claimed.value) && v.claimed.unit ? m.currency(v.claimed.unit) : v.claimed.bound ? m.amountBound(v.claimed.bound, m.amount(v.claimed.value, v.claimed.unit)) : m.amount(v.claimed.value, v.claimed.unit),
      };
    case 'date':
      return { article: m.date(v.talk.date), claimed: m.partialDate(v.claimed.year, v.claimed.month, v.claimed.day) };
    case 'period':
      return { article: `${v.from}-${v.to}`, claimed: `${v.claimed.from}-${v.claimed.to}` };
    case 'place':
      return { article: placeName(m, kb, v.place, own), claimed: placeName(m, kb, v.claimed, own) };
    case 'format':
      return { article: m.format(v.talk), claimed: formatName(m, kb, v.claimed) };
    case 'person':
      return { article: m.people(v.people), claimed: v.named === undefined ? m.people(v.claimed) : `“${v.named}”` };
    case 'role': {
      const held = kb.talks.flatMap((t) => t.participants).find((p) => p.person === v.person && p.role === v.role);
      // A role denied is quoted as the claim words it ("no longer head of…").
      const claimed = v.denied ? quoted(v.claimed) : asked(v.claimed);
      return { article: held ? m.role(held) : v.role, claimed: v.holder ? m.postOf(claimed, m.person(v.holder)) : claimed };
    }
    case 'polarity':
      return { article: theirs(v.words), claimed: quoted(v.claimed) };
    case 'kind':
      return { article: theirs(v.words), claimed: quoted(v.claimed) };
    case 'status':
      return { article: v.words ? `${m.claimStatus(v.status)} (“${v.words}”)` : m.claimStatus(v.status), claimed: quoted(v.claimed) };
  }
}

/** A format the claim names: a talk's ("phone talks") in the language, another ("in person") by its words. */
function formatName(m: Messages, kb: KnowledgeBase, label: string): string {
  const talk = kb.talks.find((t) => t.format.label === label);
  return talk ? m.format(talk) : m.otherFormat(label);
}
