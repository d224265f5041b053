// CONVERSATION_TTL: how many seconds a conversation's context lasts after its last answer; `off` (or 0)
// keeps no context, so every question stands alone. Unset or blank: DEFAULT_CONVERSATION_TTL_MS.
import { DEFAULT_CONVERSATION_TTL_MS } from './conversations.js';

/** Longest a context may be kept: a week. */
const MAX_SECONDS = 7 * 24 * 3600;

export const CONVERSATION_TTL_HELP = 'For example 600 (ten minutes, the default) or off; whole seconds, at most a week.';

/** The TTL in milliseconds, null for off, or a message saying what is wrong with the value. */
export function parseConversationTtl(value: string | undefined): { ok: true; ttlMs: number | null } | { ok: false; message: string } {
  const v = value?.trim().toLowerCase() ?? '';
  if (v === '') return { ok: true, ttlMs: DEFAULT_CONVERSATION_TTL_MS };
  if (v === 'off' || v === '0') return { ok: true, ttlMs: null };
  const seconds = /^\d{1,7}\s*s?$/.test(v) ? Number.parseInt(v, 10) : Number.NaN;
  if (!Number.isInteger(seconds) || seconds > MAX_SECONDS) return { ok: false, message: 'must be a number of seconds (at most a week) or off' };
  return { ok: true, ttlMs: seconds * 1000 };
}
