// An interaction received over HTTP, as the discord.js object the gateway would have made of it, so that the very
// same handlers (commands/, buttons, autocomplete) serve both transports. The classes are discord.js's own; they
// are built directly, not through the gateway's InteractionCreate action, which needs a logged-in client and
// caches every channel it sees (an HTTP replica keeps nothing between requests).
import {
  ApplicationCommandType,
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  ComponentType,
  InteractionType,
  MessageContextMenuCommandInteraction,
  type APIInteraction,
  type Client,
  type Interaction,
} from 'discord.js';

/** discord.js declares these constructors private (only its gateway action calls them); their signature is (client, data). */
function build<T>(cls: unknown, client: Client, data: APIInteraction): T {
  return Reflect.construct(cls as new (client: Client, data: APIInteraction) => T, [client, data]);
}

/** The interaction object, or undefined for kinds the bot does not handle (modals, selects, user commands). */
export function interactionFrom(client: Client, data: APIInteraction): Interaction | undefined {
  switch (data.type) {
    case InteractionType.ApplicationCommand:
      if (data.data.type === ApplicationCommandType.ChatInput) return build<ChatInputCommandInteraction>(ChatInputCommandInteraction, client, data);
      if (data.data.type === ApplicationCommandType.Message) return build<MessageContextMenuCommandInteraction>(MessageContextMenuCommandInteraction, client, data);
      return undefined;
    case InteractionType.MessageComponent:
      return data.data.component_type === ComponentType.Button ? build<ButtonInteraction>(ButtonInteraction, client, data) : undefined;
    case InteractionType.ApplicationCommandAutocomplete:
      return build<AutocompleteInteraction>(AutocompleteInteraction, client, data);
    default:
      return undefined;
  }
}
