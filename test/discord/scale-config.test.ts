import { describe, expect, it } from 'vitest';
import { ConfigError, parseScaleConfig } from '../../src/discord/config.js';
import { wantsScaleOut } from '../../src/env.js';

const KEY = 'ab'.repeat(32);

describe('scaled-out configuration', () => {
  it('only a token (or nothing) keeps today\'s paths: the plain bot, or the console', () => {
    expect(wantsScaleOut({ DISCORD_TOKEN: 'x' })).toBe(false);
    expect(wantsScaleOut({ REDIS_URL: 'redis://127.0.0.1:6379' })).toBe(false);
    expect(wantsScaleOut({ DISCORD_TOKEN: 'x', REDIS_URL: 'redis://127.0.0.1:6379' })).toBe(true);
    expect(wantsScaleOut({ DISCORD_PUBLIC_KEY: KEY, INTERACTIONS_PORT: '8080' })).toBe(true);
    expect(wantsScaleOut({ SHARDING_MANAGER: 'true' })).toBe(true);
  });

  it('reads an interactions replica without a token, and a sharded gateway', () => {
    expect(parseScaleConfig({ DISCORD_PUBLIC_KEY: KEY.toUpperCase(), INTERACTIONS_PORT: '8080' })).toMatchObject({
      token: undefined,
      gateway: false,
      interactions: { publicKey: KEY, host: '0.0.0.0', port: 8080 },
    });
    expect(parseScaleConfig({ DISCORD_TOKEN: 't', SHARD_COUNT: 'AUTO', HEALTH_PORT: '9090', REDIS_URL: 'rediss://:secret@redis:6380/1' })).toMatchObject({
      gateway: true,
      shards: 'auto',
      healthPort: 9090,
      redisUrl: 'rediss://:secret@redis:6380/1',
    });
    expect(parseScaleConfig({ DISCORD_TOKEN: 't', SHARD_COUNT: '4', GATEWAY: 'on' }).shards).toBe(4);
  });

  it('reads the conversation settings as one bot does, for every transport of the process', () => {
    expect(parseScaleConfig({ DISCORD_PUBLIC_KEY: KEY, INTERACTIONS_PORT: '8080' })).toMatchObject({ conversationTtlMs: 600_000, conversationMax: 10_000 });
    expect(parseScaleConfig({ DISCORD_PUBLIC_KEY: KEY, INTERACTIONS_PORT: '8080', CONVERSATION_TTL: 'off', CONVERSATION_MAX: '50' })).toMatchObject({
      conversationTtlMs: null,
      conversationMax: 50,
    });
  });

  it('names the variable and what to do, never a value', () => {
    const problems = (env: Record<string, string>) => {
      try {
        parseScaleConfig(env);
        return '';
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigError);
        return (error as Error).message;
      }
    };
    expect(problems({ DISCORD_PUBLIC_KEY: KEY })).toMatch(/INTERACTIONS_PORT is needed/);
    expect(problems({ DISCORD_TOKEN: 't', INTERACTIONS_PORT: '8080' })).toMatch(/DISCORD_PUBLIC_KEY is needed/);
    expect(problems({ DISCORD_PUBLIC_KEY: 'not-a-key', INTERACTIONS_PORT: '8080' })).toMatch(/DISCORD_PUBLIC_KEY must be the 64 hexadecimal digits/);
    expect(problems({ DISCORD_TOKEN: 't', GATEWAY: 'off' })).toMatch(/GATEWAY is off and no Interactions Endpoint/);
    expect(problems({ DISCORD_PUBLIC_KEY: KEY, INTERACTIONS_PORT: '8080', SHARD_COUNT: '2' })).toMatch(/SHARD_COUNT needs the gateway/);
    expect(problems({ DISCORD_TOKEN: 't', SHARD_COUNT: '0' })).toMatch(/SHARD_COUNT/);
    expect(problems({ DISCORD_TOKEN: 't', REDIS_URL: 'redis://r', CONVERSATION_MAX: '0' })).toMatch(/CONVERSATION_MAX must be at least 1/);
    expect(problems({ DISCORD_TOKEN: 't', REDIS_URL: 'redis://r', CONVERSATION_TTL: 'soon' })).toMatch(/CONVERSATION_TTL must be/);
    expect(problems({ DISCORD_TOKEN: 't', INTERACTIONS_PORT: '99999', DISCORD_PUBLIC_KEY: KEY })).toMatch(/INTERACTIONS_PORT must be a port/);
    const redis = problems({ DISCORD_TOKEN: 't', REDIS_URL: 'http://user:hunter22@x' });
    expect(redis).toMatch(/REDIS_URL must be a URL such as redis:/);
    expect(redis).not.toContain('hunter22');
  });
});
