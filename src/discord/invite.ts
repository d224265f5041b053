// The install links the ready line prints: to a server (the two scopes the bot uses and only the permissions
// it needs) and to a user's account (commands only; they then work in any server, DM or group DM).
import { ApplicationIntegrationType, OAuth2Scopes, PermissionFlagsBits, PermissionsBitField } from 'discord.js';

/**
 * View Channels, Send Messages, Send Messages in Threads, Embed Links, Read Message History, Add Reactions
 * (274877992000): replying to mentions with an embed, in channels, threads and forum posts, posting quotes as
 * replies, reading the answer a reply continues from, and ⏳ on a mention past the cooldown.
 */
export const BOT_PERMISSIONS = new PermissionsBitField([
  PermissionFlagsBits.ViewChannel,
  PermissionFlagsBits.SendMessages,
  PermissionFlagsBits.SendMessagesInThreads,
  PermissionFlagsBits.EmbedLinks,
  PermissionFlagsBits.ReadMessageHistory,
  PermissionFlagsBits.AddReactions,
]);

export function inviteUrl(applicationId: string): string {
  const params = new URLSearchParams({
    client_id: applicationId,
    scope: [OAuth2Scopes.Bot, OAuth2Scopes.ApplicationsCommands].join(' '),
    permissions: BOT_PERMISSIONS.bitfield.toString(),
  });
  return `https://discord.com/oauth2/authorize?${params.toString()}`;
}

/** User install: needs "User Install" ticked under Installation in the Developer Portal. */
export function userInstallUrl(applicationId: string): string {
  const params = new URLSearchParams({
    client_id: applicationId,
    integration_type: String(ApplicationIntegrationType.UserInstall),
    scope: OAuth2Scopes.ApplicationsCommands,
  });
  return `https://discord.com/oauth2/authorize?${params.toString()}`;
}
