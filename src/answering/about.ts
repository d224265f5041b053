// What an answer is about: the talks, people, organisations, topics and documents it concerns, as ids (plain
// data, so a conversation can keep it anywhere and pick it up after a restart). Taken from what the question
// named and, where it named nothing of a kind, from the facts the answer cites: "who led the Vietnamese side
// in 2020?" is about Hoang Binh Quan although the question never names him.
import type { Organisation, Person, Talk, Topic } from '../facts/types.js';
import type { Reading } from '../matching/reading.js';
import { factsCited } from './sentence-facts.js';
import { intentsWhere } from './intents/index.js';
import { talksWithIds } from './talk-by-id.js';
import type { About, Answer, Knowledge } from './types.js';

/** Cited topics beyond this many are a survey of the talk (a summary), not what the answer is about. */
const MOST_TOPICS = 3;

/** Intents whose answer is the people it lists. */
const ABOUT_PEOPLE = intentsWhere((d) => d.aboutPeople);
/** Intents whose cited statements are what the answer is about (a date or a list of talks cites whatever sentence dates them). */
const ABOUT_STATEMENTS = intentsWhere((d) => d.aboutStatements);

const ids = <T extends { readonly id: string }>(items: Iterable<T>): string[] => [...new Set([...items].map((i) => i.id))];

// The parties of a list of talks' participants, gathered once per list: every answer asks, and a scan of a thousand talks each time was most of its cost.
const partiesByTalks = new WeakMap<readonly Talk[], ReadonlySet<Organisation>>();

function partiesOf(talks: readonly Talk[]): ReadonlySet<Organisation> {
  let parties = partiesByTalks.get(talks);
  if (parties === undefined) {
    parties = new Set(talks.flatMap((t) => t.participants.map((p) => p.party)));
    partiesByTalks.set(talks, parties);
  }
  return parties;
}

// Each person and party the knowledge base's participants pair, once per list of talks, in the order they first stand
// together: a side named asks for its people, and a scan of a thousand talks' participants each time was much of an answer.
const pairsByTalks = new WeakMap<readonly Talk[], readonly { readonly person: Person; readonly party: Organisation }[]>();

function personPartyPairs(talks: readonly Talk[]): readonly { readonly person: Person; readonly party: Organisation }[] {
  let pairs = pairsByTalks.get(talks);
  if (pairs === undefined) {
    const seen = new Map<Person, Set<Organisation>>();
    const found: { person: Person; party: Organisation }[] = [];
    for (const t of talks) {
      for (const p of t.participants) {
        const parties = seen.get(p.person) ?? new Set<Organisation>();
        seen.set(p.person, parties);
        if (parties.has(p.party)) continue;
        parties.add(p.party);
        found.push({ person: p.person, party: p.party });
      }
    }
    pairs = found;
    pairsByTalks.set(talks, pairs);
  }
  return pairs;
}

export function aboutOf(k: Knowledge, reading: Reading, answer: Answer): About {
  const cited = answer.citations.flatMap((c) => factsCited(k.facts, c));
  const citedTalks = new Set(answer.citations.map((c) => c.talk));
  // A No put right ("it came up on 19 April 2022") is about where the subject came up, not the talk it cites as silent.
  const raisedAt = new Set(answer.raisedAt ?? []);
  const talks = answer.answered
    ? talksWithIds(k.kb.talks, raisedAt.size > 0 ? raisedAt : citedTalks)
    : (reading.scope.talks ?? []);
  // "Did Quan take part in the 2022 talks?" is about Quan first, though the reading put who was there in his place.
  const mismatch = reading.scope.mismatch;
  const asked = [
    ...(reading.scope.correction?.stand.map((s) => s.asked) ?? []),
    ...(mismatch?.kind === 'not-present' ? mismatch.absent.map((a) => a.person) : []),
  ];
  // "In 2020 it was Trung on the Vietnamese side, yeah?": a guess at who held a side's place, put right, is about the
  // one who held it first, so "what was his position?" next is his, at that talk.
  const guessedPlace = mismatch?.kind === 'not-present' && reading.sidesNamed.length > 0;
  const people = [...new Set(guessedPlace ? [...reading.people, ...asked] : [...asked, ...reading.people])];
  // The side named as the one speaking or acting ("what did Beijing offer?"), not one spoken to ("…give Vietnam?").
  const sides = new Set(reading.sides);
  // "Who led the Vietnamese side?" is about the people of the side it names, wherever the question names it.
  // So is a party named as an organisation ("giữa hai Đảng Việt Nam và Trung Quốc là giữa những ai?": both parties).
  const parties = partiesOf(k.kb.talks);
  const ownNamed = new Set([...reading.sides, ...reading.sidesNamed, ...reading.organisations.filter((o) => parties.has(o))]);
  // "Who did Vietnam's party talk to?", "Việt Nam nói chuyện với ai?": one side named as the one meeting, no one named,
  // asks for those across from it, who are then "he".
  const across = answer.intent === 'who' && reading.aspects.partner === true && reading.people.length === 0 && ownNamed.size === 1;
  const named = across ? new Set([...parties].filter((p) => !ownNamed.has(p))) : ownNamed;
  const participants = cited.flatMap((f) => (f.fact.kind === 'participant' && (named.size === 0 || named.has(f.fact.item.party)) ? [f.fact.item.person] : []));
  // "Was Song Tao on both calls?" stays about Song Tao: a yes/no about people named asks after them alone.
  if (answer.intent === 'who' && answer.answered && !(reading.aspects.yesNo && reading.people.length > 0)) {
    // "Which official was in both talks?" is about the one who was at each (Song Tao), not everyone listed beside him,
    // so "same role both times?" next asks after him.
    const atEach = reading.aspects.both === true && !reading.aspects.yesNo && people.length === 0 && talks.length > 1 ? participants.filter((p) => talks.every((t) => t.participants.some((x) => x.person === p))) : [];
    // "Who did Song Tao talk to in 2022?" is about Le Hoai Trung first: whom the answer names beyond the question.
    people.splice(guessedPlace ? 0 : asked.length, 0, ...(atEach.length > 0 ? atEach : participants).filter((p) => !people.includes(p)));
  } else if (people.length === 0) {
    if (sides.size > 0) {
      // A refusal names no talks of its own: a side then stands for its people at any talk.
      const at = talks.length > 0 ? talks : k.kb.talks;
      const pairs: readonly { readonly person: Person; readonly party: Organisation }[] = at === k.kb.talks ? personPartyPairs(at) : at.flatMap((t) => t.participants);
      people.push(...new Set(pairs.filter((p) => sides.has(p.party)).map((p) => p.person)));
    } else if (ABOUT_PEOPLE.has(answer.intent)) {
      people.push(...participants);
    } else if (ABOUT_STATEMENTS.has(answer.intent)) {
      // Statements all said by one person are about that person; a mix is about what was said, not who said it.
      const speakers = new Set(cited.flatMap((f) => (f.fact.kind === 'statement' ? [f.fact.item.speakers.map((p) => p.id).join()] : [])));
      const [only] = speakers;
      if (speakers.size === 1 && only !== undefined) people.push(...cited.flatMap((f) => (f.fact.kind === 'statement' && f.fact.item.speakers.map((p) => p.id).join() === only ? f.fact.item.speakers : [])));
    } else if (answer.intent === 'agreements') {
      people.push(...cited.flatMap((f) => (f.fact.kind === 'agreement' ? f.fact.item.parties : [])));
    }
  }
  const topics = reading.topics.map((t) => t.topic);
  if (topics.length === 0 && ABOUT_STATEMENTS.has(answer.intent)) {
    const citedTopics = [...new Set(cited.flatMap((f) => (f.fact.kind === 'participant' ? [] : f.fact.item.topics)))];
    // The most specific of them: the medical supplies, not COVID-19, of the statement on the supplies given for COVID-19.
    const spread = (t: Topic) => k.facts.factsTagged(t).length;
    const least = Math.min(...citedTopics.map(spread));
    if (citedTopics.length <= MOST_TOPICS) topics.push(...citedTopics.filter((t) => spread(t) === least));
  }
  const documents = [...reading.documents];
  if (documents.length === 0 && (answer.intent === 'agreements' || answer.intent === 'when')) {
    documents.push(...cited.flatMap((f) => (f.fact.kind === 'agreement' ? [f.fact.item] : [])));
  }
  return {
    talks: ids(talks),
    people: ids(people),
    organisations: ids(reading.organisations),
    topics: ids(topics),
    documents: ids(documents),
  };
}
