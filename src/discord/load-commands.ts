// Loads every module in commands/ and checks it; a malformed module stops start-up with its file name.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { COMMANDS_DIR } from '../paths.js';
import { commandModuleSchema, definitionSchema, type Command, type CommandContext } from './command.js';

export { COMMANDS_DIR };

export interface LoadedCommand {
  readonly file: string;
  readonly command: Command;
  readonly definition: RESTPostAPIChatInputApplicationCommandsJSONBody;
}

export class CommandLoadError extends Error {
  override readonly name = 'CommandLoadError';
}

export async function loadCommands(ctx: CommandContext, dir: string = COMMANDS_DIR): Promise<Map<string, LoadedCommand>> {
  const files = readdirSync(dir)
    .filter((f) => /\.(ts|js|mjs)$/.test(f) && !f.endsWith('.d.ts'))
    .sort();
  const commands = new Map<string, LoadedCommand>();
  for (const file of files) {
    let mod: unknown;
    try {
      mod = await import(pathToFileURL(join(dir, file)).href);
    } catch (error) {
      throw new CommandLoadError(`commands/${file} failed to load: ${error instanceof Error ? error.message : String(error)}`);
    }
    const parsed = commandModuleSchema.safeParse(mod);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new CommandLoadError(`commands/${file} is not a valid command module: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim());
    }
    const command: Command = parsed.data.default;
    const definition = command.data(ctx);
    const checked = definitionSchema.safeParse(definition);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      throw new CommandLoadError(`commands/${file} builds an invalid definition at ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? ''}`);
    }
    const seen = commands.get(definition.name);
    if (seen) throw new CommandLoadError(`commands/${file} and commands/${seen.file} both define /${definition.name}`);
    commands.set(definition.name, { file, command, definition });
  }
  if (commands.size === 0) throw new CommandLoadError(`no command modules found in ${dir}`);
  return commands;
}
