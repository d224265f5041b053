// The one place interactions are routed and errors handled, whatever the transport (gateway or HTTP): slash
// commands, message commands, buttons and autocomplete, each an InteractionRequest around Discord's payload.
// Command metadata is enforced here: a reply that will be public counts toward the per-user cooldown (unless the
// command's definition says `cooldown: false`), and past it the user gets a private notice instead. A failure
// gets an ephemeral "something went wrong", a log line with command, user and interaction ids, and the bot keeps
// serving. A missing or invalid option is bad input, not a
// failure: the user is told what to fix, and the log says so at info level.
import { messagesFor } from '../i18n/index.js';
import type { Lang } from '../languages.js';
import { badOptionProblem } from './bad-input.js';
import { resolveButton } from './buttons/index.js';
import type { RuntimeContext, Visibility } from './command.js';
import type { ButtonRequest, InteractionRequest } from './interaction.js';
import { parseCustomId } from './custom-ids.js';
import { Timing } from './limits.js';
import { langOfLocale } from './localizations.js';
import type { LoadedCommand } from './load-commands.js';
import { isExpiredInteraction, notice, sendSafely } from './respond.js';
import { HIDE_OPTION } from './talk-option.js';

export const SOMETHING_WENT_WRONG = 'Something went wrong while answering. Please try again; if it keeps happening, tell the bot admins.';


type Context = Record<string, unknown>;

async function autocomplete(interaction: InteractionRequest, commands: ReadonlyMap<string, LoadedCommand>, ctx: RuntimeContext): Promise<void> {
  if (!interaction.isAutocomplete()) return;
  const name = interaction.commandName ?? 'unknown';
  const loaded = commands.get(name);
  const command = loaded?.kind === 'slash' ? loaded.command : undefined;
  const context = { command: name, userId: interaction.user.id, interactionId: interaction.id };
  const started = performance.now();
  try {
    if (command?.autocomplete) await command.autocomplete(interaction, ctx);
    else await interaction.respond([]);
    ctx.metrics?.interaction('autocomplete', name, 'answered', (performance.now() - started) / 1000);
  } catch (error) {
    ctx.metrics?.interaction('autocomplete', name, 'failed', (performance.now() - started) / 1000);
    // Autocomplete has no error message to show; an empty list is the honest fallback.
    if (isExpiredInteraction(error)) {
      ctx.log.warn('autocomplete expired', { ...context });
      return;
    }
    const problem = badOptionProblem(error);
    if (problem === null) ctx.log.error('autocomplete failed', { ...context, error });
    else ctx.log.info('bad input: an option is missing or invalid', { ...context, problem });
    if (!interaction.responded) await interaction.respond([]).catch(() => undefined);
  }
}

function isPublic(visibility: Visibility | undefined, interaction: InteractionRequest): boolean {
  switch (visibility ?? 'hide-option') {
    case 'public':
      return true;
    case 'ephemeral':
      return false;
    case 'hide-option':
      return !(interaction.isChatInputCommand() && interaction.options.getBoolean(HIDE_OPTION) === true);
  }
}

/** Counts a public reply for the user; past the limit, says so privately and returns false. */
async function admit(interaction: InteractionRequest, publicReply: boolean, lang: Lang, ctx: RuntimeContext, context: Context): Promise<boolean> {
  if (!publicReply) return true;
  const verdict = await ctx.cooldown.take(interaction.user.id);
  if (verdict.ok) return true;
  ctx.metrics?.interaction(...metricLabels(interaction), 'throttled');
  ctx.log.info('public reply refused: cooldown', { ...context, retryAfterMs: verdict.retryAfterMs });
  await sendSafely(ctx.log, context, () => notice(interaction, messagesFor(lang).cooldown(Math.ceil(verdict.retryAfterMs / 1000))));
  return false;
}

/** Finds what to run for the interaction; null when it was answered already (unknown command, cooldown). */
async function route(interaction: InteractionRequest, commands: ReadonlyMap<string, LoadedCommand>, ctx: RuntimeContext, context: Context): Promise<(() => Promise<void>) | null> {
  if (interaction.isChatInputCommand() || interaction.isMessageContextMenuCommand()) {
    const name = interaction.commandName ?? 'unknown';
    const loaded = commands.get(name);
    const label = interaction.isChatInputCommand() ? `/${name}` : `"${name}"`;
    const run =
      loaded?.kind === 'slash' && interaction.isChatInputCommand()
        ? () => loaded.command.execute(interaction, ctx)
        : loaded?.kind === 'message' && interaction.isMessageContextMenuCommand()
          ? () => loaded.command.execute(interaction, ctx)
          : null;
    if (!loaded || !run) {
      ctx.log.warn('unknown command', context);
      ctx.metrics?.interaction(...metricLabels(interaction), 'refused');
      await sendSafely(ctx.log, context, () => notice(interaction, `I don't know ${label}. Try /help.`));
      return null;
    }
    // A command whose definition says cooldown: false is never counted, public or not.
    const counted = loaded.command.cooldown !== false && isPublic(loaded.command.visibility, interaction);
    return (await admit(interaction, counted, langOfLocale(interaction.locale), ctx, context)) ? run : null;
  }
  if (interaction.isButton()) return routeButton(interaction, ctx, context);
  return null;
}

async function routeButton(interaction: ButtonRequest, ctx: RuntimeContext, context: Context): Promise<(() => Promise<void>) | null> {
  const data = parseCustomId(interaction.customId);
  if (!data) {
    ctx.log.warn('unknown button', { ...context, customId: interaction.customId.slice(0, 100) });
    ctx.metrics?.interaction(...metricLabels(interaction), 'refused');
    await sendSafely(ctx.log, context, () => notice(interaction, messagesFor(langOfLocale(interaction.locale)).buttonOutdated));
    return null;
  }
  const button = resolveButton(interaction, data);
  return (await admit(interaction, button.isPublic, data.lang, ctx, context)) ? () => button.run(ctx) : null;
}

/** type and command labels: a button is named by its kind (the custom_id's first part), never by its data. */
function metricLabels(interaction: InteractionRequest): ['command' | 'button', string] {
  if (interaction.isButton()) return ['button', interaction.customId.split(':')[0] ?? 'unknown'];
  return ['command', interaction.commandName ?? 'unknown'];
}

function contextOf(interaction: InteractionRequest): Context {
  const base = { userId: interaction.user.id, interactionId: interaction.id, guildId: interaction.guildId };
  if (interaction.isButton()) return { button: interaction.customId.split(':')[0], ...base };
  return { command: interaction.commandName ?? 'unknown', ...base };
}

export async function handleInteraction(interaction: InteractionRequest, commands: ReadonlyMap<string, LoadedCommand>, ctx: RuntimeContext): Promise<void> {
  if (interaction.isAutocomplete()) {
    await autocomplete(interaction, commands, ctx);
    return;
  }
  if (!interaction.isChatInputCommand() && !interaction.isMessageContextMenuCommand() && !interaction.isButton()) return;
  const context = contextOf(interaction);
  const started = performance.now();
  try {
    const run = await route(interaction, commands, ctx, context);
    if (!run) return;
    await run();
    const ms = Math.round((performance.now() - started) * 10) / 10;
    ctx.metrics?.interaction(...metricLabels(interaction), 'answered', (performance.now() - started) / 1000);
    // Discord gives 3 s from the interaction's creation; receipt is a little later, so take the larger.
    const ageMs = Date.now() - interaction.createdTimestamp;
    if (Math.max(ms, ageMs) > Timing.interactionReplyMs) ctx.log.warn('reply landed after 3 s', { ...context, ms, ageMs });
    else ctx.log.info(interaction.isButton() ? 'button answered' : 'command answered', { ...context, ms });
  } catch (error) {
    ctx.metrics?.interaction(...metricLabels(interaction), 'failed', (performance.now() - started) / 1000);
    if (isExpiredInteraction(error)) {
      ctx.log.warn('interaction expired or already acknowledged', { ...context, code: (error as { code?: unknown }).code });
      return;
    }
    const problem = badOptionProblem(error);
    if (problem === null) ctx.log.error(interaction.isButton() ? 'button failed' : 'command failed', { ...context, error });
    else ctx.log.info('bad input: an option is missing or invalid', { ...context, problem });
    const text = problem === null ? SOMETHING_WENT_WRONG : messagesFor(langOfLocale(interaction.locale)).badOptions;
    try {
      await sendSafely(ctx.log, context, () => notice(interaction, text));
    } catch (followError) {
      ctx.log.error('could not report the failure to the user', { ...context, error: followError });
    }
  }
}
