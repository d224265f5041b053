// Configuration from the environment (after .env), checked with zod. A blank variable counts as unset.
// The bot needs only the token (it learns its application id at login); deploy-commands also needs
// DISCORD_CLIENT_ID. Messages name the variable and what to do, never a value, so the token cannot leak.
import { z } from 'zod';
import { DEFAULT_CONVERSATION_MAX, DEFAULT_CONVERSATION_TTL_MS } from '../conversation/conversations.js';
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

/** Conversations kept in process memory at most (the least recently used dropped first). */
const conversationMax = z
  .string()
  .trim()
  .regex(/^\d{1,9}$/, { message: 'must be a whole number of conversations such as 10000' })
  .transform(Number)
  .refine((n) => n >= 1, { message: 'must be at least 1' });

const botSchema = z.object({
  DISCORD_TOKEN: required(token),
  DISCORD_GUILD_ID: optional(snowflake),
  DISCORD_API_URL: optional(apiUrl),
  PUBLIC_REPLY_LIMIT: optional(replyLimit),
  CONVERSATION_TTL: optional(conversationTtl),
  CONVERSATION_MAX: optional(conversationMax),
});
const deploySchema = botSchema.extend({ DISCORD_CLIENT_ID: required(snowflake) });

const port = z
  .string()
  .trim()
  .regex(/^\d{1,5}$/, { message: 'must be a port number' })
  .transform(Number)
  .refine((p) => p <= 65_535, { message: 'must be a port number (0-65535)' });
const onOff = z.string().trim().toLowerCase().pipe(z.enum(['on', 'off'], { message: 'must be on or off' }));

/** Variables of the scaled-out modes (README, "Scaling out"); all optional, and the token too when serving HTTP only. */
const scaleSchema = z
  .object({
    DISCORD_TOKEN: optional(token),
    DISCORD_GUILD_ID: optional(snowflake),
    DISCORD_API_URL: optional(apiUrl),
    PUBLIC_REPLY_LIMIT: optional(replyLimit),
    DISCORD_PUBLIC_KEY: optional(z.string().trim().regex(/^[0-9a-fA-F]{64}$/, { message: 'must be the 64 hexadecimal digits of the application\'s public key' })),
    INTERACTIONS_PORT: optional(port),
    INTERACTIONS_HOST: optional(z.string().trim().min(1)),
    HEALTH_PORT: optional(port),
    GATEWAY: optional(onOff),
    SHARD_COUNT: optional(
      z
        .string()
        .trim()
        .toLowerCase()
        .regex(/^(auto|\d{1,5})$/, { message: 'must be auto or a number of shards' })
        .transform((v): 'auto' | number => (v === 'auto' ? 'auto' : Number(v)))
        .refine((v) => v === 'auto' || v >= 1, { message: 'must be auto or at least 1' }),
    ),
    REDIS_URL: optional(z.string().trim().regex(/^rediss?:\/\/\S+$/, { message: 'must be a URL such as redis://127.0.0.1:6379' })),
    CONVERSATION_TTL: optional(conversationTtl),
    CONVERSATION_MAX: optional(conversationMax),
  })
  .superRefine((v, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (v.DISCORD_PUBLIC_KEY && v.INTERACTIONS_PORT === undefined) issue('INTERACTIONS_PORT', 'is needed with DISCORD_PUBLIC_KEY (the port of POST /interactions)');
    if (!v.DISCORD_PUBLIC_KEY && v.INTERACTIONS_PORT !== undefined) issue('DISCORD_PUBLIC_KEY', 'is needed with INTERACTIONS_PORT (requests are verified with it)');
    const gateway = v.DISCORD_TOKEN !== undefined && v.GATEWAY !== 'off';
    if (!gateway && !v.DISCORD_PUBLIC_KEY) issue(v.DISCORD_TOKEN ? 'GATEWAY' : 'DISCORD_TOKEN', v.DISCORD_TOKEN ? 'is off and no Interactions Endpoint is set: nothing to serve' : 'is missing');
    if (v.SHARD_COUNT !== undefined && !gateway) issue('SHARD_COUNT', 'needs the gateway (DISCORD_TOKEN, GATEWAY not off)');
  });

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
  /** Conversations kept in process memory at most (CONVERSATION_MAX); by default DEFAULT_CONVERSATION_MAX. */
  readonly conversationMax?: number;
}

export interface ScaleConfig {
  /** Undefined: an HTTP-only replica (interactions answered, no gateway, /help without command links). */
  readonly token: string | undefined;
  readonly guildId: string | undefined;
  readonly apiUrl: string | undefined;
  readonly cooldown: CooldownConfig;
  /** POST /interactions (with /healthz, /readyz, /metrics) on host:port. */
  readonly interactions: { readonly publicKey: string; readonly host: string; readonly port: number } | undefined;
  /** /healthz, /readyz, /metrics when no interactions server carries them. */
  readonly healthPort: number | undefined;
  /** Connect the gateway (messages: mentions and DMs): a token and GATEWAY not off. */
  readonly gateway: boolean;
  readonly shards: 'auto' | number | undefined;
  readonly redisUrl: string | undefined;
  /** As for one bot (CONVERSATION_TTL, CONVERSATION_MAX), for every transport of the process. */
  readonly conversationTtlMs: number | null;
  readonly conversationMax: number;
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
  DISCORD_PUBLIC_KEY: 'Copy the Public Key from the Developer Portal (General Information).',
  INTERACTIONS_PORT: 'For example 8080: the port Discord (through your proxy) reaches POST /interactions on.',
  HEALTH_PORT: 'For example 9090, or leave it empty.',
  GATEWAY: 'on (default with a token) or off (an HTTP-only replica).',
  SHARD_COUNT: 'auto (Discord recommends a count) or a number; leave it empty for one process.',
  REDIS_URL: 'For example redis://127.0.0.1:6379, or leave it empty to keep state in process memory.',
  CONVERSATION_TTL: CONVERSATION_TTL_HELP,
  CONVERSATION_MAX: 'For example 10000 (the default): conversations kept in process memory, the least recently used dropped first.',
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
  const { DISCORD_TOKEN, DISCORD_GUILD_ID, DISCORD_API_URL, PUBLIC_REPLY_LIMIT, CONVERSATION_TTL, CONVERSATION_MAX } = parse(botSchema, env);
  return {
    token: DISCORD_TOKEN,
    guildId: DISCORD_GUILD_ID,
    apiUrl: DISCORD_API_URL,
    cooldown: PUBLIC_REPLY_LIMIT ?? DEFAULT_COOLDOWN,
    conversationTtlMs: CONVERSATION_TTL === undefined ? DEFAULT_CONVERSATION_TTL_MS : CONVERSATION_TTL,
    conversationMax: CONVERSATION_MAX ?? DEFAULT_CONVERSATION_MAX,
  };
}

export function parseDeployConfig(env: Env): DeployConfig {
  const { DISCORD_TOKEN, DISCORD_CLIENT_ID, DISCORD_GUILD_ID, DISCORD_API_URL } = parse(deploySchema, env);
  return { token: DISCORD_TOKEN, clientId: DISCORD_CLIENT_ID, guildId: DISCORD_GUILD_ID, apiUrl: DISCORD_API_URL };
}

export function parseScaleConfig(env: Env): ScaleConfig {
  const v = parse(scaleSchema, env);
  return {
    token: v.DISCORD_TOKEN,
    guildId: v.DISCORD_GUILD_ID,
    apiUrl: v.DISCORD_API_URL,
    cooldown: v.PUBLIC_REPLY_LIMIT ?? DEFAULT_COOLDOWN,
    interactions:
      v.DISCORD_PUBLIC_KEY && v.INTERACTIONS_PORT !== undefined
        ? { publicKey: v.DISCORD_PUBLIC_KEY.toLowerCase(), host: v.INTERACTIONS_HOST ?? '0.0.0.0', port: v.INTERACTIONS_PORT }
        : undefined,
    healthPort: v.HEALTH_PORT,
    gateway: v.DISCORD_TOKEN !== undefined && v.GATEWAY !== 'off',
    shards: v.SHARD_COUNT,
    redisUrl: v.REDIS_URL,
    conversationTtlMs: v.CONVERSATION_TTL === undefined ? DEFAULT_CONVERSATION_TTL_MS : v.CONVERSATION_TTL,
    conversationMax: v.CONVERSATION_MAX ?? DEFAULT_CONVERSATION_MAX,
  };
}
