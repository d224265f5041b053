// The ids Discord gave the registered slash commands, so /help can show them as clickable command mentions
// (`</who:123…>`). Read from Discord (the commands deploy-commands registered) on first need, kept once read;
// until they are known, or when reading fails, commands are named as plain "/who", which still reads well.
// It also holds each command's help line (from its definition), so that /help is derived from the commands.
import { chatInputApplicationCommandMention } from 'discord.js';
import { z } from 'zod';
import type { Lang, Localized } from '../languages.js';
import type { Logger } from './log.js';

/** What /help says of the commands, from their definitions. */
export interface DirectoryHelp {
  /** A slash command's line, after its mention. */
  readonly lines?: ReadonlyMap<string, Localized>;
  /** Lines of commands that cannot be mentioned (message commands), after the slash commands. */
  readonly notes?: readonly Localized[];
}

export interface CommandDirectory {
  /** The slash commands in the order help lists them. */
  readonly names: readonly string[];
  /** Reads the ids if not known yet, waiting at most `timeoutMs`; never throws. */
  ensure(timeoutMs?: number): Promise<void>;
  /** `</name:id>` when the id is known, else `/name`. */
  mention(name: string): string;
  /** /help's lines in `lang`: each slash command (mention and help line) in help's order, then the notes. */
  help(lang: Lang): { readonly lines: readonly string[]; readonly notes: readonly string[] };
}

/** The registered commands as Discord lists them (only what is read here). */
export const registeredCommands = z.array(z.looseObject({ id: z.string().regex(/^\d{17,20}$/), name: z.string(), type: z.number().optional() }));
export type RegisteredCommands = z.infer<typeof registeredCommands>;

/** How long a failed read is not retried. */
const RETRY_AFTER_MS = 60_000;
const CHAT_INPUT = 1;

/** The order help names the commands in; others follow alphabetically. */
const HELP_ORDER = ['who', 'when', 'agreements', 'topics', 'talks', 'source', 'ask', 'cite', 'help'];

export function helpOrder(names: Iterable<string>): string[] {
  const rank = (n: string) => {
    const i = HELP_ORDER.indexOf(n);
    return i < 0 ? HELP_ORDER.length : i;
  };
  return [...names].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/**
 * `read` returns the commands registered for the application: globally, then (when commands were deployed to one
 * server) that server's; an id read later for the same name wins.
 */
export function createCommandDirectory(names: Iterable<string>, read: () => Promise<unknown[]>, log: Logger, help: DirectoryHelp = {}): CommandDirectory {
  const ordered = helpOrder(names);
  let ids: Map<string, string> | null = null;
  let pending: Promise<void> | null = null;
  let failedAt = -Infinity;

  const load = async () => {
    try {
      const lists = await read();
      const found = new Map<string, string>();
      for (const list of lists) {
        for (const c of registeredCommands.parse(list)) if ((c.type ?? CHAT_INPUT) === CHAT_INPUT) found.set(c.name, c.id);
      }
      ids = found;
      const missing = ordered.filter((n) => !found.has(n));
      if (missing.length > 0) log.warn('commands not registered with Discord: run deploy-commands', { missing });
    } catch (error) {
      failedAt = Date.now();
      log.warn('could not read the registered commands; /help names them without links', { error });
    } finally {
      pending = null;
    }
  };

  const directory: CommandDirectory = {
    names: ordered,
    async ensure(timeoutMs = 1_000) {
      if (ids || Date.now() - failedAt < RETRY_AFTER_MS) return;
      pending ??= load();
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([pending, new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)))]);
      clearTimeout(timer);
    },
    mention(name) {
      const id = ids?.get(name);
      return id ? chatInputApplicationCommandMention(name, id) : `/${name}`;
    },
    help(lang) {
      const line = (name: string) => {
        const text = help.lines?.get(name)?.[lang];
        return text ? `${directory.mention(name)}: ${text}` : directory.mention(name);
      };
      return { lines: ordered.map(line), notes: (help.notes ?? []).map((n) => n[lang]) };
    },
  };
  return directory;
}
