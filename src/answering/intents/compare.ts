import { defineIntent } from './definition.js';
import type { Person, Talk } from '../../facts/types.js';
import { messagesFor } from '../../i18n/index.js';
import type { Reading } from '../../matching/reading.js';
import { cite, sameCitation } from '../citations.js';
import { answerFrom, appendLines, led, line, listed, notAnswered, type Line } from '../result.js';
import type { Answer, Knowledge } from '../types.js';
import { topicsOf } from './summary.js';
import { BODY_ASKED, COMMON_ASKED, CUES, asksParties, PERSON_ASKED, DIFFERENCE_ASKED, PARTICIPATION_WORDS, SAME_ASKED, SPEECH_ACTS, TALK_ANCHORS } from '../../matching/cues.js';

/** Words of the talks and of taking part in them: what every talk has, so they compare no statements. */
const TALK_WORDS: ReadonlySet<string> = new Set([...PARTICIPATION_WORDS, ...TALK_ANCHORS, 'lead', 'represent', 'head', 'time', 'round']);
/** Single words asking the format outright ("format", "medium"): the talks side by side compare it. */
const FORMAT_ASKED: ReadonlySet<string> = new Set(CUES.formatStrong.filter((w) => !w.includes(' ')));
/** Words of a post ("post", "position", "role"): the same post held at each talk is the same office, whoever held it. */
const POST_ASKED: ReadonlySet<string> = new Set(CUES.roleNoun);
import { answerTopic, MAX_STATEMENTS, speakersAsked } from './topic.js';
import { answerOpenings } from '../opening.js';
import { commonGround } from '../in-common.js';
import { worded } from './who.js';
import { counterpartNamed, counterpartsAsked, counterpartsOf } from '../counterparts.js';

/**
 * Side by side: format, people, documents signed, and the topics all share. A comparison of what was said
 * about a topic or by someone ("compare what they said about the sea in 2020 and 2022") compares those words.
 */
export function answerCompare(k: Knowledge, reading: Reading): Answer {
  const m = messagesFor(reading.lang);
  const named = reading.scope.talks && reading.scope.talks.length >= 2 ? reading.scope.talks : k.kb.talks;
  const { shown: talks, hidden } = listed(named);
  if (talks.length < 2) return notAnswered('compare', reading.lang, m.onlyOneTalk);
  // "Did China send similar aid in 2020?": a yes/no naming one talk asks whether its subject came up there too; that
  // talk's report answers it (or says it has nothing on it), not the other talk's statements beside it.
  const [only] = reading.scope.talks ?? [];
  if (reading.topics.length > 0 && reading.aspects.yesNo && reading.scope.talks?.length === 1 && only) {
    return { ...answerTopic(k, { ...reading, intent: 'topic', scope: { talks: [only], mismatch: null } }), intent: 'compare' };
  }
  const openings = answerOpenings(reading, talks, speakersAsked(k, reading, talks));
  if (openings) return openings;
  // "他们领导的是不是同一个机构？" (did they lead the same body?): whether each side's body or post was the same is decided by
  // who held each place, whatever subject a word of it also names ("领导": leaders).
  const bodyAsked = reading.aspects.yesNo && reading.aspects.holders && reading.said.words.some((w) => BODY_ASKED.has(w) || POST_ASKED.has(w));
  if (reading.topics.length > 0 && !bodyAsked) {
    // "What do both reports say in common about exchanges under COVID?": what each says in wording the other shares.
    const asked = new Set(reading.topics.map((t) => t.topic));
    // Asked whether they have something in common ("有没有一个共同强调的词", is there a word both stressed on forms of
    // exchange?), the shared wording must be one the question names: then it is Yes, with what each said.
    const { yesNo } = reading.aspects;
    const named = yesNo ? new Set(reading.concepts.filter((c) => !c.asking).map((c) => c.lemma)) : undefined;
    const common = reading.said.words.some((w) => COMMON_ASKED.has(w)) ? commonGround(k, talks, asked, named) : null;
    if (common && [...common.values()].every((said) => said.length > 0)) {
      return answerFrom('compare', reading.lang, [yesNo && m.yes, ...talks.flatMap((t) => [line(`${m.talkHeading(t)}:`), ...(common.get(t) ?? []).map((s) => line(m.bullet(m.statement(s)), [cite(t, s)]))])]);
    }
    const said = answerTopic(k, { ...reading, scope: { talks, mismatch: null }, aspects: { ...reading.aspects, yesNo: false, which: false } });
    if (!said.answered) return { ...said, intent: 'compare' };
    const about = [...new Set(reading.topics.map((t) => m.topic(t.topic)))];
    const cited = new Set(said.citations.map((c) => c.talk));
    // The asker's phrase may be one report's wording ("vấn đề trên biển", "sea-related issues"): a talk it finds nothing
    // at is asked on its own, where the phrase stands for its topic, before its report is said to have nothing on it.
    // (A question naming one talk compares against it as asked: the other's silence is what it gets.)
    if ((reading.scope.talks?.length ?? 2) >= 2) {
      const alone = (t: Talk) => answerTopic(k, { ...reading, intent: 'topic', scope: { talks: [t], mismatch: null }, aspects: { ...reading.aspects, yesNo: false, which: false, eachTalk: false } });
      const saysSomething = (a: Answer, t: Talk) => a.answered && a.citations.some((c) => c.talk === t.id) && !saysNothingAt(a, [t]);
      const found = new Map(talks.filter((t) => !cited.has(t.id)).map((t) => [t, alone(t)] as const).filter(([t, a]) => saysSomething(a, t)));
      const each = found.size > 0 ? talks.map((t) => found.get(t) ?? (cited.has(t.id) ? alone(t) : null)) : [];
      if (found.size > 0 && each.every((a, i) => a === null || saysSomething(a, talks[i] as Talk))) {
        return answerFrom('compare', reading.lang, each.flatMap((a, i): (Line | string)[] => (a ? a.lines.map((l) => line(l.text, l.cites.flatMap((n) => a.citations[n - 1] ?? []))) : [m.nothingAbout(talks[i] as Talk, about)])));
      }
    }
    const silent = talks.filter((t) => !cited.has(t.id)).map((t) => m.nothingAbout(t, about));
    return { ...appendLines(said, silent), intent: 'compare' };
  }
  // "Compare what Vietnam offered China at the start of each talk": no topic named, but a verb of what was said or
  // done (offered, expressed, helped); the statements it picks at every talk, when it picks some at each, are the
  // comparison asked for. Not who took part or led ("who", "represented"): the people side by side answer those.
  const acts = reading.concepts.filter((c) => c.asking && !TALK_WORDS.has(c.lemma) && !TALK_WORDS.has(c.word));
  // "Who thanked whom, and for what?" asks a speech act's statements, not who took part.
  const asksWho = reading.said.words.some((w) => w === 'who' || w === 'whom') && !acts.some((c) => SPEECH_ACTS.has(c.lemma));
  // "Hình thức trao đổi có gì khác?" (how did the format of exchange differ?): the format is compared, whatever verb
  // stands beside it; the talks side by side give it.
  const asksFormat = reading.said.words.some((w) => FORMAT_ASKED.has(w));
  // "哪边换人了？" (which side changed its man?): who held each side's place is asked, whatever else the question says.
  if (reading.people.length === 0 && !reading.aspects.yesNo && !reading.aspects.holders && !asksWho && !asksFormat && acts.length > 0) {
    const said = answerTopic(k, { ...reading, intent: 'topic', scope: { talks, mismatch: null }, aspects: { ...reading.aspects, yesNo: false, which: false, eachTalk: true } });
    if (said.answered && new Set(said.citations.map((c) => c.talk)).size === talks.length && !saysNothingAt(said, talks)) return { ...said, intent: 'compare' };
    // "In 2020 who thanked whom, and in 2022 what was given?": each talk asked its own act, each answered on its own.
    const own = talks.map((t) => answerTopic(k, { ...reading, intent: 'topic', scope: { talks: [t], mismatch: null }, aspects: { ...reading.aspects, yesNo: false, which: false, eachTalk: false } }));
    if (own.every((a, i) => a.answered && !saysNothingAt(a, [talks[i] as Talk]))) {
      // The statements of two talks' answers at most, shared among the talks listed: many talks keep a bounded answer.
      const each = Math.max(1, Math.floor((2 * MAX_STATEMENTS) / talks.length));
      const bounded = (a: Answer) => a.lines.filter((l, i) => l.cites.length === 0 || a.lines.slice(0, i).filter((x) => x.cites.length > 0).length < each);
      return answerFrom('compare', reading.lang, own.flatMap((a) => bounded(a).map((l) => line(l.text, l.cites.flatMap((n) => a.citations[n - 1] ?? [])))));
    }
  }
  // "Did the Chinese side change?" asks the sameness below the other way round; asking both ("same or different?")
  // takes the sameness as asked.
  const asksSame = reading.said.words.some((w) => SAME_ASKED.has(w));
  const asksDifference = !asksSame && reading.said.words.some((w) => DIFFERENCE_ASKED.has(w));
  // "Did Quan and Trung hold the same job?": the roles of the people named, side by side. "How did the Vietnamese
  // representative change between the talks with Song Tao?": a side named that no one named is of asks its own people,
  // the one named being their counterpart.
  // Asked Yes or No ("was the Vietnamese representative the same both times?"), that side's sameness below decides.
  // "Same two parties in 2022?": the parties each talk was between, whoever spoke for them (people carried from an
  // earlier question, who differ, are not what is compared). A side named asks its own people (below).
  if (reading.aspects.yesNo && (asksSame || asksDifference) && reading.sidesNamed.length === 0 && asksParties(reading.said.words)) {
    const partiesOf = (t: Talk) => [...new Set(t.participants.map((p) => p.party.id))].sort().join(' ');
    const alike = new Set(talks.map(partiesOf)).size === 1;
    const between = (t: Talk) => line(m.whoLine(t, t.participants.map((p) => m.roleOf(m.person(p.person), worded(m, reading, p)))), t.participants.map((p) => cite(t, p)));
    return answerFrom('compare', reading.lang, [alike !== asksDifference ? m.yes : m.no, ...talks.map(between)]);
  }
  const otherSides = reading.sidesNamed.filter((side) => !reading.people.some((p) => p.party === side));
  // "Did Song Tao talk with two different people?": those he met are asked, not he (counterparts.ts).
  const metAsked = otherSides.length === 0 && counterpartsAsked(reading, talks);
  if (reading.people.length > 0 && !(reading.aspects.yesNo && otherSides.length > 0)) {
    const asked = otherSides.length > 0 ? [...new Set(talks.flatMap((t) => t.participants.filter((p) => otherSides.includes(p.party)).map((p) => p.person)))] : metAsked ? counterpartsOf(reading.people, talks) : reading.people;
    const roles = asked.flatMap((person) => talks.flatMap((t) => t.participants.filter((p) => p.person === person).map((p) => ({ t, p }))));
    const same = new Set(roles.map(({ p }) => p.organisation)).size === 1;
    // "Did Song Tao's title change?" is the sameness asked the other way round: the same body is its No.
    const lead = asksDifference ? (same ? m.unchangedBody : m.yes) : m.sameBody(same);
    // "Quan vs Trung, two different people or the same one?": people the articles name apart are never one person.
    // Asked Yes or No, "the same person?" is No and "different people?" Yes; an either-or gets the fact alone.
    const apart = asked.length > 1 && (asksSame || asksDifference) && (reading.said.words.some((w) => PERSON_ASKED.has(w)) || (metAsked && counterpartNamed(reading.said.words)));
    const apartLine = reading.aspects.yesNo ? led(asksSame ? m.no : m.yes, m.differentPeople(asked)) : m.differentPeople(asked);
    return answerFrom('compare', reading.lang, [apart ? apartLine : reading.aspects.yesNo && lead, ...roles.map(({ t, p }) => line(m.roleCompared(p, t), [cite(t, p)]))]);
  }
  const everywhere = (people: readonly Person[]) => people.filter((p) => talks.every((t) => t.participants.some((x) => x.person === p)));
  const common = everywhere([...new Set(talks.flatMap((t) => t.participants.map((p) => p.person)))]);
  // "Was the Chinese official the same both times?": Yes when each side named sent the same people to every talk.
  const sides = reading.sidesNamed.length > 0 ? reading.sidesNamed : reading.sides;
  const asksPost = reading.said.words.some((w) => POST_ASKED.has(w));
  const asksBody = asksPost || reading.said.words.some((w) => BODY_ASKED.has(w));
  const sameSides =
    reading.aspects.yesNo && sides.length > 0
      ? sides.every((side) => {
          // "Was the same Vietnamese commission involved?": the side's body, whoever headed it.
          const of = talks.map((t) => t.participants.filter((p) => p.party === side || p.organisation === side).map((p) => (asksBody ? p.organisation : p.person)));
          return of.every((people) => people.length > 0) && of.every((people) => people.length === of[0]?.length && people.every((p) => of[0]?.includes(p)));
        })
      : null;
  const formatsAlike = new Set(talks.map((t) => `${t.format.label}|${t.format.remote}`)).size === 1;
  const sameFormat = reading.aspects.yesNo && asksFormat && sameSides === null && (asksSame || asksDifference) ? formatsAlike !== asksDifference : null;
  const [first] = talks;
  const shared = first ? topicsOf(first).filter((topic) => talks.every((t) => topicsOf(t).includes(topic))) : [];
  // "Were both talks between the same two party bodies?": who held each place, with the role (and body) each held.
  const roles = (t: Talk) => line(m.whoLine(t, t.participants.map((p) => m.roleOf(m.person(p.person), worded(m, reading, p)))), t.participants.map((p) => cite(t, p)));
  return answerFrom('compare', reading.lang, [
    sameSides !== null && (sameSides !== asksDifference ? m.yes : m.no),
    sameFormat !== null && (sameFormat ? m.yes : m.no),
    ...talks.map((t) =>
      // "Was the Vietnamese body the same both times?": the bodies are named with who held each place.
      reading.aspects.holders || asksBody
        ? roles(t)
        : line(m.compareLine(t), [cite(t, t.summary), ...t.participants.map((p) => cite(t, p)), ...t.agreements.filter((a) => a.kind === 'signed').map((a) => cite(t, a))]),
    ),
    common.length > 0 && m.inAll(talks.length, common),
    shared.length > 0 ? m.sharedTopics(talks.length, shared) : m.noSharedTopic(talks.length),
    hidden > 0 && m.earlierNotListed(hidden),
  ]);
}

/** Whether an answer's lines say of a talk that its report has nothing on the subject (its line then cites the talk only). */
function saysNothingAt(a: Answer, talks: readonly Talk[]): boolean {
  const cited = (t: Talk) => a.citations.filter((c) => c.talk === t.id);
  return talks.some((t) => cited(t).length > 0 && cited(t).every((c) => sameCitation(c, cite(t, t.summary))));
}

export const compareIntent = defineIntent({
  name: 'compare',
  answer: answerCompare,
  decidesYesNo: true,
  aboutTheEvent: false,
  aboutPeople: true,
  aboutStatements: false,
  coverage: 'another',
  evidence: null,
  followUp: { asksAgain: true, sameAtAnotherTalk: true, needsNoSubject: false },
});
