// A command whose options are missing or of the wrong type is bad input, not a failure of the bot: Discord's
// client never sends one, but a stale client, a command changed since it was deployed or a forged request can.
// The option getters (interaction.ts) report it by throwing an OptionProblem.
import { OptionProblem } from './interaction.js';

/** What is wrong with the options (naming the option, never its value), or null. */
export function badOptionProblem(error: unknown): string | null {
  return error instanceof OptionProblem ? error.message : null;
}
