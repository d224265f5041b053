// Loads every module in commands/ and checks it; a malformed module stops start-up with its file name. The
// registry it builds is the one list everything else derives from: dispatch, the deploy payload and /help.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  type RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord.js';
import type { Localized } from '../languages.js';
import { COMMANDS_DIR } from '../paths.js';
import { createCommandDirectory, type CommandDirectory } from './command-directory.js';
import { localizeCommand } from './localizations.js';
import type { Logger } from './log.js';
import { HIDE_OPTION } from './talk-option.js';
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

/** A command module as imported: its file name and what it exports. */
export interface CommandModuleFile {
  readonly file: string;
  readonly module: unknown;
}

/** Imports every module of `dir`, in file-name order. */
export async function importCommandModules(dir: string = COMMANDS_DIR): Promise<CommandModuleFile[]> {
  const files = readdirSync(dir)
    .filter((f) => /\.(ts|js|mjs)$/.test(f) && !f.endsWith('.d.ts'))
    .sort();
  const modules: CommandModuleFile[] = [];
  for (const file of files) {
    try {
      modules.push({ file, module: await import(pathToFileURL(join(dir, file)).href) });
    } catch (error) {
      throw new CommandLoadError(`commands/${file} failed to load: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return modules;
}

const hasHideOption = (definition: RESTPostAPIChatInputApplicationCommandsJSONBody) =>
  definition.options?.some((o) => o.name === HIDE_OPTION && o.type === ApplicationCommandOptionType.Boolean) ?? false;

/** One module checked and turned into the command it registers. `strict`: the bot's own, which must be worded in vi and zh. */
function registerOne({ file, module: mod }: CommandModuleFile, ctx: CommandContext, strict: boolean): LoadedCommand {
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
  // Every command of commands/ registers its Vietnamese and Chinese names and descriptions (its definition's localizations).
  let definition: unknown;
  try {
    definition = localizeCommand(raw as { name: string }, ctx.engine.kb, strict);
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
  // Said outright, 'hide-option' promises a `hide` the user can set (the default is kept for bare modules).
  if (loaded.kind === 'slash' && module.visibility === 'hide-option' && !hasHideOption(loaded.definition)) {
    throw new CommandLoadError(`commands/${file}: visibility 'hide-option' needs a boolean option named "${HIDE_OPTION}"`);
  }
  return loaded;
}

/**
 * The handler registry, by registered name, from command modules: what the gateway and the HTTP transport
 * dispatch to, what deploy registers (deployBody) and what /help lists (directoryFor).
 */
export function registerCommands(modules: readonly CommandModuleFile[], ctx: CommandContext, strict = true): Map<string, LoadedCommand> {
  const commands = new Map<string, LoadedCommand>();
  for (const entry of modules) {
    const loaded = registerOne(entry, ctx, strict);
    const seen = commands.get(loaded.definition.name);
    if (seen) throw new CommandLoadError(`commands/${entry.file} and commands/${seen.file} both define ${commandLabel(loaded.definition)}`);
    commands.set(loaded.definition.name, loaded);
  }
  return commands;
}

export async function loadCommands(ctx: CommandContext, dir: string = COMMANDS_DIR): Promise<Map<string, LoadedCommand>> {
  const commands = registerCommands(await importCommandModules(dir), ctx, dir === COMMANDS_DIR);
  if (commands.size === 0) throw new CommandLoadError(`no command modules found in ${dir}`);
  return commands;
}

/** What deploy-commands registers: every definition, in file order. */
export function deployBody(commands: ReadonlyMap<string, LoadedCommand>): (RESTPostAPIChatInputApplicationCommandsJSONBody | RESTPostAPIContextMenuApplicationCommandsJSONBody)[] {
  return [...commands.values()].map((c) => c.definition);
}

/** /help's directory of the commands: slash commands by mention with their help lines, message commands as notes. */
export function directoryFor(commands: ReadonlyMap<string, LoadedCommand>, read: () => Promise<unknown[]>, log: Logger): CommandDirectory {
  const slash = [...commands.values()].filter((c) => c.kind === 'slash');
  const lines = new Map<string, Localized>();
  for (const c of slash) if (c.command.help) lines.set(c.definition.name, c.command.help);
  const notes = [...commands.values()].flatMap((c) => (c.kind === 'message' && c.command.help ? [c.command.help] : []));
  return createCommandDirectory(
    slash.map((c) => c.definition.name),
    read,
    log,
    { lines, notes },
  );
}
