// "That was from the 2020 phone call, right?", "was that during the 2020 call?": a yes/no pointing back at what the
// last answer said, naming a talk and nothing of its own, checks where that was said. It is answered from the talks
// the last answer came from (Yes or No, and where), not by asking how the talk named was held, nor whether the
// conversation's subject came up there in other words.
import { cite } from '../answering/citations.js';
import { answerFrom, line } from '../answering/result.js';
import type { Answer } from '../answering/types.js';
import type { Talk } from '../facts/types.js';
import { messagesFor } from '../i18n/index.js';
import type { Lang } from '../languages.js';
import type { Resolved } from './context.js';

const ids = (items: readonly { readonly id: string }[]) => items.map((i) => i.id);

/**
 * Yes when the last answer's talks are all among those named, No when none is (then where it was said); null when
 * only some are, which no plain Yes or No answers. `formats`: the talks whose format the question named ("was it by
 * phone?"), so the answer is of how the talks were held and "and in 2020?" asks the same of another talk.
 */
export function saidWhere(named: readonly Talk[], prior: Resolved, lang: Lang, formats: readonly Talk[] = []): Answer | null {
  const from = prior.talks;
  if (named.length === 0 || from.length === 0) return null;
  const there = from.filter((t) => named.includes(t));
  if (there.length > 0 && there.length < from.length) return null;
  const m = messagesFor(lang);
  const lines = [line(m.saidAt(there.length > 0, from), from.map((t) => cite(t, t.format)))];
  const answer = formats.length > 0 ? { ...answerFrom('format', lang, lines), asked: { yesNo: true, hoped: false, formats: ids(formats) } } : answerFrom('when', lang, lines);
  const about = { talks: ids(from), people: ids(prior.people), organisations: ids(prior.organisations), topics: ids(prior.topics), documents: ids(prior.documents) };
  const note = m.carriedOver({ people: [], topics: [], documents: [], talks: from });
  return { ...answer, about, carried: { intent: null, note, talks: ids(from), people: [], organisations: [], topics: [], documents: [] } };
}
