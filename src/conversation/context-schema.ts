// A context read back from outside this process (Redis, an answer message's marker), checked with zod: a value of
// another shape (an older version's, a corrupt one, one written by hand) is no context, never an error. Apart from
// context.ts so that the one-shot console, which never reads a stored context, bundles no zod.
import { z } from 'zod';
import { INTENTS } from '../answering/types.js';
import { LANGS } from '../languages.js';
import type { Context } from './context.js';

/** A list of ids as stored: bounded, so a stored value cannot grow a context. */
const ids = z.array(z.string().max(100)).max(50).readonly();

export const contextSchema: z.ZodType<Context> = z.object({
  intent: z.enum(INTENTS),
  lang: z.enum(LANGS),
  talks: ids,
  people: ids,
  organisations: ids,
  topics: ids,
  documents: ids,
  asked: z.object({ yesNo: z.boolean(), hoped: z.boolean(), inPerson: z.boolean().optional(), formats: ids.optional(), commitment: z.enum(['signed', 'agreed', 'any']).optional(), mentioned: z.boolean().optional() }).optional(),
});

/** A context from stored JSON, or null when it is not one. */
export function parseContext(value: unknown): Context | null {
  const parsed = contextSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
