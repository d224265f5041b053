// The one place interactions are routed and errors handled: a failing command gets an ephemeral
// "something went wrong", a log line with command, user and interaction ids, and the bot keeps serving.
import type { Interaction } from 'discord.js';
import type { CommandContext } from './command.js';
import { Timing } from './limits.js';
import type { LoadedCommand } from './load-commands.js';
import { isExpiredInteraction, notice, sendSafely } from './respond.js';

export const SOMETHING_WENT_WRONG = 'Something went wrong while answering. Please try again; if it keeps happening, tell the bot admins.';

export async function handleInteraction(
  interaction: Interaction,
  commands: ReadonlyMap<string, LoadedCommand>,
  ctx: CommandContext,
): Promise<void> {
  if (interaction.isAutocomplete()) {
    const command = commands.get(interaction.commandName)?.command;
    const context = { command: interaction.commandName, userId: interaction.user.id, interactionId: interaction.id };
    try {
      if (command?.autocomplete) await command.autocomplete(interaction, ctx);
      else await interaction.respond([]);
    } catch (error) {
      // Autocomplete has no error message to show; an empty list is the honest fallback.
      if (isExpiredInteraction(error)) {
        ctx.log.warn('autocomplete expired', { ...context });
        return;
      }
      ctx.log.error('autocomplete failed', { ...context, error });
      if (!interaction.responded) await interaction.respond([]).catch(() => undefined);
    }
    return;
  }
  if (!interaction.isChatInputCommand()) return;

  const context = {
    command: interaction.commandName,
    userId: interaction.user.id,
    interactionId: interaction.id,
    guildId: interaction.guildId,
  };
  const loaded = commands.get(interaction.commandName);
  if (!loaded) {
    ctx.log.warn('unknown command', context);
    await sendSafely(ctx.log, context, () => notice(interaction, `I don't know /${interaction.commandName}. Try /help.`));
    return;
  }
  const started = performance.now();
  try {
    await loaded.command.execute(interaction, ctx);
    const ms = Math.round((performance.now() - started) * 10) / 10;
    // Discord gives 3 s from the interaction's creation; receipt is a little later, so take the larger.
    const ageMs = Date.now() - interaction.createdTimestamp;
    if (Math.max(ms, ageMs) > Timing.interactionReplyMs) ctx.log.warn('reply landed after 3 s', { ...context, ms, ageMs });
    else ctx.log.info('command answered', { ...context, ms });
  } catch (error) {
    if (isExpiredInteraction(error)) {
      ctx.log.warn('interaction expired or already acknowledged', { ...context, code: (error as { code?: unknown }).code });
      return;
    }
    ctx.log.error('command failed', { ...context, error });
    try {
      await sendSafely(ctx.log, context, () => notice(interaction, SOMETHING_WENT_WRONG));
    } catch (followError) {
      ctx.log.error('could not report the failure to the user', { ...context, error: followError });
    }
  }
}
