// Bot configuration from the environment (after .env), checked with zod. Messages name the variable
// and what to do; they never include a value, so the token cannot leak through an error.
import { z } from 'zod';

const snowflake = z.string().trim().regex(/^\d{17,20}$/, { message: 'must be a Discord id: 17 to 20 digits' });
const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

const envSchema = z.object({
  DISCORD_TOKEN: z
    .string({ message: 'is missing' })
    .trim()
    .min(1, { message: 'is missing' })
    .refine((t) => !/\s/.test(t), { message: 'must not contain spaces' }),
  DISCORD_CLIENT_ID: z.string({ message: 'is missing' }).trim().min(1, { message: 'is missing' }).pipe(snowflake),
  DISCORD_GUILD_ID: z.preprocess(blankToUndefined, snowflake.optional()),
  DISCORD_API_URL: z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .url({ message: 'must be a URL such as http://127.0.0.1:8080/api' })
      .refine((u) => /^https?:\/\//.test(u), { message: 'must start with http:// or https://' })
      .optional(),
  ),
});

export interface BotConfig {
  readonly token: string;
  readonly clientId: string;
  readonly guildId: string | undefined;
  /** REST base (a proxy or a test server); undefined means Discord's own. */
  readonly apiUrl: string | undefined;
}

const HELP: Record<string, string> = {
  DISCORD_TOKEN: 'Copy the bot token from the Discord Developer Portal (Bot → Reset Token) into .env.',
  DISCORD_CLIENT_ID: 'Copy the Application ID from the Developer Portal (General Information) into .env.',
  DISCORD_GUILD_ID: 'Use a server id (Developer Mode → right-click the server → Copy Server ID), or leave it empty.',
  DISCORD_API_URL: 'Leave it empty to use Discord itself.',
};

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export function parseConfig(env: NodeJS.ProcessEnv | Record<string, string | undefined>): BotConfig {
  const result = envSchema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? 'environment');
      return `${name} ${issue.message}. ${HELP[name] ?? ''}`.trim();
    });
    throw new ConfigError(`Configuration problem (see .env.example):\n  ${lines.join('\n  ')}`);
  }
  const { DISCORD_TOKEN, DISCORD_CLIENT_ID, DISCORD_GUILD_ID, DISCORD_API_URL } = result.data;
  return { token: DISCORD_TOKEN, clientId: DISCORD_CLIENT_ID, guildId: DISCORD_GUILD_ID, apiUrl: DISCORD_API_URL };
}
