// "Did China help with the floods?", "did Vietnam help with the sea issues?", "did Vietnam ask for help?": a yes/no on
// an act of helping (or of asking for help) by a side named, which the answer found opens with Yes. The Yes stands only
// when a cited statement reports that act of that side: in "thanked … for supporting China" the side helped is the one
// named just after the verb of helping, and the helper the other. Cited help going the other way (China was the one
// helped) is No, with those statements; no help at all in what was found (statements on the sea) is no Yes: what the
// articles report, said not to mention the act. The verbs are data (en-questions.json `helpBetween`), the sides' words
// come from the knowledge base, as for help-directed.ts.
import type { Organisation, Statement } from '../facts/types.js';
import { byDate } from '../facts/talk-order.js';
import { messagesFor } from '../i18n/index.js';
import { HELP_BETWEEN, VERB_ADVERBS } from '../matching/cues.js';
import { normalize } from '../matching/normalize.js';
import type { Reading } from '../matching/reading.js';
import { givenBy, partyAt, partyWords, REACH } from './help-directed.js';
import { cite } from './citations.js';
import { answerFrom, line, type Line } from './result.js';
import type { Answer, Knowledge } from './types.js';

/** The act the question asks of one side: its helping (of `helped`, when named) or its asking for help. */
interface AskedAct {
  readonly doer: Organisation;
  readonly helped: Organisation | null;
  readonly asking: boolean;
}

/** The side named first before the verb (of asking, else of helping) and the first after the verb of helping. */
function askedAct(k: Knowledge, reading: Reading): AskedAct | null {
  const words = reading.said.words.flatMap((w) => w.toLowerCase().split('_'));
  const verbs = words.flatMap((w, i) => (HELP_BETWEEN.verbs.has(w) ? [i] : []));
  // One act asked: two verbs of helping ask who helped whom (help-between.ts).
  if (verbs.length !== 1) return null;
  const verb = verbs[0] ?? 0;
  const ask = words.findIndex((w, i) => i < verb && HELP_BETWEEN.asking.has(w));
  const parties = partyWords(k, reading.lang);
  // "Did Vietnam get any help from China?": the side marked as the giver is the one whose help is asked.
  const given = ask < 0 ? givenBy(parties, words, verb) : null;
  if (given !== null) return { doer: given.helper, helped: given.helped, asking: false };
  const act = ask >= 0 ? ask : verb;
  let doer: Organisation | null = null;
  let doerAt = -1;
  for (let i = act - 1; i >= 0 && doer === null; i--) {
    doer = partyAt(parties, words, i);
    doerAt = i;
  }
  if (doer === null) return null;
  // The act is the side's own only with nothing between but adverbs and a subject framed ("did China give Vietnam
  // supplies to help…" asks of the gift; "thank Vietnam for its support" of the thanks).
  const topicWords = new Set(reading.topics.flatMap((t) => t.words.toLowerCase().split(/[\s_]+/)));
  const sideWords = (w: string) => parties.some((p) => p.words.some((pw) => pw.includes(w)));
  const between = words.slice(doerAt + 1, act).filter((w) => !sideWords(w));
  if (!between.every((w) => VERB_ADVERBS.has(w) || HELP_BETWEEN.framing.has(w) || topicWords.has(w))) return null;
  // Asking for help ("did Vietnam ask for help?", "…seek help from China?"), not asking a side to help do something.
  if (ask >= 0 && !words.slice(verb + 1).every((w) => sideWords(w) || HELP_BETWEEN.framing.has(w) || w === 'from' || w === 'for')) return null;
  let helped: Organisation | null = null;
  for (let i = verb + 1; i < words.length && helped === null; i++) helped = partyAt(parties, words, i);
  return { doer, helped: ask >= 0 || helped === doer ? null : helped, asking: ask >= 0 };
}

/** The side a statement says was helped: the one named within `REACH` words after its own verb of helping. */
function helpedIn(k: Knowledge, s: Statement): Organisation | null {
  const english = partyWords(k, 'en');
  const text = normalize(s.text).split(' ').filter(Boolean);
  for (let i = 0; i < text.length; i++) {
    if (!HELP_BETWEEN.verbs.has(text[i] ?? '')) continue;
    for (let j = 0; j <= REACH; j++) {
      const party = partyAt(english, text, i + 1 + j);
      if (party !== null) return party;
    }
  }
  return null;
}

/** A statement that asks for help: a verb of asking and one of helping in its own words. */
function asksHelp(s: Statement): boolean {
  const text = normalize(s.text).split(' ');
  return text.some((w) => HELP_BETWEEN.asking.has(w)) && text.some((w) => HELP_BETWEEN.verbs.has(w));
}

/** The statements `keep` holds, under their talks' headings, in date order, at the talks in scope. */
function toldOf(k: Knowledge, reading: Reading, keep: (s: Statement) => boolean): Line[] {
  const m = messagesFor(reading.lang);
  const talks = [...(reading.scope.talks && reading.scope.talks.length > 0 ? reading.scope.talks : k.kb.talks)].sort(byDate);
  return talks.flatMap((t) => {
    const own = t.statements.filter(keep);
    return own.length === 0 ? [] : [line(`${m.talkHeading(t)}:`), ...own.map((st) => line(m.bullet(m.statement(st)), [cite(t, st)]))];
  });
}

/** The answer put right when its Yes confirms an act of helping the cited statements do not report of the side asked. */
export function helpDoerOtherwise(k: Knowledge, reading: Reading, reply: Answer): Answer | null {
  const m = messagesFor(reading.lang);
  const first = reply.lines[0]?.text ?? '';
  // A No the answer found stands unless it is put another way than who helped whom ("不是：是中国，而不是越南").
  const opensNo = first !== m.no && first.startsWith(m.no.slice(0, -1));
  if (!reading.aspects.yesNo || !reply.answered || (first !== m.yes && !opensNo)) return null;
  const act = askedAct(k, reading);
  if (act === null) return null;
  const cited = reply.citations.flatMap((c) => k.kb.talks.find((t) => t.id === c.talk)?.statements.filter((s) => s.quote === c.quote) ?? []);
  const oneSide = (s: Statement) => new Set(s.speakers.map((p) => p.party)).size === 1;
  // A subject named only by the word of helping ("帮助", read "aid") is the help itself.
  const subjects = reading.topics.filter((t) => !HELP_BETWEEN.verbs.has(t.words.toLowerCase())).map((t) => t.topic);
  // A statement of the side asked helping (the side asked of, when named) on every subject named.
  const standing = (st: Statement) => {
    const helped = helpedIn(k, st);
    return helped !== null && helped !== act.doer && (act.helped === null || helped === act.helped) && subjects.every((t) => st.topics.includes(t));
  };
  const helps = cited.filter(oneSide).map((s) => ({ s, helped: helpedIn(k, s) })).filter((h) => h.helped !== null);
  if (opensNo && (act.asking || !helps.some((h) => h.helped === act.doer))) return null;
  if (act.asking) {
    // Asking for help is reported only by a statement of the side asking that asks it.
    if (cited.some((s) => asksHelp(s) && s.speakers.some((p) => p.party === act.doer))) return null;
  } else {
    // The side asked helped (the side asked of, when named) with the subject named: the Yes stands.
    if (helps.some((h) => standing(h.s))) return null;
    // The side asked was the one helped (by the side asked of, when named): No, with who helped whom.
    const reversed = helps.filter((h) => h.helped === act.doer);
    if (reversed.length > 0) {
      const told = toldOf(k, reading, (st) => reversed.some((h) => h.s === st));
      return answerFrom(reply.intent, reading.lang, [m.no, ...told]);
    }
  }
  // The act reported elsewhere than in what was found (the supplies "to support Vietnam's COVID-19 prevention", for
  // "did China help Vietnam fight covid?"; the thanks, where sympathy was found): a Yes is given the statements that
  // report it; a No the answer found is left to its own checks.
  const told = act.asking ? [] : toldOf(k, reading, (st) => oneSide(st) && standing(st));
  if (told.length > 0) return first === m.yes ? answerFrom(reply.intent, reading.lang, [m.yes, ...told]) : null;
  // Nothing found reports the act: what was found, without Yes, said not to mention it.
  const named = [...new Set(reading.topics.map((t) => m.topic(t.topic)))];
  const rest = reply.lines.slice(1).map((l) => line(l.text, l.cites.flatMap((n) => reply.citations[n - 1] ?? [])));
  return answerFrom(reply.intent, reading.lang, [m.actNotReported(named), ...rest]);
}
