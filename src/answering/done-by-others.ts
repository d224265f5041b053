// "At which meeting were the leaders' common perceptions reached?": a sentence may report an act done before the
// talks by others ("the common perceptions reached by their Party leaders"). The talk that sentence comes from is
// where the act was spoken of, not where it was done: asked which talk, when or where the act was done, the articles
// do not say. Read from the data's own sides and participants, so a new article needs nothing here.
import type { KnowledgeBase } from '../facts/types.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { normalizeData as normalize } from '../matching/normalize.js';
import type { Reading } from '../matching/reading.js';
import type { Answer } from './types.js';

/** "reached by their Party leaders": a participle, "by", and the words of its agent. */
const PASSIVE_AGENT = /\b([a-z]+ed) by ((?:[a-z]+ ){0,3}[a-z]+)/g;
/** Words that only lead the agent's noun phrase. */
const AGENT_LEADS = new Set(['the', 'their', 'its', 'his', 'her', 'our', 'two', 'both', 'each']);
/** Words for the talks' own speakers whatever their names: an agent saying one is a side of the talks. */
const OWN_AGENTS = new Set(['side', 'sides', 'he', 'she', 'they', 'him', 'them', 'counterpart', 'counterparts', 'official', 'officials']);

export type DoneByOthers = (reading: Reading, reply: Answer) => string | null;

/**
 * The participle of an act the question asks the occasion of (which talk, when) that every cited sentence reports as
 * done by an agent other than a side or participant of the talks; null when any cited sentence does not.
 */
export function doneByOthersChecker(kb: KnowledgeBase, lexicon: Lexicon): DoneByOthers {
  const ownWords = new Set(OWN_AGENTS);
  // Only the words that tell a side or a person: "leaders" of "the Vietnamese leaders" names no one's side.
  const generic = new Set(lexicon.claims.notCounted);
  const add = (text: string) => {
    for (const w of normalize(text).split(' ')) if (w.length > 2 && !AGENT_LEADS.has(w) && !generic.has(w)) ownWords.add(w);
  };
  for (const o of kb.organisations.values()) {
    if (o.sides.length === 0) continue;
    o.sides.forEach(add);
    if (o.acronym) add(o.acronym);
  }
  for (const p of kb.people.values()) [p.name, ...p.aliases].forEach(add);

  const own = (agent: readonly string[]) => agent.some((w) => ownWords.has(w));
  return (reading, reply) => {
    const { aspects } = reading;
    if (!reply.answered || aspects.yesNo || reply.citations.length === 0 || !(aspects.which || reading.intent === 'when')) return null;
    const asked = new Set(reading.said.words.flatMap((w) => {
      const lemma = lexicon.lemma(w);
      return [lemma, ...lexicon.related(lemma).filter((r) => r.weight >= 1).map((r) => r.lemma)];
    }));
    const acts = reply.citations.map((c) => {
      for (const m of normalize(c.quote).matchAll(PASSIVE_AGENT)) {
        const verb = m[1] ?? '';
        const agent = (m[2] ?? '').split(' ').filter((w) => !AGENT_LEADS.has(w));
        if (asked.has(lexicon.lemma(verb)) && agent.length > 0 && !own(agent)) return verb;
      }
      return null;
    });
    return acts.every((a) => a !== null) ? (acts[0] ?? null) : null;
  };
}
