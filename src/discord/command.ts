// What a command module in commands/ must export, and the zod predicate that checks it at load.
import {
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  type RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord.js';
import { z } from 'zod';
import type { Engine } from '../answering/engine.js';
import type { Localized } from '../languages.js';
import type { Conversations } from '../conversation/conversations.js';
import type { CommandDirectory } from './command-directory.js';
import type { SharedCooldown } from './cooldown.js';
import type { AutocompleteRequest, ChatInputRequest, MessageCommandRequest } from './interaction.js';
import type { Logger } from './log.js';

/** What building a command's definition may read. */
export interface CommandContext {
  readonly engine: Engine;
  readonly log: Logger;
}

/** How an interaction or a mention ended, for the operator's metrics. */
export type Outcome = 'answered' | 'refused' | 'throttled' | 'failed';

/** Where handlers count what they did (Prometheus when /metrics is served; nothing otherwise). */
export interface InteractionMetrics {
  interaction(type: 'command' | 'button' | 'autocomplete' | 'mention', command: string, outcome: Outcome, seconds?: number): void;
}

/** What running a command (or a button) may use besides: the registered commands' ids and the cooldown. */
export interface RuntimeContext extends CommandContext {
  readonly directory: CommandDirectory;
  readonly cooldown: SharedCooldown;
  readonly metrics?: InteractionMetrics;
  /** Per channel (thread, DM) and user, what the last answer was about; null when CONVERSATION_TTL=off. */
  readonly conversations: Conversations | null;
  /** Whether the bot user is in a server (the gateway's guild cache); absent over HTTP, which cannot know. */
  readonly botInGuild?: (guildId: string) => boolean;
}

/**
 * Who sees the reply. Public replies count toward the per-user cooldown, which the interaction handler applies
 * before the command runs; ephemeral ones never do. 'hide-option' (the default): public unless `hide:true`.
 */
export const VISIBILITIES = ['public', 'ephemeral', 'hide-option'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

/** A slash command. */
export interface Command {
  /** Builds the slash command definition; talk choices come from the data, hence the context. */
  readonly data: (ctx: CommandContext) => RESTPostAPIChatInputApplicationCommandsJSONBody;
  readonly execute: (interaction: ChatInputRequest, ctx: RuntimeContext) => Promise<void>;
  readonly autocomplete?: (interaction: AutocompleteRequest, ctx: RuntimeContext) => Promise<void>;
  readonly visibility?: Visibility;
  /** Whether public replies count toward the per-user cooldown (default yes). */
  readonly cooldown?: boolean;
  /** /help's line for it in each language (definition.ts); a command without one is listed by name only. */
  readonly help?: Localized;
}

/** A message command (right-click a message → Apps). */
export interface MessageCommand {
  readonly data: (ctx: CommandContext) => RESTPostAPIContextMenuApplicationCommandsJSONBody;
  readonly execute: (interaction: MessageCommandRequest, ctx: RuntimeContext) => Promise<void>;
  readonly visibility?: Exclude<Visibility, 'hide-option'>;
  readonly cooldown?: boolean;
  readonly help?: Localized;
}

const fn = <T>(message: string) => z.custom<T>((v) => typeof v === 'function', { message });

/** The module shape: `export default defineCommand({ … })` (definition.ts), or a bare `{ data, execute }` object. */
export const commandModuleSchema = z.object({
  default: z.object({
    data: fn<(ctx: CommandContext) => unknown>('data must be a function returning the definition'),
    execute: fn<(interaction: never, ctx: RuntimeContext) => Promise<void>>('execute must be a function'),
    autocomplete: fn<NonNullable<Command['autocomplete']>>('autocomplete must be a function').optional(),
    visibility: z.enum(VISIBILITIES).optional(),
    cooldown: z.boolean().optional(),
    help: z.object({ en: z.string().min(1), vi: z.string().min(1), zh: z.string().min(1) }).optional(),
  }),
});

const optionSchema = z.looseObject({
  name: z.string().regex(/^[\p{Ll}\p{N}_-]{1,32}$/u),
  description: z.string().min(1).max(100),
  choices: z.array(z.object({ name: z.string().min(1).max(100), value: z.union([z.string().max(100), z.number()]) })).max(25).optional(),
});

/** Every command says where it can be installed and used (see install.ts). */
const installation = {
  integration_types: z.array(z.enum(ApplicationIntegrationType)).min(1, { message: 'must name at least one install type' }),
  contexts: z.array(z.enum(InteractionContextType)).min(1, { message: 'must name at least one context' }),
};

const chatInputSchema = z.looseObject({
  type: z.literal(ApplicationCommandType.ChatInput).optional(),
  name: z.string().regex(/^[\p{Ll}\p{N}_-]{1,32}$/u, { message: 'name must be 1-32 lower-case letters, digits, - or _' }),
  description: z.string().min(1).max(100),
  options: z.array(optionSchema).max(25).optional(),
  ...installation,
});

const messageSchema = z.looseObject({
  type: z.literal(ApplicationCommandType.Message),
  // Context menu names are shown as typed: capitals and spaces allowed.
  name: z.string().min(1).max(32),
  description: z.literal('', { message: 'a message command has no description' }).optional(),
  ...installation,
});

/** The rules a definition is checked against before it is registered: a message command's, or a slash command's. */
export function definitionSchema(definition: unknown): z.ZodType {
  const type = definition !== null && typeof definition === 'object' && 'type' in definition ? definition.type : undefined;
  return type === ApplicationCommandType.Message ? messageSchema : chatInputSchema;
}
