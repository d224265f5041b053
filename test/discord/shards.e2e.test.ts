// SHARD_COUNT: the gateway as shard processes under discord.js's ShardingManager, against a fake Discord that
// recommends two shards and routes each guild to shard (guild_id >> 22) % 2: a mention answered in a guild on each
// shard, log lines naming their shard, merged metrics on HEALTH_PORT, a dead shard respawned alone, and SIGTERM to
// the top process stopping every shard and leaving no process behind.
import { afterEach, describe, expect, it } from 'vitest';
import { FakeDiscord, shardOf } from '../support/fake-discord.js';
import { mentionMessage } from '../support/payloads.js';
import { MAIN, cleanEnv, freePort, killAll, runNode } from '../support/process.js';
import { get } from '../support/scale.js';
import { asObject, parseLogLine } from './helpers.js';

const fakes: FakeDiscord[] = [];
afterEach(async () => {
  killAll();
  await Promise.all(fakes.splice(0).map((f) => f.stop()));
});

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('gateway shards, a process each', { timeout: 60_000 }, () => {
  it('answers a mention in a guild on each shard, names the shard in its logs, respawns a dead shard, and stops them all on SIGTERM', async () => {
    const fake = await FakeDiscord.start({ shards: 2, maxConcurrency: 16, extraGuilds: 1 });
    fakes.push(fake);
    const [home = '', other = ''] = fake.guildIds;
    expect(new Set([shardOf(home, 2), shardOf(other, 2)])).toEqual(new Set([0, 1]));
    const port = await freePort();
    const proc = runNode([MAIN], cleanEnv({ DISCORD_TOKEN: fake.token, DISCORD_API_URL: fake.apiUrl, SHARD_COUNT: 'auto', HEALTH_PORT: String(port), LOG_FORMAT: 'json' }));
    const logs = () => proc.stderr().split('\n').filter((l) => l.startsWith('{')).map(parseLogLine);
    await proc.waitForStderrLine(/"mode":"shards".*"msg":"ready"/, 40_000);
    expect(fake.identifies.filter((i) => i.accepted).map((i) => i.shard).sort()).toEqual([[0, 2], [1, 2]]);
    const ready = await get(`http://127.0.0.1:${port}/readyz`);
    expect(ready).toMatchObject({ status: 200, json: { ready: true, shards: [{ id: 0, ready: true }, { id: 1, ready: true }] } });

    for (const guildId of [home, other]) {
      const channelId = fake.channelOf(guildId);
      fake.sendMessage(mentionMessage({ content: 'when were the phone talks?', guildId, channelId }));
      const reply = await fake.waitForRequest((r) => r.method === 'POST' && r.path === `/channels/${channelId}/messages`, 10_000);
      expect(asObject(reply.body).allowed_mentions).toMatchObject({ parse: [] });
    }
    await fake.waitFor(() => logs().filter((l) => l.msg === 'mention answered').length === 2 || undefined, 5000, 'two "mention answered" lines');
    const answered = logs().filter((l) => l.msg === 'mention answered');
    expect(answered.map((l) => l.shard).sort()).toEqual([0, 1]);
    const metrics = await get(`http://127.0.0.1:${port}/metrics`);
    expect(metrics.text).toMatch(/talks_bot_gateway_up\{shard="0"\} 1/);
    expect(metrics.text).toMatch(/talks_bot_gateway_up\{shard="1"\} 1/);
    expect(metrics.text).toMatch(/talks_bot_interactions_total\{type="mention",command="mention",outcome="answered"\} 2/);

    // One shard dies: it alone is started again.
    const pids = () => logs().filter((l) => l.msg === 'shard started').map((l) => ({ shard: l.shard, pid: Number(l.pid) }));
    const first = pids();
    expect(first).toHaveLength(2);
    const victim = first.find((p) => p.shard === 1);
    process.kill(victim?.pid ?? 0, 'SIGKILL');
    await proc.waitForStderrLine(/"msg":"shard process died: respawning it"/, 10_000);
    await fake.waitFor(() => fake.identifies.filter((i) => i.accepted && i.shard[0] === 1).length === 2 || undefined, 20_000, 'shard 1 identifying again');
    expect(fake.identifies.filter((i) => i.accepted && i.shard[0] === 0)).toHaveLength(1);
    await proc.waitForStderrLine(/"shard":1,"msg":"shard ready"/, 10_000).catch(() => undefined);

    const all = pids().map((p) => p.pid);
    expect(all).toHaveLength(3);
    proc.child.kill('SIGTERM');
    const exit = await proc.exited(20_000);
    expect(exit.code).toBe(0);
    expect(all.filter(alive)).toEqual([]);
    expect(fake.clientCloseCodes.filter((c) => c === 1000).length).toBeGreaterThanOrEqual(2);
  });
});
