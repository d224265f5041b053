// Builders for the gateway/REST payloads the fake Discord sends. Typed against discord-api-types (re-exported by
// discord.js) so a field that discord.js needs cannot be forgotten silently; every field listed in a comment below
// was found missing the hard way (discord.js throws or silently drops the event without it).
import {
  ComponentType,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  ChannelType,
  InteractionContextType,
  InteractionType,
  Locale,
  MessageType,
  PermissionFlagsBits,
  ThreadAutoArchiveDuration,
} from 'discord.js';
import type {
  APIApplicationCommandAutocompleteGuildInteraction,
  APIApplicationCommandInteractionDataBasicOption,
  APIApplicationCommandInteractionDataOption,
  APIApplicationCommandInteractionDataStringOption,
  APIChannel,
  APIChatInputApplicationCommandGuildInteraction,
  APIDMChannel,
  APIGuildForumChannel,
  APIInteraction,
  APIThreadChannel,
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

/** A public thread in `parentId` (a text channel, or a forum channel for a forum post). */
export function threadChannel(id: string, guildId: string, parentId: string, name = 'a thread'): APIThreadChannel {
  return {
    id,
    type: ChannelType.PublicThread,
    guild_id: guildId,
    parent_id: parentId,
    name,
    owner_id: DEFAULT_IDS.userId,
    last_message_id: null,
    rate_limit_per_user: 0,
    message_count: 1,
    member_count: 1,
    total_message_sent: 1,
    thread_metadata: { archived: false, auto_archive_duration: ThreadAutoArchiveDuration.OneDay, archive_timestamp: new Date(0).toISOString(), locked: false },
    applied_tags: [],
  };
}

export function forumChannel(id: string, guildId: string, name = 'forum'): APIGuildForumChannel {
  return {
    id,
    type: ChannelType.GuildForum,
    guild_id: guildId,
    name,
    position: 1,
    permission_overwrites: [],
    nsfw: false,
    topic: null,
    last_message_id: null,
    rate_limit_per_user: 0,
    parent_id: null,
    available_tags: [],
    default_reaction_emoji: null,
    default_thread_rate_limit_per_user: 0,
    default_sort_order: null,
    default_forum_layout: 0,
  };
}

/** A DM channel between `users` (the bot and one user, or two users for a private channel). */
export function dmChannel(id: string, users: APIUser[]): APIDMChannel {
  return { id, type: ChannelType.DM, recipients: users, last_message_id: null, name: null, flags: 0 } as unknown as APIDMChannel;
}

/** The bot's managed role: the one Discord makes when the bot joins with permissions (tags.bot_id). */
export function botRole(id: string, botUserId: string = DEFAULT_IDS.botUserId): APIRole {
  return { ...everyoneRole(id), id, name: 'talks-bot', position: 1, managed: true, tags: { bot_id: botUserId } };
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
  /**
   * Where it happens: a server with the bot (default); a server where only the user installed the app (the bot is
   * not there); the bot's DM; a private channel (a DM between users, the app installed by the user).
   */
  place?: 'guild' | 'user-install-guild' | 'bot-dm' | 'private-channel';
  /** The channel as the interaction carries it (a thread, say); by default a text channel or the DM. */
  channel?: APIChannel;
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
  const user = userPayload(userId, ctx.username ?? 'asker');
  const common = {
    id,
    application_id: ctx.applicationId ?? DEFAULT_IDS.applicationId,
    token: `fake-interaction-token-${id}`,
    version: 1 as const,
    app_permissions: EVERYONE_PERMISSIONS,
    locale: ctx.locale ?? Locale.EnglishUS,
    // discord.js calls .reduce / Object.entries on these two unconditionally.
    entitlements: [],
    attachment_size_limit: 10 * 1024 * 1024,
  };
  const place = ctx.place ?? 'guild';
  if (place === 'bot-dm' || place === 'private-channel') {
    const others = place === 'bot-dm' ? [botUser()] : [userPayload('1300000000000000099', 'friend')];
    return {
      ...common,
      channel: ctx.channel ?? dmChannel(channelId, [user, ...others]),
      channel_id: channelId,
      user,
      authorizing_integration_owners: { [ApplicationIntegrationType.UserInstall]: userId },
      context: place === 'bot-dm' ? InteractionContextType.BotDM : InteractionContextType.PrivateChannel,
    };
  }
  return {
    ...common,
    guild_id: guildId,
    guild: { id: guildId, features: [], locale: Locale.EnglishUS },
    // interaction.channelId comes from this object, not from channel_id.
    channel: ctx.channel ?? textChannel(channelId, guildId),
    channel_id: channelId,
    member: interactionMember(user),
    guild_locale: Locale.EnglishUS,
    authorizing_integration_owners:
      place === 'user-install-guild' ? { [ApplicationIntegrationType.UserInstall]: userId } : { [ApplicationIntegrationType.GuildInstall]: guildId },
    context: InteractionContextType.Guild,
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
  // The guild-shaped type covers the DM forms too as far as the tests read them (id, token, data).
  const base = interactionBase(opts);
  return {
    ...base,
    type: InteractionType.ApplicationCommand,
    data: {
      id: opts.commandId ?? snowflake(),
      name: opts.name,
      type: ApplicationCommandType.ChatInput, // without it discord.js ignores the interaction
      ...('guild_id' in base ? { guild_id: base.guild_id } : {}),
      options: toOptions(opts.options ?? {}, opts.subcommand),
    },
  } as APIChatInputApplicationCommandGuildInteraction;
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
      ...('guild_id' in base ? { guild_id: base.guild_id } : {}),
      options,
    },
  } as APIApplicationCommandAutocompleteGuildInteraction;
}

export interface MessageCommandOptions extends ContextOptions {
  name: string;
  /** The message right-clicked, as Discord resolves it (content included). */
  target: APIMessage;
}

/** A message command INTERACTION_CREATE (type 2, data.type 3): "Apps → <name>" on `target`. */
export function messageCommandInteraction(opts: MessageCommandOptions): APIInteraction & { id: string; token: string } {
  const base = interactionBase({ channelId: opts.target.channel_id, ...opts });
  return {
    ...base,
    type: InteractionType.ApplicationCommand,
    data: {
      id: snowflake(),
      name: opts.name,
      type: ApplicationCommandType.Message,
      target_id: opts.target.id,
      resolved: { messages: { [opts.target.id]: opts.target } },
      ...('guild_id' in base ? { guild_id: base.guild_id } : {}),
    },
  } as unknown as APIInteraction & { id: string; token: string };
}

export interface ButtonOptions extends ContextOptions {
  customId: string;
  /** The message the button is on. */
  message: APIMessage;
}

/** A button click INTERACTION_CREATE (type 3, component type 2) on `message`. */
export function buttonInteraction(opts: ButtonOptions): APIInteraction & { id: string; token: string } {
  const base = interactionBase({ channelId: opts.message.channel_id, ...opts });
  return {
    ...base,
    type: InteractionType.MessageComponent,
    data: { custom_id: opts.customId, component_type: ComponentType.Button },
    message: opts.message,
  } as unknown as APIInteraction & { id: string; token: string };
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
  /** The channel's type, as MESSAGE_CREATE carries it (a thread, say); default a text channel. */
  channelType?: ChannelType;
  /** Mention this role (the bot's managed role) instead of the bot itself. */
  roleId?: string;
  /**
   * A Discord reply to this message (one of the bot's): with the reply's @ on, as Discord sends it by default, the
   * bot is mentioned without `<@bot>` in the content.
   */
  replyTo?: APIMessage;
}

/**
 * A MESSAGE_CREATE payload from a guild member that @-mentions the bot. `<@botId>` is prepended unless the content
 * already contains it; the bot is listed in `mentions`, which is what message.mentions.has(client.user) checks.
 */
export function mentionMessage(opts: MentionMessageOptions): GatewayMessageCreateDispatchData {
  const botUserId = opts.botUserId ?? DEFAULT_IDS.botUserId;
  const mention = opts.roleId ? `<@&${opts.roleId}>` : `<@${botUserId}>`;
  const guildId = opts.guildId ?? DEFAULT_IDS.guildId;
  const author = userPayload(opts.userId ?? DEFAULT_IDS.userId, opts.username ?? 'asker');
  const channelId = opts.replyTo?.channel_id ?? opts.channelId ?? DEFAULT_IDS.channelId;
  const message = messagePayload({
    channelId,
    guildId,
    author,
    content: opts.replyTo || opts.content.includes(mention) ? opts.content : `${mention} ${opts.content}`,
    mentions: opts.roleId ? [] : [botUser(botUserId)],
    ...(opts.replyTo ? { type: MessageType.Reply } : {}),
  });
  const reply = opts.replyTo
    ? { message_reference: { type: 0, message_id: opts.replyTo.id, channel_id: channelId, guild_id: guildId }, referenced_message: opts.replyTo }
    : {};
  return {
    ...message,
    ...reply,
    ...(opts.roleId ? { mention_roles: [opts.roleId] } : {}),
    guild_id: guildId,
    member: memberFields(),
    channel_type: opts.channelType ?? ChannelType.GuildText,
  } as GatewayMessageCreateDispatchData;
}

/** A MESSAGE_CREATE in the bot's DM with a user: no guild, no mention needed. */
export function dmMessage(opts: { content: string; channelId: string; userId?: string; username?: string }): GatewayMessageCreateDispatchData {
  const author = userPayload(opts.userId ?? DEFAULT_IDS.userId, opts.username ?? 'asker');
  return { ...messagePayload({ channelId: opts.channelId, author, content: opts.content }), channel_type: ChannelType.DM };
}
