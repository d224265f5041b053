// `npm start`: serve Discord when DISCORD_TOKEN is set, otherwise open the local console.
import { config } from 'dotenv';
import { loadEngine } from './answering/load.js';
import { describeStartupError } from './console/io.js';
import { runRepl } from './console/repl.js';

config({ quiet: true });

async function main(): Promise<void> {
  const engine = loadEngine();
  if (process.env.DISCORD_TOKEN?.trim()) {
    // Loaded only when needed: the console must not pay for discord.js.
    const { startBot } = await import('./discord/start.js');
    await startBot(engine, process.env);
    return;
  }
  await runRepl(engine);
}

main().catch((error: unknown) => {
  process.stderr.write(`${describeStartupError(error)}\n`);
  process.exitCode = 1;
});
