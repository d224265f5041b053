// "I remember the Vietnamese party sending condolences once. How did the Chinese side respond in that 2020 call?": a
// long message states an act in its context and asks, in its asking sentence, how the other side answered. The act is
// the object of the response asked, not an act asked of the side that responded (his thanks answer it, though they
// are no condolences).
import { namedInAsking, type NamedTopic, type Reading } from '../matching/reading.js';

/** Whether a topic naming an act stands only in a long message's context, and the asking sentence asks a response (one of `responses`). */
export function actAnsweredAfter(reading: Reading, topic: NamedTopic, responses: ReadonlySet<string>): boolean {
  return !namedInAsking(reading, topic) && reading.said.words.some((w) => responses.has(w.toLowerCase()));
}
