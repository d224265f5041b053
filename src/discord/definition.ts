// One command, one definition: its name, description, options, Vietnamese and Chinese wording, help line,
// visibility and cooldown are typed data in its commands/ module, and everything else (the registered JSON,
// /help, the handler registry) is derived from it. Handlers get their options as typed arguments read from the
// same option list, so an option is never named twice (like yuudachi's `ArgsParam<typeof Command>`).
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  type APIApplicationCommandOption,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  type RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord.js';
import type { APIUser } from 'discord-api-types/v10';
import type { KnowledgeBase } from '../facts/types.js';
import type { Localized } from '../languages.js';
import type { Command, MessageCommand, RuntimeContext, Visibility } from './command.js';
import { CONTEXTS, INTEGRATION_TYPES } from './install.js';
import type { AutocompleteRequest, ChatInputRequest, MessageCommandRequest } from './interaction.js';
import { DiscordLimits } from './limits.js';
import type { Foreign } from './localizations.js';


export interface Wording {
  readonly name: string;
  readonly description: string;
}

/** A command's or option's name and description in each language besides English. */
export type Localizations = Readonly<Record<Foreign, Wording>>;

export interface Choice {
  readonly name: string;
  readonly value: string;
}

interface OptionBase {
  readonly description: string;
  readonly localizations: Localizations;
  readonly required?: boolean;
}

export interface StringOptionSpec extends OptionBase {
  readonly type: 'string';
  readonly autocomplete?: boolean;
  readonly maxLength?: number;
  /** Fixed choices, from the data; past Discord's 25 the option autocompletes instead. */
  readonly choices?: (kb: KnowledgeBase) => readonly Choice[];
}
export interface BooleanOptionSpec extends OptionBase {
  readonly type: 'boolean';
}
export interface UserOptionSpec extends OptionBase {
  readonly type: 'user';
}
export type OptionSpec = StringOptionSpec | BooleanOptionSpec | UserOptionSpec;
/** Options by name, in the order Discord shows them (required ones first: Discord's rule). */
export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

type ValueOf<O extends OptionSpec> = O extends StringOptionSpec ? string : O extends BooleanOptionSpec ? boolean : APIUser;
/** The handler's arguments: a required option's value, or an optional one's value or null. */
export type ArgsOf<Os extends OptionSpecs> = { readonly [K in keyof Os]: Os[K] extends { readonly required: true } ? ValueOf<Os[K]> : ValueOf<Os[K]> | null };

export interface SlashDefinition<Os extends OptionSpecs> {
  readonly name: string;
  readonly description: string;
  readonly localizations: Localizations;
  /** What /help says the command does, after its clickable name. */
  readonly help: Localized;
  /** 'hide-option' needs a `hide` boolean option (the loader checks). */
  readonly visibility: Visibility;
  /** Whether its public replies count toward the per-user cooldown (private ones never do). */
  readonly cooldown: boolean;
  readonly options: Os;
  readonly execute: (interaction: ChatInputRequest, args: ArgsOf<Os>, ctx: RuntimeContext) => Promise<void>;
  readonly autocomplete?: (interaction: AutocompleteRequest, ctx: RuntimeContext) => Promise<void>;
}

export interface MessageDefinition {
  readonly name: string;
  /** Context menu entries have a name only. */
  readonly localizations: Readonly<Record<Foreign, Pick<Wording, 'name'>>>;
  /** /help's line for it: it cannot be mentioned, so the line says where to find it. */
  readonly help: Localized;
  readonly visibility: Exclude<Visibility, 'hide-option'>;
  readonly cooldown: boolean;
  readonly execute: (interaction: MessageCommandRequest, ctx: RuntimeContext) => Promise<void>;
}

/** Discord's `vi` and `zh-CN` locales (localizations.ts maps them; the talk choices are localized there, from the data). */
const localized = (pick: (lang: Foreign) => string): Partial<Record<'vi' | 'zh-CN', string>> => ({ vi: pick('vi'), 'zh-CN': pick('zh') });

const OPTION_TYPE = { string: ApplicationCommandOptionType.String, boolean: ApplicationCommandOptionType.Boolean, user: ApplicationCommandOptionType.User } as const;

/** The JSON Discord registers for one option. */
export function optionJson(name: string, spec: OptionSpec, kb: KnowledgeBase): APIApplicationCommandOption {
  const base = {
    name,
    name_localizations: localized((l) => spec.localizations[l].name),
    description: spec.description,
    description_localizations: localized((l) => spec.localizations[l].description),
    required: spec.required ?? false,
  };
  if (spec.type !== 'string') return { ...base, type: OPTION_TYPE[spec.type] };
  const choices = spec.choices?.(kb) ?? [];
  const string = { ...base, type: ApplicationCommandOptionType.String, ...(spec.maxLength === undefined ? {} : { max_length: spec.maxLength }) } as const;
  // Discord allows 25 fixed choices, and never choices with autocomplete; past 25 the option autocompletes.
  if (choices.length > 0 && choices.length <= DiscordLimits.optionChoices) return { ...string, choices: [...choices] };
  return spec.autocomplete || choices.length > 0 ? { ...string, autocomplete: true } : string;
}

/** The typed arguments, read from the payload's options (a missing required option throws: bad input). */
function argsOf<Os extends OptionSpecs>(interaction: ChatInputRequest, options: Os): ArgsOf<Os> {
  const args: Record<string, string | boolean | APIUser | null> = {};
  const read = interaction.options;
  for (const [name, spec] of Object.entries(options)) {
    const required = spec.required ?? false;
    if (spec.type === 'string') args[name] = read.getString(name, required);
    else if (spec.type === 'boolean') args[name] = read.getBoolean(name, required);
    else args[name] = read.getUser(name, required);
  }
  // Each value was read with its spec's getter and `required`, which is what ArgsOf says of it.
  return args as ArgsOf<Os>;
}

/** A loaded slash command keeps its definition, for /help and tests. */
export interface DefinedCommand<Os extends OptionSpecs = OptionSpecs> extends Command {
  readonly definition: SlashDefinition<Os>;
  readonly help: Localized;
}
export interface DefinedMessageCommand extends MessageCommand {
  readonly definition: MessageDefinition;
  readonly help: Localized;
}

export function defineCommand<const Os extends OptionSpecs>(definition: SlashDefinition<Os>): DefinedCommand<Os> {
  return {
    definition,
    help: definition.help,
    visibility: definition.visibility,
    cooldown: definition.cooldown,
    data: ({ engine }): RESTPostAPIChatInputApplicationCommandsJSONBody => {
      const options = Object.entries(definition.options).map(([name, spec]) => optionJson(name, spec, engine.kb));
      return {
        type: ApplicationCommandType.ChatInput,
        name: definition.name,
        name_localizations: localized((l) => definition.localizations[l].name),
        description: definition.description,
        description_localizations: localized((l) => definition.localizations[l].description),
        // Present even when empty, as discord.js's builder sent it: the registered JSON stays what it was.
        options,
        integration_types: [...INTEGRATION_TYPES],
        contexts: [...CONTEXTS],
      };
    },
    execute: (interaction, ctx) => definition.execute(interaction, argsOf(interaction, definition.options), ctx),
    ...(definition.autocomplete ? { autocomplete: definition.autocomplete } : {}),
  };
}

export function defineMessageCommand(definition: MessageDefinition): DefinedMessageCommand {
  return {
    definition,
    help: definition.help,
    visibility: definition.visibility,
    cooldown: definition.cooldown,
    data: (): RESTPostAPIContextMenuApplicationCommandsJSONBody => ({
      type: ApplicationCommandType.Message,
      name: definition.name,
      name_localizations: localized((l) => definition.localizations[l].name),
      integration_types: [...INTEGRATION_TYPES],
      contexts: [...CONTEXTS],
    }),
    execute: definition.execute,
  };
}
