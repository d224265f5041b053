// What came after the talks is refused ("what is the situation now?", "when will they meet next?"), but some of
// its words also tell of the story's own time: "the future code of conduct" Vietnam wanted, what the two sides
// affirmed they were "going to" do, what they did "afterwards" (后来) when exchanges could not be held. Such a word
// is the story's when the question is told in the past and names a subject or a talk the articles report; the words that
// only mean today or later ("currently", "this year", "next time", "since then") always refuse.
// The words are data (data/lexicon/en.json `story`).
import type { CueHit, CueScan } from './cue-scan.js';
import type { CueGroup } from './aspects.js';
import { CHAT_WORDS, TALK_NOUNS } from './cues.js';
import { isRegularEdForm, type Token } from './tokens.js';

/** Words before which an "-ed" form is a participle ("will be renewed", "has changed"), not a past. */
const BEFORE_PARTICIPLE = new Set(['be', 'been', 'being', 'is', 'are', 'am', 'has', 'have', 'get', 'gets', 'getting']);

/** Cue groups of what a side said, hoped or agreed at the talks. */
const REPORTING: readonly CueGroup[] = ['said', 'hoped', 'agreements', 'agreed'];

/**
 * How many words a word of doubt may stand from a word of what came next ("后来真的", "sau này hai nước có thực sự"):
 * a verb and its object lie between in English ("did they actually carry out that plan afterwards?").
 */
const DOUBT_REACH = 6;

/** Words that ask in the future themselves when they open the question ("will…", "when will…"). */
const FUTURE_ASKING = new Set(['will', 'shall', 'wont']);

/**
 * Whether the question is told in the past: a past auxiliary or form of the list, or a regular "-ed" past;
 * never one that itself asks in the future ("when will the plan be renewed?").
 */
export function toldInThePast(tokens: readonly Token[], cues: CueScan<CueGroup>): boolean {
  if (tokens.slice(0, 3).some((t) => FUTURE_ASKING.has(t.text))) return false;
  const regular = tokens.some(
    (t, i) => isRegularEdForm(t) && !BEFORE_PARTICIPLE.has(tokens[i - 1]?.text ?? ''),
  );
  return regular || cues.has('storyPast');
}

/**
 * The after-the-talks cues that refuse the question: all of them, except those that may tell of the story's own
 * time when the question is told in the past about a subject the articles report (`namesSubject`).
 */
export function afterTheTalks(tokens: readonly Token[], cues: CueScan<CueGroup>, namesSubject: boolean, toldPast = false): readonly CueHit<CueGroup>[] {
  // "When were the (phone) talks again?": "again" closing a question after a noun it names asks to be reminded. Chat words
  // after it ("…again? ty") close nothing of their own.
  let end = tokens.length;
  while (end > 0 && CHAT_WORDS.has(tokens[end - 1]?.text ?? '')) end--;
  const reminder = (h: CueHit<CueGroup>) =>
    h.at + h.length === end && cues.hits('storyReminder').some((r) => r.at + r.length === end) && cues.hits('storyDeterminer').some((d) => d.at + d.length === h.at || modifiersFrom(d.at + d.length) === h.at);
  // The end of the talk's kind words from a position ("phone" of "the phone talks").
  const modifiers = cues.hits('storyModifier');
  const modifiersFrom = (at: number): number => {
    const m = modifiers.find((x) => x.at === at);
    return m ? modifiersFrom(at + m.length) : at;
  };
  const hits = cues.hits('u:future').filter((h) => !reminder(h));
  if (!namesSubject || !(toldPast || toldInThePast(tokens, cues))) return hits;
  const relative = cues.hits('storyRelative');
  // "What Vietnam said in 2022 … was it carried out afterwards?": a word of what came next, after a report of what was
  // said or hoped, comes after that saying: after the talks.
  const reported = REPORTING.flatMap((g) => cues.hits(g)).map((r) => r.at);
  const sequel = (h: CueHit<CueGroup>) => cues.hits('storySequel').some((s) => s.at === h.at);
  const afterReport = (h: CueHit<CueGroup>) => sequel(h) && reported.some((r) => r < h.at);
  // "Did they later really achieve it?", "后来真的实现了吗": beside a word of doubt, it asks whether something came
  // true after the talks, which the articles cannot tell.
  const doubted = (h: CueHit<CueGroup>) => sequel(h) && cues.hits('storyDoubt').some((d) => d.at >= h.at - DOUBT_REACH && d.at <= h.at + h.length + DOUBT_REACH - 1);
  return hits.filter((h) => afterReport(h) || doubted(h) || !relative.some((r) => r.at === h.at && r.length === h.length));
}

/**
 * "Does he still have that job?", "is that partnership still in place now?": "still" in a question opened by a
 * present auxiliary asks about today, which the articles do not reach (a question naming a talk or year, "is he still
 * in that job by 2022?", is of that time: the caller asks this only of one naming none). The "still" hits, or none.
 */
export function stillToday(tokens: readonly Token[], cues: CueScan<CueGroup>): readonly CueHit<CueGroup>[] {
  const opening = cues.hits('storyPresentAsking').find((h) => h.at === 0);
  if (!opening) return [];
  // Within the clause it opens: its subject ("he", "that partnership", "song tao") stands between.
  return cues.hits('storyContinuing').filter((h) => h.at > opening.at && h.at - opening.at <= 4);
}

/**
 * "Did the situation at sea ease afterwards?", "后来南海局势缓和了吗", "did the supplies arrive later?": a word of what came
 * next in a yes/no asking with a word nothing in the articles covers, even by a related word, asks whether something
 * came about after the talks, which they cannot tell; the Yes would be confidently wrong. "Later" naming the later
 * talk asks with the articles' words ("did ASEAN come up in the first call, or only later?") or stands by a talk noun
 * ("lần sau": the later time), and so does the story's
 * own sequel ("did they switch to phone talks afterwards?"). The sequel hits, or none.
 */
export function changeAfterwards(tokens: readonly Token[], cues: CueScan<CueGroup>, yesNo: boolean, uncovered: (at: number) => boolean): readonly CueHit<CueGroup>[] {
  if (!yesNo) return [];
  // "Lần sau" ("the talk later"), "the later call": a sequel word beside a talk noun names the later talk.
  const talkBeside = (h: CueHit<CueGroup>) => [tokens[h.at - 1], tokens[h.at + h.length]].some((t) => t !== undefined && TALK_NOUNS.has(t.text));
  const sequels = cues.hits('storySequel').filter((h) => !talkBeside(h));
  const ofStory = (i: number) => sequels.some((h) => i >= h.at && i < h.at + h.length) || cues.hits('storyRelative').some((h) => i >= h.at && i < h.at + h.length);
  return tokens.some((_, i) => !ofStory(i) && uncovered(i)) ? sequels : [];
}

/** Auxiliaries opening a yes/no after a clause set before it ("After the 2022 talks, did…"). */
const FRONTED_ASKING = new Set(['did', 'was', 'were', 'has', 'have', 'had', 'is', 'are', 'do', 'does']);
/** Question words: with one, the clause after the talks asks what or when, no yes/no. */
const WH_WORDS = new Set(['what', 'which', 'who', 'whom', 'whose', 'when', 'where', 'why', 'how']);

/** Words that may stand between "after" and its talk noun ("after the April 2022 phone talks"). */
const BETWEEN_AFTER = /^(?:\d{1,4}|the|that|this|those|these|their|both|two|last|latest|second|first)$/u;

/**
 * "2022年会谈之后，两国的疫苗护照互认最后落实了没有？", "after the 2022 talks, was it implemented?": a yes/no asked of the time
 * after the talks ("after" before its talk noun, or, in a pivot from Vietnamese or Chinese, after it: "talks after"),
 * when the talks it names are the latest (`latest`), asks whether something came about after them, which the articles
 * cannot tell; a hope voiced at the talks is no outcome, and a Yes would be confidently wrong. Not when a talk is what
 * the question orders ("was the 2022 talk held after the 2020 one?": another talk noun), nor a clause after the talks
 * ("after the talks were postponed"). The "after" hits, or none.
 */
export function afterLatestTalks(tokens: readonly Token[], cues: CueScan<CueGroup>, yesNo: boolean, latest: boolean, pivoted: boolean): readonly CueHit<CueGroup>[] {
  if (!latest) return [];
  const talkAt = tokens.flatMap((t, i) => (TALK_NOUNS.has(t.text) ? [i] : []));
  if (talkAt.length !== 1) return [];
  const talk = talkAt[0] ?? -1;
  const modifier = (i: number) => cues.hits('storyModifier').some((m) => i >= m.at && i < m.at + m.length);
  const between = (from: number, to: number) => {
    for (let i = from; i < to; i++) if (!BETWEEN_AFTER.test(tokens[i]?.text ?? '') && !modifier(i)) return false;
    return true;
  };
  const next = tokens[talk + 1]?.text ?? '';
  // "How did relations change after the talks?", "会谈之后中越关系有什么变化": a change after them is asked as a yes/no asks.
  const asksAfter = yesNo || cues.has('storyChanged');
  return cues.hits('storyAfter').filter((h) => {
    const end = h.at + h.length;
    if (talk >= end) {
      if (!between(end, talk)) return false;
      // "After the 2022 talks, did they…?": the yes/no put after the clause that opens the question.
      if (h.at === 0 && FRONTED_ASKING.has(next) && !tokens.some((t) => WH_WORDS.has(t.text))) return true;
      return asksAfter && !BEFORE_PARTICIPLE.has(next) && !['was', 'were', 'had'].includes(next);
    }
    return asksAfter && pivoted && between(talk + 1, h.at);
  });
}

/** Words before a word of carrying out that make it the object of another verb ("agree to implement", "work on implementing"). */
const GOVERNED = new Set(['to', 'on', 'for', 'of', 'about', 'in']);

/**
 * "Was the cooperation plan implemented?", "kế hoạch đã được triển khai chưa?", "合作计划落实了吗？": a yes/no whether
 * something was carried out asks what came of it after the talks, which report only its signing or the hope for it;
 * the Yes would be confidently wrong. Not after a word of saying, hoping or agreeing, nor as the object of another
 * verb ("did they agree to implement the plan?", "did Trung ask China to work on implementing the DOC?": what was said
 * at the talks), nor of a talk carried out by its format ("were the April talks carried out by video link?"). The
 * carrying-out hits, or none.
 */
export function carriedOutAsked(tokens: readonly Token[], cues: CueScan<CueGroup>, yesNo: boolean): readonly CueHit<CueGroup>[] {
  if (!yesNo || cues.has('storyModifier') || tokens.some((t) => TALK_NOUNS.has(t.text))) return [];
  const reported = REPORTING.flatMap((g) => cues.hits(g)).map((r) => r.at);
  return cues.hits('storyCarriedOut').filter((h) => !reported.some((r) => r < h.at) && !GOVERNED.has(tokens[h.at - 1]?.text ?? ''));
}
