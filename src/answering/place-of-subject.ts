// "Where was the congestion?": where a thing the reports speak of was, when the sentences saying it name an area
// ("goods congestion at the border areas"). Not where the talks or their participants were, which the articles never
// say; not a country alone (the talks' sides: "where in China?" asks beyond what they say), but a country's places
// ("in many Chinese localities"); not an area or country the question names
// itself ("where exactly at sea?" asks beyond it too).
import type { Reading } from '../matching/reading.js';
import { sameCitation } from './citations.js';
import { readDetails } from './claims/details.js';
import type { Mentions, PlaceMention } from './claims/mentions.js';
import { answerTopic } from './intents/topic.js';
import { answerFrom, line, type Line } from './result.js';
import type { Answer, Citation, Knowledge } from './types.js';

/** What was said on the question's topics that names where, as the topic's answer words it; null when nothing does. */
export function placeOfSubject(k: Knowledge, reading: Reading): Answer | null {
  if (reading.topics.length === 0 || reading.aspects.yesNo) return null;
  const topics = new Set(reading.topics.map((t) => t.topic));
  const named = new Set(readDetails(k.claims(), reading).mentions.allPlaces.map((p) => p.place.id));
  const index = k.claims();
  // An area said as where ("at the border areas"), past the words between ("the"); not one naming a kind of thing
  // ("on land border management": a word of its own after it).
  // A country is a place said only with a noun of places after it ("in many Chinese localities"): the country alone
  // is a side, which every talk has.
  const localAt = (m: Mentions, at: number) => index.localNouns.at(m.tokens, at) !== null;
  const where = (m: Mentions, p: PlaceMention) => {
    const after = m.tokens[p.end]?.word;
    const local = localAt(m, p.end);
    if (p.place.kind !== 'area' && !local) return false;
    if (after !== undefined && !index.functionWords.has(after) && !local) return false;
    for (let i = p.at - 1; i >= 0 && i >= p.at - 3; i--) {
      const w = m.tokens[i]?.word ?? '';
      if (index.locatives.has(w)) return true;
      if (!index.functionWords.has(w)) return false;
    }
    return false;
  };
  const talks = reading.scope.talks ?? k.kb.talks;
  const placed = talks.flatMap((t) =>
    index
      .evidence(t)
      .sentences.filter((s) => [...s.topics].some((x) => topics.has(x)) && s.mentions.places.some((p) => !named.has(p.place.id) && where(s.mentions, p)))
      .map((s) => s.citation),
  );
  if (placed.length === 0) return null;
  const said = answerTopic(k, { ...reading, intent: 'topic' });
  if (!said.answered) return null;
  const isPlaced = (c: Citation) => placed.some((p) => sameCitation(p, c));
  // The topic's lines citing only such sentences, each under the heading of its talk.
  const lines: Line[] = [];
  let heading: Line | null = null;
  for (const l of said.lines) {
    const cites = l.cites.flatMap((n) => said.citations[n - 1] ?? []);
    if (cites.length === 0) heading = line(l.text);
    else if (cites.every(isPlaced)) {
      if (heading) lines.push(heading);
      heading = null;
      lines.push(line(l.text, cites));
    }
  }
  return lines.some((l) => l.cites.length > 0) ? answerFrom('topic', reading.lang, lines) : null;
}
