// An act one person of the claim does to another that no sentence of the talks speaks of: "Song Tao *invited* Le Hoai
// Trung to visit Beijing". The talk's sentences share its people and date, and maybe a loose word ("visit":
// "exchanges"), never the act: none vouches for it, so it is related at most. (An act the articles have, "Song Tao
// congratulated Vietnam", is weighed word by word as before; so is a reporting verb they lack, "Quan reckoned…", whose
// object is what it reports, not a person.)
import type { Talk } from '../../facts/types.js';
import type { ClaimIndex } from './claim-index.js';
import type { Mentions } from './mentions.js';

/**
 * The token index of the act a person of the claim does to another: the verb right between their names ("Song Tao
 * invited Le Hoai Trung"), not a word for the talks themselves; or null.
 */
export function personAct(index: ClaimIndex, m: Mentions): number | null {
  const people = m.names.filter((n) => n.named.kind === 'person');
  for (const n of people) {
    const i = n.end;
    const w = m.tokens[i]?.word ?? '';
    const toPerson = people.some((o) => o !== n && o.at === i + 1);
    if (toPerson && m.content.includes(i) && !index.talkWords.has(w) && index.general(w)) return i;
  }
  return null;
}

/** Whether any sentence of the talks speaks of the word: one of its meanings, or its stem. */
function spoken(index: ClaimIndex, talks: readonly Talk[], word: string): boolean {
  const meanings = index.meanings(word);
  const stem = index.stem(word);
  return talks.some((t) => index.evidence(t).sentences.some((s) => meanings.some((l) => s.lemmas.has(l)) || s.stems.has(stem)));
}

/** Each claim's unspoken act, per claim index and list of talks. */
const unspokenOf = new WeakMap<Mentions, { readonly index: ClaimIndex; readonly talks: readonly Talk[]; readonly at: number | null }>();

/** The person's act where no sentence of the talks speaks of it (an English word, not a typo or a name); else null. */
export function unspokenAct(index: ClaimIndex, m: Mentions, talks: readonly Talk[]): number | null {
  // The same for every sentence the claim is compared with, and `spoken` reads every sentence of every talk: found once.
  const known = unspokenOf.get(m);
  if (known?.index === index && known.talks === talks) return known.at;
  const act = personAct(index, m);
  const w = act === null ? '' : (m.tokens[act]?.word ?? '');
  const at = act !== null && (index.english(w) || index.english(index.lemma(w))) && !spoken(index, talks, w) ? act : null;
  unspokenOf.set(m, { index, talks, at });
  return at;
}
