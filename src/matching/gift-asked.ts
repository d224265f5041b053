// A verb of giving whose object is asked ("What did the Chinese side present to Vietnam?", "tặng Việt Nam cái gì",
// "did China hand Vietnam anything?") asks for the thing given: the topics the facts file under a word of giving
// ("donation", "gift"), not a summary of the talk.
import type { Topic } from '../facts/types.js';
import type { Token } from './tokens.js';
import type { Vocabulary } from './vocabulary.js';

/** Words standing for the thing asked, as the object of a verb. */
const ASKED_THINGS = new Set(['what', 'anything', 'something']);
/** Auxiliaries that make an English "what" before the verb its object ("what did … present"): "what is the present…" is none. */
const OBJECT_AUXILIARIES = new Set(['did', 'does', 'do', 'has', 'have', 'had', 'will', 'would', 'can', 'could']);
/** Words after which a "what" still stands alone ("gì cho Việt Nam", "what in 2022"). */
const AFTER_BARE_WHAT = new Set([...OBJECT_AUXILIARIES, 'to', 'for', 'in', 'during', 'at', 'on', 'from', 'then']);

/** The topics filed under a word of giving, when a verb of giving asks what was given; none otherwise. */
export function giftAsked(all: readonly Token[], vocab: Vocabulary, start: number, speechActs: ReadonlySet<string>, stopWords: ReadonlySet<string>): readonly { readonly topic: Topic; readonly at: number }[] {
  // Only the asking part: "…never gives anything back. Do these talks mention…" asks something else.
  const tokens = all.slice(start);
  // Words given ("gửi lời cảm ơn … vì lý do gì", thanks sent) are said, not given; two years asked compare the talks.
  if (tokens.some((t) => speechActs.has(t.lemma) || speechActs.has(t.text))) return [];
  // One year asked, in the question itself: "did China send Vietnam anything that year?" leaves the talk to the
  // conversation, where the gift of another talk would be a confident wrong Yes.
  if (new Set(tokens.filter((t) => /^(?:19|20)\d\d$/u.test(t.text)).map((t) => t.text)).size !== 1) return [];
  const give = new Set(vocab.lexicon.claims.giving.give);
  const isGiving = (t: Token | undefined) => t !== undefined && (give.has(t.text) || give.has(t.lemma));
  // "what" asks a thing only alone: "what reason did he give" asks the reason.
  const bareAsk = (k: number) => {
    const next = tokens[k + 1];
    return tokens[k]?.text !== 'what' || next === undefined || AFTER_BARE_WHAT.has(next.text) || /^\d+$/u.test(next.text);
  };
  const verbAt = tokens.findIndex((t, k) => {
    if (!isGiving(t)) return false;
    // The object after the verb ("tặng Việt Nam cái gì", "hand Vietnam anything"), or an English "what" before it
    // with an auxiliary between ("What did the Chinese side present").
    // Only the receiver may stand between: "chuyển tới bệnh viện nào" asks a place, not the thing given.
    const receiverOnly = (to: number) => tokens.slice(k + 1, to).every((u) => stopWords.has(u.text) || u.text.includes('_') || vocab.sides.has(u.text) || vocab.organisations.has(u.text));
    const after = tokens.slice(k + 1).some((u, j) => ASKED_THINGS.has(u.text) && bareAsk(k + 1 + j) && receiverOnly(k + 1 + j));
    const before = tokens.slice(0, k).some((u, j) => u.text === 'what' && bareAsk(j) && tokens.slice(j + 1, k).some((v) => OBJECT_AUXILIARIES.has(v.text)));
    return after || before;
  });
  if (verbAt < 0) return [];
  const topics = new Map<string, Topic>();
  for (const word of give) for (const p of vocab.topics.get(word) ?? []) if (p.text === word) topics.set(p.target.id, p.target);
  return [...topics.values()].map((topic) => ({ topic, at: start + verbAt }));
}
