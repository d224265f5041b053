// The environment the bot runs with: the process environment over .env (DOTENV_CONFIG_PATH may name
// another file), where a variable set but blank counts as unset. Without that, an empty DISCORD_TOKEN=
// exported by a service manager or a shell would hide the token written in .env.
import { config } from 'dotenv';

/** Every variable talks-bot reads. */
export const VARIABLES = ['DISCORD_TOKEN', 'DISCORD_CLIENT_ID', 'DISCORD_GUILD_ID', 'DISCORD_API_URL', 'LOG_LEVEL', 'LOG_FORMAT', 'PUBLIC_REPLY_LIMIT',
  'DISCORD_PUBLIC_KEY', 'INTERACTIONS_PORT', 'INTERACTIONS_HOST', 'HEALTH_PORT', 'GATEWAY', 'SHARD_COUNT', 'REDIS_URL', 'CONVERSATION_TTL',
  'CONVERSATION_MAX'] as const;

export function loadEnvironment(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  for (const name of VARIABLES) if (env[name]?.trim() === '') delete env[name];
  // dotenv reads DOTENV_CONFIG_PATH from process.env only; `env` may be another object (tests).
  config({ quiet: true, processEnv: env, ...(env.DOTENV_CONFIG_PATH ? { path: env.DOTENV_CONFIG_PATH } : {}) });
  return env;
}

/** The token, or undefined when it is unset or blank (in the environment and in .env). */
export function tokenFrom(env: NodeJS.ProcessEnv): string | undefined {
  return env.DISCORD_TOKEN?.trim() || undefined;
}

/** Variables of the scaled-out modes: when one is set, `npm start` serves through serve.ts rather than the plain bot. */
const SCALE_OUT = ['DISCORD_PUBLIC_KEY', 'INTERACTIONS_PORT', 'HEALTH_PORT', 'GATEWAY', 'SHARD_COUNT', 'REDIS_URL'] as const;

/**
 * True when this process is to serve Discord (a token, or an Interactions Endpoint) with any scaled-out variable set,
 * or is a shard started by the shard manager. Without a token or an endpoint it stays the local console.
 */
export function wantsScaleOut(env: NodeJS.ProcessEnv): boolean {
  if (env.SHARDING_MANAGER === 'true') return true;
  const set = (name: string) => (env[name]?.trim() ?? '') !== '';
  return (set('DISCORD_TOKEN') || set('DISCORD_PUBLIC_KEY') || set('INTERACTIONS_PORT')) && SCALE_OUT.some(set);
}
