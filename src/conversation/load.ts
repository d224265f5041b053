// The conversation layer for an engine, from the cues of data/lexicon/conversation.json (already checked:
// lexicon.ts loads them with zod; the one-shot console takes the snapshot's copy).
import type { Engine } from '../answering/engine.js';
import { buildCues, type ConversationFile } from './cues.js';
import { createFollowUp, type FollowUp } from './follow-up.js';
import { FUNCTION_WORDS, GENERIC_FORMAT_WORDS, TALK_NOUNS } from '../matching/cues.js';

export function followUpFor(engine: Engine, file: ConversationFile): FollowUp {
  const { lexicon } = engine;
  const general = (w: string) => lexicon.isGeneral(w) || lexicon.fromGeneral(w);
  const signed = new Set(lexicon.claims.signedThings);
  const formats = new Set(engine.kb.talks.flatMap((t) => [...t.format.keywords, ...t.terms.en].flatMap((term) => term.toLowerCase().split(/\s+/u))));
  const words = {
    general,
    noun: (w: string) => /^[a-z]+$/.test(w) && !FUNCTION_WORDS.has(w) && !general(w) && lexicon.isEnglish(w),
    othersTalkOrSigned: (w: string) => TALK_NOUNS.has(w) || GENERIC_FORMAT_WORDS.has(w) || signed.has(w) || formats.has(w),
  };
  return createFollowUp(engine, buildCues(file, (t) => lexicon.simplified(t), words), file.reAsk);
}
