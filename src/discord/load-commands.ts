// Loads every module in commands/ and checks it; a malformed module stops start-up with its file name.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  ApplicationCommandType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  type RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord.js';
import { COMMANDS_DIR } from '../paths.js';
import { localizeCommand } from './localizations.js';
import { commandModuleSchema, definitionSchema, type Command, type CommandContext, type MessageCommand } from './command.js';

export { COMMANDS_DIR };

/** A loaded command: a slash command or a message command, with the definition it registers. */
export type LoadedCommand =
  | { readonly kind: 'slash'; readonly file: string; readonly command: Command; readonly definition: RESTPostAPIChatInputApplicationCommandsJSONBody }
  | { readonly kind: 'message'; readonly file: string; readonly command: MessageCommand; readonly definition: RESTPostAPIContextMenuApplicationCommandsJSONBody };

export class CommandLoadError extends Error {
  override readonly name = 'CommandLoadError';
}

/** How a command is named in messages: "/who", or "Find sources" for a message command. */
export function commandLabel(definition: { readonly name: string; readonly type?: ApplicationCommandType }): string {
  return definition.type === ApplicationCommandType.Message ? `"${definition.name}"` : `/${definition.name}`;
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
    const module = parsed.data.default;
    const raw: unknown = module.data(ctx);
    const checked = definitionSchema(raw).safeParse(raw);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      throw new CommandLoadError(`commands/${file} builds an invalid definition at ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? ''}`);
    }
    // Every command of commands/ registers its Vietnamese and Chinese names and descriptions (src/discord/localizations.ts).
    let definition: unknown;
    try {
      definition = localizeCommand(raw as { name: string }, ctx.engine.kb, dir === COMMANDS_DIR);
    } catch (error) {
      throw new CommandLoadError(`commands/${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
    // The schemas above checked the shape each kind needs; the casts only name which kind it is.
    const loaded: LoadedCommand =
      (definition as { type?: unknown }).type === ApplicationCommandType.Message
        ? { kind: 'message', file, command: module as unknown as MessageCommand, definition: definition as RESTPostAPIContextMenuApplicationCommandsJSONBody }
        : { kind: 'slash', file, command: module as unknown as Command, definition: definition as RESTPostAPIChatInputApplicationCommandsJSONBody };
    if (loaded.kind === 'message' && module.visibility === 'hide-option') {
      throw new CommandLoadError(`commands/${file} is a message command: it has no hide option, so its visibility must be public or ephemeral`);
    }
    const seen = commands.get(loaded.definition.name);
    if (seen) throw new CommandLoadError(`commands/${file} and commands/${seen.file} both define ${commandLabel(loaded.definition)}`);
    commands.set(loaded.definition.name, loaded);
  }
  if (commands.size === 0) throw new CommandLoadError(`no command modules found in ${dir}`);
  return commands;
}
