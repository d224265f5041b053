// The conversation layer for an engine, from the cues of data/lexicon/conversation.json (already checked:
// lexicon.ts loads them with zod; the one-shot console takes the snapshot's copy).
import type { Engine } from '../answering/engine.js';
import { buildCues, type ConversationFile } from './cues.js';
import { createFollowUp, type FollowUp } from './follow-up.js';

export function followUpFor(engine: Engine, file: ConversationFile): FollowUp {
  return createFollowUp(engine, buildCues(file, (t) => engine.lexicon.simplified(t)));
}
