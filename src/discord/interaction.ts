// One interaction as the handlers see it, whatever brought it: the payload Discord sent (discord-api-types), read
// with a few getters, and the ways to answer it. The first answer goes to the transport's `first` (the gateway
// POSTs it to the interaction callback route, the HTTP endpoint makes it the HTTP response); edits and follow-ups
// go through the interaction webhook with @discordjs/rest. Nothing here builds discord.js objects.
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ChannelType,
  ComponentType,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  Routes,
  type APIApplicationCommandAutocompleteInteraction,
  type APIApplicationCommandInteractionDataBasicOption,
  type APIApplicationCommandOptionChoice,
  type APIChatInputApplicationCommandInteraction,
  type APIInteraction,
  type APIInteractionResponse,
  type APIInteractionResponseCallbackData,
  type APIMessage,
  type APIMessageApplicationCommandInteraction,
  type APIMessageComponentButtonInteraction,
  type APIUser,
  type InteractionContextType,
} from 'discord-api-types/v10';
import type { REST } from '@discordjs/rest';

/** Sends the interaction's first answer; rejects as Discord would (e.g. code 40060 when answered already). */
export type FirstResponse = (response: APIInteractionResponse) => Promise<void>;

/** What an option getter throws for a missing or mistyped option: bad input, never a failure of the bot. */
export class OptionProblem extends Error {
  override readonly name = 'OptionProblem';
}

/** The interactions the handlers serve. */
export type HandledPayload =
  | APIChatInputApplicationCommandInteraction
  | APIMessageApplicationCommandInteraction
  | APIMessageComponentButtonInteraction
  | APIApplicationCommandAutocompleteInteraction;

const DISCORD_EPOCH = 1_420_070_400_000n;
const THREADS: ReadonlySet<ChannelType> = new Set([ChannelType.PublicThread, ChannelType.PrivateThread, ChannelType.AnnouncementThread]);

/** The payload, if it is one the handlers serve (slash and message commands, buttons, autocomplete). */
export function handledPayload(payload: APIInteraction): HandledPayload | undefined {
  switch (payload.type) {
    case InteractionType.ApplicationCommand:
      return payload.data.type === ApplicationCommandType.ChatInput || payload.data.type === ApplicationCommandType.Message
        ? (payload as APIChatInputApplicationCommandInteraction | APIMessageApplicationCommandInteraction)
        : undefined;
    case InteractionType.MessageComponent:
      return payload.data.component_type === ComponentType.Button ? (payload as APIMessageComponentButtonInteraction) : undefined;
    case InteractionType.ApplicationCommandAutocomplete:
      return payload;
    default:
      return undefined;
  }
}

type BasicOption = APIApplicationCommandInteractionDataBasicOption;

export type ChatInputRequest = InteractionRequest<APIChatInputApplicationCommandInteraction>;
export type MessageCommandRequest = InteractionRequest<APIMessageApplicationCommandInteraction>;
export type ButtonRequest = InteractionRequest<APIMessageComponentButtonInteraction>;
export type AutocompleteRequest = InteractionRequest<APIApplicationCommandAutocompleteInteraction>;

/** A slash command's (or autocomplete's) options, read as discord.js's getters read them. */
export class CommandOptions {
  private readonly byName: ReadonlyMap<string, BasicOption>;

  constructor(
    options: readonly unknown[] | undefined,
    private readonly users: Readonly<Record<string, APIUser>> | undefined,
  ) {
    // Subcommands are not used by talks-bot: their options would be nested, and are not read.
    this.byName = new Map((options ?? []).filter(isBasicOption).map((o) => [o.name, o]));
  }

  private get(name: string, type: ApplicationCommandOptionType, required: boolean): BasicOption | null {
    const option = this.byName.get(name);
    if (!option) {
      if (required) throw new OptionProblem(`Required option "${name}" not found.`);
      return null;
    }
    if (option.type !== type) throw new OptionProblem(`Option "${name}" is of type: ${option.type}; expected ${type}.`);
    return option;
  }

  getString(name: string, required: true): string;
  getString(name: string, required?: boolean): string | null;
  getString(name: string, required = false): string | null {
    const option = this.get(name, ApplicationCommandOptionType.String, required);
    if (option === null) return null;
    if (typeof option.value !== 'string') throw new OptionProblem(`Option "${name}" has no string value.`);
    return option.value;
  }

  getBoolean(name: string, required: true): boolean;
  getBoolean(name: string, required?: boolean): boolean | null;
  getBoolean(name: string, required = false): boolean | null {
    const option = this.get(name, ApplicationCommandOptionType.Boolean, required);
    if (option === null) return null;
    if (typeof option.value !== 'boolean') throw new OptionProblem(`Option "${name}" has no boolean value.`);
    return option.value;
  }

  /** The user an option names, from the payload's resolved users (null when absent and not required). */
  getUser(name: string, required: true): APIUser;
  getUser(name: string, required?: boolean): APIUser | null;
  getUser(name: string, required = false): APIUser | null {
    const option = this.get(name, ApplicationCommandOptionType.User, required);
    if (option === null) return null;
    const user = typeof option.value === 'string' ? this.users?.[option.value] : undefined;
    if (!user) {
      if (required) throw new OptionProblem(`Option "${name}" names no resolved user.`);
      return null;
    }
    return user;
  }

  /** The option being typed in (autocomplete), as its name and what was typed so far. */
  getFocused(): { name: string; value: string } {
    for (const option of this.byName.values()) {
      if ('focused' in option && option.focused) return { name: option.name, value: String(option.value) };
    }
    throw new OptionProblem('No focused option for autocomplete interaction.');
  }
}

function isBasicOption(option: unknown): option is BasicOption {
  if (typeof option !== 'object' || option === null) return false;
  const { name, type } = option as { name?: unknown; type?: ApplicationCommandOptionType };
  return typeof name === 'string' && typeof type === 'number' && type !== ApplicationCommandOptionType.Subcommand && type !== ApplicationCommandOptionType.SubcommandGroup;
}

/**
 * One interaction and its answers. `replied` and `deferred` follow discord.js's meaning: a reply (or an edit of
 * the deferred one) sets `replied`; deferReply and deferUpdate set `deferred`; a follow-up changes neither.
 */
export class InteractionRequest<P extends HandledPayload = HandledPayload> {
  deferred = false;
  replied = false;
  /** Autocomplete: its choices were sent. */
  responded = false;
  private acknowledged = false;

  constructor(
    readonly payload: P,
    private readonly first: FirstResponse,
    private readonly rest: REST,
  ) {}

  get id(): string {
    return this.payload.id;
  }
  get locale(): string {
    return this.payload.locale;
  }
  /** The user who interacted, in a server or not. */
  get user(): APIUser {
    const user = this.payload.member?.user ?? this.payload.user;
    if (!user) throw new Error('interaction without a user');
    return user;
  }
  get channelId(): string | null {
    return this.payload.channel?.id ?? this.payload.channel_id ?? null;
  }
  get guildId(): string | null {
    return this.payload.guild_id ?? null;
  }
  get context(): InteractionContextType | null {
    return this.payload.context ?? null;
  }
  get inThread(): boolean {
    const type = this.payload.channel?.type;
    return type !== undefined && THREADS.has(type);
  }
  /** What the bot may do in the channel (Discord computes it for every interaction). */
  get appPermissions(): bigint {
    try {
      return BigInt(this.payload.app_permissions);
    } catch {
      return 0n;
    }
  }
  /** When Discord created the interaction (from its snowflake id), as Date.now() counts. */
  get createdTimestamp(): number {
    try {
      return Number((BigInt(this.payload.id) >> 22n) + DISCORD_EPOCH);
    } catch {
      return Date.now();
    }
  }

  isChatInputCommand(): this is InteractionRequest<APIChatInputApplicationCommandInteraction> {
    return this.payload.type === InteractionType.ApplicationCommand && this.payload.data.type === ApplicationCommandType.ChatInput;
  }
  isMessageContextMenuCommand(): this is InteractionRequest<APIMessageApplicationCommandInteraction> {
    return this.payload.type === InteractionType.ApplicationCommand && this.payload.data.type === ApplicationCommandType.Message;
  }
  isButton(): this is InteractionRequest<APIMessageComponentButtonInteraction> {
    return this.payload.type === InteractionType.MessageComponent;
  }
  isAutocomplete(): this is InteractionRequest<APIApplicationCommandAutocompleteInteraction> {
    return this.payload.type === InteractionType.ApplicationCommandAutocomplete;
  }

  /** The command's name (commands and autocomplete), or undefined for a button. */
  get commandName(): string | undefined {
    return this.payload.type === InteractionType.MessageComponent ? undefined : this.payload.data.name;
  }

  /** A button's custom_id ('' for anything else). */
  get customId(): string {
    return this.payload.type === InteractionType.MessageComponent ? this.payload.data.custom_id : '';
  }

  private read: CommandOptions | undefined;

  /** A slash command's or autocomplete's options (read once: the handler and the command both ask). */
  get options(): CommandOptions {
    if (this.read) return this.read;
    const p = this.payload;
    const resolved = p.type !== InteractionType.MessageComponent && p.data.type === ApplicationCommandType.ChatInput && 'resolved' in p.data ? p.data.resolved : undefined;
    this.read =
      p.type === InteractionType.MessageComponent || p.data.type !== ApplicationCommandType.ChatInput
        ? new CommandOptions([], undefined)
        : new CommandOptions(p.data.options, resolved && 'users' in resolved ? resolved.users : undefined);
    return this.read;
  }

  /** The message a button is on (buttons only). */
  get message(): APIMessage | undefined {
    return this.payload.type === InteractionType.MessageComponent ? this.payload.message : undefined;
  }

  /** The message a message command was used on. */
  get targetMessage(): APIMessage | undefined {
    const p = this.payload;
    if (p.type !== InteractionType.ApplicationCommand || p.data.type !== ApplicationCommandType.Message) return undefined;
    return p.data.resolved.messages[p.data.target_id];
  }

  private async acknowledge(response: APIInteractionResponse): Promise<void> {
    if (this.acknowledged) throw Object.assign(new Error('The reply to this interaction has already been sent or deferred.'), { code: 40060 });
    this.acknowledged = true;
    try {
      await this.first(response);
    } catch (error) {
      // Not delivered: as with discord.js, the interaction may still be answered.
      this.acknowledged = false;
      throw error;
    }
  }

  async reply(data: APIInteractionResponseCallbackData): Promise<void> {
    await this.acknowledge({ type: InteractionResponseType.ChannelMessageWithSource, data });
    this.replied = true;
  }

  /** "thinking…"; the answer then edits it (editReply). */
  async deferReply(ephemeral = false): Promise<void> {
    await this.acknowledge({ type: InteractionResponseType.DeferredChannelMessageWithSource, ...(ephemeral ? { data: { flags: MessageFlags.Ephemeral } } : {}) });
    this.deferred = true;
  }

  /** A button's message stays as it is; what comes next is a follow-up. */
  async deferUpdate(): Promise<void> {
    await this.acknowledge({ type: InteractionResponseType.DeferredMessageUpdate });
    this.deferred = true;
  }

  /** Autocomplete's suggestions. */
  async respond(choices: APIApplicationCommandOptionChoice[]): Promise<void> {
    await this.acknowledge({ type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices } });
    this.responded = true;
  }

  async editReply(data: APIInteractionResponseCallbackData): Promise<void> {
    if (!this.deferred && !this.replied) throw new Error('The reply to this interaction has not been sent or deferred.');
    await this.rest.patch(Routes.webhookMessage(this.payload.application_id, this.payload.token, '@original'), { body: data, auth: false });
    this.replied = true;
  }

  async followUp(data: APIInteractionResponseCallbackData): Promise<void> {
    if (!this.deferred && !this.replied) throw new Error('The reply to this interaction has not been sent or deferred.');
    await this.rest.post(Routes.webhook(this.payload.application_id, this.payload.token), { body: data, auth: false, query: new URLSearchParams({ wait: 'true' }) });
  }

  /** Sends a message in the interaction's channel as the bot (needs the bot token); returns the message. */
  postInChannel(body: unknown): Promise<unknown> {
    const channelId = this.channelId;
    if (!channelId) return Promise.reject(new Error('interaction without a channel'));
    return this.rest.post(Routes.channelMessages(channelId), { body });
  }
}
