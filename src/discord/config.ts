// Configuration from the environment (after .env), checked with zod. A blank variable counts as unset.
// The bot needs only the token (it learns its application id at login); deploy-commands also needs
// DISCORD_CLIENT_ID. Messages name the variable and what to do, never a value, so the token cannot leak.
import { z } from 'zod';
import { DEFAULT_CONVERSATION_TTL_MS } from '../conversation/conversations.js';
import { CONVERSATION_TTL_HELP, parseConversationTtl } from '../conversation/ttl.js';
import { DEFAULT_COOLDOWN, type CooldownConfig } from './cooldown.js';

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
/** A variable that may be left out or blank. */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());
/** A variable that must be set to something other than blanks. */
const required = <T extends z.ZodType<unknown, string>>(schema: T) => z.preprocess(blankToUndefined, z.string({ message: 'is missing' }).trim().pipe(schema));

const snowflake = z.string().trim().regex(/^\d{17,20}$/, { message: 'must be a Discord id: 17 to 20 digits' });
const token = z.string().refine((t) => !/\s/.test(t), { message: 'must not contain spaces' });
const apiUrl = z
  .string()
  .trim()
  .url({ message: 'must be a URL such as http://127.0.0.1:8080/api' })
  .refine((u) => /^https?:\/\//.test(u), { message: 'must start with http:// or https://' });

/** "5/30": at most 5 public replies per user in any 30 seconds; "0" or "off" turns the limit off. */
const replyLimit = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(off|0|\d{1,4}\s*\/\s*\d{1,5}\s*s?)$/, { message: 'must be replies/seconds such as 5/30, or off' })
  .transform((v): CooldownConfig => {
    const [replies = '0', seconds = '0'] = v.replace(/s$/, '').split('/').map((p) => p.trim());
    return v === 'off' || v === '0' ? { limit: 0, windowMs: 0 } : { limit: Number(replies), windowMs: Number(seconds) * 1000 };
  })
  .refine((c) => c.limit === 0 || c.windowMs > 0, { message: 'needs a window of at least 1 second' });

/** Seconds a conversation's context lasts, or off: see src/conversation/ttl.ts. */
const conversationTtl = z.string().transform((v, ctx) => {
  const parsed = parseConversationTtl(v);
  if (parsed.ok) return parsed.ttlMs;
  ctx.addIssue({ code: 'custom', message: parsed.message });
  return z.NEVER;
});

const botSchema = z.object({
  DISCORD_TOKEN: required(token),
  DISCORD_GUILD_ID: optional(snowflake),
  DISCORD_API_URL: optional(apiUrl),
  PUBLIC_REPLY_LIMIT: optional(replyLimit),
  CONVERSATION_TTL: optional(conversationTtl),
});
const deploySchema = botSchema.extend({ DISCORD_CLIENT_ID: required(snowflake) });

export interface BotConfig {
  readonly token: string;
  /** Used by deploy-commands; a malformed one is reported at start too, before it bites later. */
  readonly guildId: string | undefined;
  /** REST base (a proxy or a test server); undefined means Discord's own. */
  readonly apiUrl: string | undefined;
  /** Public replies per user (PUBLIC_REPLY_LIMIT); by default DEFAULT_COOLDOWN, 5 in any 30 s. */
  readonly cooldown?: CooldownConfig;
  /** How long a conversation's context lasts (CONVERSATION_TTL, in ms; null: off); by default 10 minutes. */
  readonly conversationTtlMs?: number | null;
}

export interface DeployConfig extends BotConfig {
  readonly clientId: string;
}

const HELP: Record<string, string> = {
  DISCORD_TOKEN: 'Copy the bot token from the Discord Developer Portal (Bot → Reset Token) into .env.',
  DISCORD_CLIENT_ID: 'Copy the Application ID from the Developer Portal (General Information) into .env.',
  DISCORD_GUILD_ID: 'Use a server id (Developer Mode → right-click the server → Copy Server ID), or leave it empty.',
  DISCORD_API_URL: 'Leave it empty to use Discord itself.',
  PUBLIC_REPLY_LIMIT: 'For example 5/30 (five public replies per user in any 30 seconds), or off; empty means 5/30.',
  CONVERSATION_TTL: CONVERSATION_TTL_HELP,
};

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

type Env = NodeJS.ProcessEnv | Record<string, string | undefined>;

function parse<S extends z.ZodType>(schema: S, env: Env): z.infer<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? 'environment');
    return `${name} ${issue.message}. ${HELP[name] ?? ''}`.trim();
  });
  throw new ConfigError(`Configuration problem (see .env.example):\n  ${lines.join('\n  ')}`);
}

export function parseBotConfig(env: Env): BotConfig {
  const { DISCORD_TOKEN, DISCORD_GUILD_ID, DISCORD_API_URL, PUBLIC_REPLY_LIMIT, CONVERSATION_TTL } = parse(botSchema, env);
  return {
    token: DISCORD_TOKEN,
    guildId: DISCORD_GUILD_ID,
    apiUrl: DISCORD_API_URL,
    cooldown: PUBLIC_REPLY_LIMIT ?? DEFAULT_COOLDOWN,
    conversationTtlMs: CONVERSATION_TTL === undefined ? DEFAULT_CONVERSATION_TTL_MS : CONVERSATION_TTL,
  };
}

export function parseDeployConfig(env: Env): DeployConfig {
  const { DISCORD_TOKEN, DISCORD_CLIENT_ID, DISCORD_GUILD_ID, DISCORD_API_URL } = parse(deploySchema, env);
  return { token: DISCORD_TOKEN, clientId: DISCORD_CLIENT_ID, guildId: DISCORD_GUILD_ID, apiUrl: DISCORD_API_URL };
}
