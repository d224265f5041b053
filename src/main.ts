// `npm start` / `node dist/src/main.js`: serve Discord when DISCORD_TOKEN is set, otherwise open the local
// console. Without a token and without a terminal (a service started with a blank token, a pipe), it says
// so on stderr; with no input at all it exits 1, so a misconfigured service is never a silent success.
import { describeStartupError } from './startup-error.js';
import { loadEnvironment, tokenFrom, wantsScaleOut } from './env.js';

async function main(): Promise<number> {
  const env = loadEnvironment();
  // Loaded only when needed: each path must not pay for the other (discord.js, or the console).
  const { loadEngine } = await import('./answering/load.js');
  // Any scaled-out variable (HTTP interactions, health port, shards, Redis), or this process is a shard.
  if (wantsScaleOut(env)) {
    const { serve } = await import('./serve.js');
    // A shard manager never answers: it does not load the knowledge base.
    await serve(loadEngine, env);
    return 0;
  }
  const engine = loadEngine();
  if (tokenFrom(env)) {
    const { startBot } = await import('./discord/start.js');
    await startBot(engine, env);
    return 0;
  }
  const [{ runRepl }, { consoleConversations }] = await Promise.all([import('./console/repl.js'), import('./console/conversation.js')]);
  const interactive = process.stdin.isTTY === true;
  if (!interactive) {
    process.stderr.write('talks-bot: DISCORD_TOKEN is not set, so this is the local console, reading questions from standard input.\n');
  }
  const { lines } = await runRepl({ engine, conversations: consoleConversations(engine, env) });
  if (!interactive && lines === 0) {
    process.stderr.write('talks-bot: no input, nothing to answer. To serve Discord, set DISCORD_TOKEN (in .env or the environment).\n');
    return 1;
  }
  return 0;
}

main().then(
  (code) => {
    if (code !== 0) process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${describeStartupError(error)}\n`);
    process.exitCode = 1;
  },
);
