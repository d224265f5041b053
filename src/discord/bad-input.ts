// A command whose options are missing or of the wrong type is bad input, not a failure of the bot: Discord's
// client never sends one, but a stale client, a command changed since it was deployed or a forged request can.
// discord.js reports it by throwing from interaction.options; these are its codes for it.
import { DiscordjsErrorCodes } from 'discord.js';

const OPTION_ERRORS: ReadonlySet<string> = new Set([
  DiscordjsErrorCodes.CommandInteractionOptionNotFound,
  DiscordjsErrorCodes.CommandInteractionOptionType,
  DiscordjsErrorCodes.CommandInteractionOptionEmpty,
  DiscordjsErrorCodes.CommandInteractionOptionNoSubcommand,
  DiscordjsErrorCodes.CommandInteractionOptionNoSubcommandGroup,
  DiscordjsErrorCodes.AutocompleteInteractionOptionNoFocusedOption,
]);

/** What is wrong with the options (discord.js's message, naming the option, never its value), or null. */
export function badOptionProblem(error: unknown): string | null {
  if (!(error instanceof Error)) return null;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && OPTION_ERRORS.has(code) ? error.message : null;
}
