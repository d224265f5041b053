// "Besides the congratulations, what tangible results did the 2022 talks produce?", "Ngoài mấy lời chúc mừng, buổi hội
// đàm đó có kết quả hữu hình nào không?": every subject the question names is set aside by a word of "besides", so none
// of them is what is asked. Read without them, the question asks what the talks produced (what was signed or handed
// over): it is answered so, the subjects set aside left out (the agreements answer's `setAside`).
import type { Decision, Features } from './intent.js';
import type { Topic } from '../facts/types.js';
import { topicsSetAside } from './set-aside.js';

/** The decision for the question read without the subjects it sets aside, when it then asks for agreements; else null. */
export function outcomeAside(features: Features, decide: (f: Features) => Decision): { readonly decision: Decision; readonly aside: readonly Topic[] } | null {
  const { entities, tokens, cues } = features;
  // A person, body or document named is what is asked of ("Bên cạnh DOC, ông Trung còn kêu gọi … văn kiện nào?": the COC).
  if (entities.topics.length === 0 || entities.people.length + entities.organisations.length + entities.documents.length > 0) return null;
  const aside = topicsSetAside(tokens, cues, entities.topics);
  if (aside.length === 0 || !entities.topics.every((t) => aside.includes(t.topic))) return null;
  const decision = decide({ ...features, entities: { ...entities, topics: [] } });
  return decision.kind === 'intent' && decision.intent === 'agreements' ? { decision, aside } : null;
}
