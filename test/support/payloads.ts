// Builders for the gateway/REST payloads the fake Discord sends. Typed against discord-api-types (re-exported by
// discord.js) so a field that discord.js needs cannot be forgotten silently; every field listed in a comment below
// was found missing the hard way (discord.js throws or silently drops the event without it).
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  ChannelType,
  InteractionContextType,
  InteractionType,
  Locale,
  MessageType,
  PermissionFlagsBits,
} from 'discord.js';
import type {
  APIApplicationCommandAutocompleteGuildInteraction,
  APIApplicationCommandInteractionDataBasicOption,
  APIApplicationCommandInteractionDataOption,
  APIApplicationCommandInteractionDataStringOption,
  APIChatInputApplicationCommandGuildInteraction,
  APIGuildMember,
  APIInteractionGuildMember,
  APIMessage,
  APIRole,
  APITextChannel,
  APIUser,
  GatewayMessageCreateDispatchData,
  GuildMemberFlags,
  RoleFlags,
} from 'discord.js';

// Flag enums have no 0 member, but "no flags" is what Discord sends for a plain role or member.
const NO_FLAGS = 0;

/** Fixed ids shared by FakeDiscord and the builders, so tests need not thread them through every call. */
export const DEFAULT_IDS = {
  applicationId: '1300000000000000001',
  botUserId: '1300000000000000001', // a bot user's id equals its application's id on real Discord
  guildId: '1300000000000000002',
  channelId: '1300000000000000003',
  userId: '1300000000000000004',
} as const;

const DISCORD_EPOCH = 1_420_070_400_000n;
let increment = 0n;

/** A unique, well-formed snowflake (timestamp + counter) so discord.js's createdAt getters stay sane. */
export function snowflake(): string {
  increment = (increment + 1n) & 0xfffn;
  return (((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | increment).toString();
}

/** What @everyone may do in the fake guild; also used as the bot's app_permissions. */
export const EVERYONE_PERMISSIONS = (
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.SendMessagesInThreads |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.AttachFiles |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.AddReactions |
  PermissionFlagsBits.UseApplicationCommands |
  PermissionFlagsBits.UseExternalEmojis
).toString();

export function userPayload(id: string, username: string, bot = false): APIUser {
  return { id, username, discriminator: '0', global_name: bot ? null : username, avatar: null, bot };
}

export function botUser(botUserId: string = DEFAULT_IDS.botUserId): APIUser {
  return userPayload(botUserId, 'talks-bot', true);
}

export function everyoneRole(guildId: string): APIRole {
  // discord.js resolves @everyone as the role whose id equals the guild id.
  return {
    id: guildId,
    name: '@everyone',
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    position: 0,
    permissions: EVERYONE_PERMISSIONS,
    managed: false,
    mentionable: false,
    flags: NO_FLAGS as RoleFlags,
  };
}

export function textChannel(channelId: string, guildId: string, name = 'general'): APITextChannel {
  return {
    id: channelId,
    type: ChannelType.GuildText,
    guild_id: guildId, // without it discord.js files the channel under no guild
    name,
    position: 0,
    permission_overwrites: [],
    nsfw: false,
    topic: null,
    last_message_id: null,
    rate_limit_per_user: 0,
    parent_id: null,
  };
}

/** A plain member with no roles; MESSAGE_CREATE carries it without `user`. */
function memberFields(): Omit<APIGuildMember, 'user'> {
  return {
    roles: [],
    joined_at: new Date(0).toISOString(),
    deaf: false,
    mute: false,
    flags: NO_FLAGS as GuildMemberFlags,
    nick: null,
    avatar: null,
    pending: false,
    premium_since: null,
    communication_disabled_until: null,
  };
}

export function guildMember(user: APIUser): APIGuildMember & { user: APIUser } {
  return { user, ...memberFields() };
}

function interactionMember(user: APIUser): APIInteractionGuildMember {
  // discord.js reads interaction.user from member.user in guilds.
  return { ...guildMember(user), permissions: EVERYONE_PERMISSIONS };
}

/** Where an interaction or message happens and who triggers it; each field defaults to DEFAULT_IDS. */
export interface ContextOptions {
  applicationId?: string;
  guildId?: string;
  channelId?: string;
  userId?: string;
  username?: string;
  locale?: Locale;
}

export type OptionValue = string | boolean | number;

function toOption(name: string, value: OptionValue): APIApplicationCommandInteractionDataBasicOption {
  if (typeof value === 'string') return { name, type: ApplicationCommandOptionType.String, value };
  if (typeof value === 'boolean') return { name, type: ApplicationCommandOptionType.Boolean, value };
  return Number.isInteger(value)
    ? { name, type: ApplicationCommandOptionType.Integer, value }
    : { name, type: ApplicationCommandOptionType.Number, value };
}

function toOptions(
  options: Record<string, OptionValue>,
  subcommand: string | undefined,
): APIApplicationCommandInteractionDataOption[] {
  const basic = Object.entries(options).map(([name, value]) => toOption(name, value));
  return subcommand === undefined ? basic : [{ name: subcommand, type: ApplicationCommandOptionType.Subcommand, options: basic }];
}

function interactionBase(ctx: ContextOptions) {
  const id = snowflake();
  const guildId = ctx.guildId ?? DEFAULT_IDS.guildId;
  const channelId = ctx.channelId ?? DEFAULT_IDS.channelId;
  const userId = ctx.userId ?? DEFAULT_IDS.userId;
  return {
    id,
    application_id: ctx.applicationId ?? DEFAULT_IDS.applicationId,
    token: `fake-interaction-token-${id}`,
    version: 1 as const,
    guild_id: guildId,
    guild: { id: guildId, features: [], locale: Locale.EnglishUS },
    // interaction.channelId comes from this object, not from channel_id.
    channel: textChannel(channelId, guildId),
    channel_id: channelId,
    member: interactionMember(userPayload(userId, ctx.username ?? 'asker')),
    app_permissions: EVERYONE_PERMISSIONS,
    locale: ctx.locale ?? Locale.EnglishUS,
    guild_locale: Locale.EnglishUS,
    // discord.js calls .reduce / Object.entries on these two unconditionally.
    entitlements: [],
    authorizing_integration_owners: { [ApplicationIntegrationType.GuildInstall]: guildId },
    context: InteractionContextType.Guild,
    attachment_size_limit: 10 * 1024 * 1024,
  };
}

export interface ChatInputOptions extends ContextOptions {
  name: string;
  options?: Record<string, OptionValue>;
  subcommand?: string;
  commandId?: string;
}

/** A slash-command INTERACTION_CREATE payload (type 2, data.type 1) from a guild member. */
export function chatInputInteraction(opts: ChatInputOptions): APIChatInputApplicationCommandGuildInteraction {
  const base = interactionBase(opts);
  return {
    ...base,
    type: InteractionType.ApplicationCommand,
    data: {
      id: opts.commandId ?? snowflake(),
      name: opts.name,
      type: ApplicationCommandType.ChatInput, // without it discord.js ignores the interaction
      guild_id: base.guild_id,
      options: toOptions(opts.options ?? {}, opts.subcommand),
    },
  };
}

export interface AutocompleteOptions extends ContextOptions {
  name: string;
  /** The option the user is typing in; autocomplete values arrive as strings. */
  focused: { name: string; value: string };
  options?: Record<string, OptionValue>;
  subcommand?: string;
  commandId?: string;
}

/** An autocomplete INTERACTION_CREATE payload (type 4) with one focused string option. */
export function autocompleteInteraction(opts: AutocompleteOptions): APIApplicationCommandAutocompleteGuildInteraction {
  const base = interactionBase(opts);
  const focused: APIApplicationCommandInteractionDataStringOption = {
    name: opts.focused.name,
    type: ApplicationCommandOptionType.String,
    value: opts.focused.value,
    focused: true,
  };
  const others = Object.entries(opts.options ?? {}).map(([name, value]) => toOption(name, value));
  const options: APIApplicationCommandInteractionDataOption[] =
    opts.subcommand === undefined
      ? [...others, focused]
      : [{ name: opts.subcommand, type: ApplicationCommandOptionType.Subcommand, options: [...others, focused] }];
  return {
    ...base,
    type: InteractionType.ApplicationCommandAutocomplete,
    data: {
      id: opts.commandId ?? snowflake(),
      name: opts.name,
      type: ApplicationCommandType.ChatInput,
      guild_id: base.guild_id,
      options,
    },
  };
}

export interface MessageOptions {
  id?: string;
  channelId: string;
  guildId?: string;
  author: APIUser;
  content: string;
  type?: MessageType;
  mentions?: APIUser[];
}

/** A complete message object, as both MESSAGE_CREATE and the REST message endpoints carry it. */
export function messagePayload(opts: MessageOptions): APIMessage & { guild_id?: string } {
  return {
    id: opts.id ?? snowflake(),
    channel_id: opts.channelId,
    ...(opts.guildId === undefined ? {} : { guild_id: opts.guildId }),
    author: opts.author,
    content: opts.content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: opts.mentions ?? [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    components: [],
    pinned: false,
    type: opts.type ?? MessageType.Default,
  };
}

export interface MentionMessageOptions extends ContextOptions {
  content: string;
  botUserId?: string;
}

/**
 * A MESSAGE_CREATE payload from a guild member that @-mentions the bot. `<@botId>` is prepended unless the content
 * already contains it; the bot is listed in `mentions`, which is what message.mentions.has(client.user) checks.
 */
export function mentionMessage(opts: MentionMessageOptions): GatewayMessageCreateDispatchData {
  const botUserId = opts.botUserId ?? DEFAULT_IDS.botUserId;
  const mention = `<@${botUserId}>`;
  const guildId = opts.guildId ?? DEFAULT_IDS.guildId;
  const author = userPayload(opts.userId ?? DEFAULT_IDS.userId, opts.username ?? 'asker');
  const message = messagePayload({
    channelId: opts.channelId ?? DEFAULT_IDS.channelId,
    guildId,
    author,
    content: opts.content.includes(mention) ? opts.content : `${mention} ${opts.content}`,
    mentions: [botUser(botUserId)],
  });
  return { ...message, guild_id: guildId, member: memberFields() };
}
