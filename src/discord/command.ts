// What a command module in commands/ must export, and the zod predicate that checks it at load.
import type {
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { z } from 'zod';
import type { Engine } from '../answering/engine.js';
import type { Logger } from './log.js';

export interface CommandContext {
  readonly engine: Engine;
  readonly log: Logger;
}

export interface Command {
  /** Builds the slash command definition; talk choices come from the data, hence the context. */
  readonly data: (ctx: CommandContext) => RESTPostAPIChatInputApplicationCommandsJSONBody;
  readonly execute: (interaction: ChatInputCommandInteraction, ctx: CommandContext) => Promise<void>;
  readonly autocomplete?: (interaction: AutocompleteInteraction, ctx: CommandContext) => Promise<void>;
}

/** The module shape: `export default { data, execute } satisfies Command`. */
export const commandModuleSchema = z.object({
  default: z.object({
    data: z.custom<Command['data']>((v) => typeof v === 'function', { message: 'data must be a function returning the definition' }),
    execute: z.custom<Command['execute']>((v) => typeof v === 'function', { message: 'execute must be a function' }),
    autocomplete: z
      .custom<NonNullable<Command['autocomplete']>>((v) => typeof v === 'function', { message: 'autocomplete must be a function' })
      .optional(),
  }),
});

const optionSchema = z.looseObject({
  name: z.string().regex(/^[\p{Ll}\p{N}_-]{1,32}$/u),
  description: z.string().min(1).max(100),
  choices: z.array(z.object({ name: z.string().min(1).max(100), value: z.union([z.string().max(100), z.number()]) })).max(25).optional(),
});

/** The definition a command builds, checked against Discord's rules before it is registered. */
export const definitionSchema = z.looseObject({
  name: z.string().regex(/^[\p{Ll}\p{N}_-]{1,32}$/u, { message: 'name must be 1-32 lower-case letters, digits, - or _' }),
  description: z.string().min(1).max(100),
  options: z.array(optionSchema).max(25).optional(),
});
