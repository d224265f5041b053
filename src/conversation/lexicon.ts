// data/lexicon/conversation.json: the words that make a question a follow-up, in each language, read and
// checked with zod. The one-shot console builds the cues from the snapshot's copy instead (checked when the
// snapshot was made), so nothing here is needed on that path but the file's name.
import { join } from 'node:path';
import { z } from 'zod';
import { readJson } from '../read-files.js';
import { phrases } from '../lexicon/questions.js';
import { LANGS } from '../languages.js';
import type { Engine } from '../answering/engine.js';
import { CONVERSATION_FILE, CUE_KINDS, type ConversationFile } from './cues.js';
import type { FollowUp } from './follow-up.js';
import { followUpFor } from './load.js';
import { memoized } from './memo.js';

const languageSchema = z.strictObject(Object.fromEntries(CUE_KINDS.map((k) => [k, phrases])) as Record<(typeof CUE_KINDS)[number], typeof phrases>);

/** A template holding each of its placeholders once ("who {deed}?"). */
const template = (...holes: readonly string[]) =>
  z.string().refine((t) => holes.every((h) => t.split(`{${h}}`).length === 2), { message: `must hold ${holes.map((h) => `{${h}}`).join(' and ')} once each` });
const reAskSchema = z.strictObject({ who: template('deed'), claim: template('name', 'deed') });

export const conversationFileSchema: z.ZodType<ConversationFile> = z.strictObject({
  about: z.string(),
  talkNoun: z.strictObject(Object.fromEntries(LANGS.map((l) => [l, z.string().min(1)])) as Record<(typeof LANGS)[number], z.ZodString>),
  bothNoun: z.strictObject(Object.fromEntries(LANGS.map((l) => [l, z.string().min(1)])) as Record<(typeof LANGS)[number], z.ZodString>),
  whoWord: z.strictObject(Object.fromEntries(LANGS.map((l) => [l, z.string().min(1)])) as Record<(typeof LANGS)[number], z.ZodString>),
  reAsk: z.strictObject(Object.fromEntries(LANGS.map((l) => [l, reAskSchema])) as Record<(typeof LANGS)[number], typeof reAskSchema>),
  languages: z.strictObject(Object.fromEntries(LANGS.map((l) => [l, languageSchema])) as Record<(typeof LANGS)[number], typeof languageSchema>),
  numbered: z.partialRecord(z.enum(LANGS), z.strictObject({ markers: phrases, grammar: phrases })).optional(),
});

export function loadConversationFile(dataDir: string): ConversationFile {
  return readJson(dataDir, join(dataDir, CONVERSATION_FILE), conversationFileSchema).value;
}

/** The follow-up reader for an engine, with the cues of `dataDir` (checked), its answers remembered (memo.ts). */
export function loadFollowUp(engine: Engine, dataDir: string): FollowUp {
  return memoized(followUpFor(engine, loadConversationFile(dataDir)));
}
