// The invite link the ready line prints: the two scopes the bot uses and only the permissions it needs.
import { OAuth2Scopes, PermissionFlagsBits, PermissionsBitField } from 'discord.js';

/** View Channels, Send Messages, Embed Links, Read Message History (84992): replying to mentions with an embed. */
export const BOT_PERMISSIONS = new PermissionsBitField([
  PermissionFlagsBits.ViewChannel,
  PermissionFlagsBits.SendMessages,
  PermissionFlagsBits.EmbedLinks,
  PermissionFlagsBits.ReadMessageHistory,
]);

export function inviteUrl(applicationId: string): string {
  const params = new URLSearchParams({
    client_id: applicationId,
    scope: [OAuth2Scopes.Bot, OAuth2Scopes.ApplicationsCommands].join(' '),
    permissions: BOT_PERMISSIONS.bitfield.toString(),
  });
  return `https://discord.com/oauth2/authorize?${params.toString()}`;
}
