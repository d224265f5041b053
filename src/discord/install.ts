// Where the commands can be used: installed to a server or to a user's account, and run in servers, in DMs
// with the bot and in private channels (DMs and group DMs between users, for a user-installed app). Every
// command declares both (the loader refuses one that does not), so the app works wherever it is installed.
import { ApplicationIntegrationType, InteractionContextType } from 'discord.js';

export const INTEGRATION_TYPES: readonly ApplicationIntegrationType[] = [ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall];
export const CONTEXTS: readonly InteractionContextType[] = [InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel];

interface Installable<B> {
  setIntegrationTypes(...types: ApplicationIntegrationType[]): B;
  setContexts(...contexts: InteractionContextType[]): B;
}

/** The builder with guild and user install, in servers, bot DMs and private channels. */
export function everywhere<B extends Installable<B>>(builder: B): B {
  return builder.setIntegrationTypes(...INTEGRATION_TYPES).setContexts(...CONTEXTS);
}
