// Discord's documented limits and the codes the bot reacts to, named once so the code and the tests agree.
import { GatewayCloseCodes, RESTJSONErrorCodes } from 'discord.js';

export const DiscordLimits = {
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  embedFieldName: 256,
  embedFieldValue: 1024,
  embedFooter: 2048,
  embedTotal: 6000,
  messageContent: 2000,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
  optionChoices: 25,
  commandDescription: 100,
  customId: 100,
  buttonLabel: 80,
  buttonsPerRow: 5,
} as const;

/** Time bounds the bot keeps. */
export const Timing = {
  /** Discord drops an interaction not acknowledged within 3 s; a reply landing later is logged. */
  interactionReplyMs: 3_000,
  /** On SIGINT/SIGTERM, replies in flight get this long to finish before the process exits anyway. */
  shutdownGraceMs: 3_000,
  /**
   * After the signal, events keep being handled until none has arrived for settleQuietMs (at most
   * settleMaxMs): a busy bot may still be reading a burst Discord delivered before the signal.
   */
  shutdownSettleQuietMs: 50,
  shutdownSettleMaxMs: 1_000,
  /** The terminal sends Ctrl-C to npm and the bot, and npm forwards it: repeats this close are one signal. */
  repeatedSignalMs: 1_000,
  /**
   * Over HTTP the answer is the response: past this (from receipt) the transport answers with a deferral itself,
   * so the response still reaches Discord inside 3 s, and the late answer follows through the webhook.
   */
  httpAnswerMs: 2_500,
  /** Closing the client (gateway close frame, REST queues) is bounded too. */
  destroyMs: 2_000,
} as const;

/** REST errors meaning the interaction is gone or answered already: too late, not a failure. */
export const TOO_LATE_ERROR_CODES: ReadonlySet<number> = new Set([
  RESTJSONErrorCodes.UnknownInteraction,
  RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged,
]);

/** Gateway closes after which the bot can never serve again without an operator: exit so a supervisor sees it. */
export const FATAL_GATEWAY_CLOSE_CODES: ReadonlySet<number> = new Set([
  GatewayCloseCodes.AuthenticationFailed, // 4004: token reset or revoked
  GatewayCloseCodes.InvalidShard, // 4010
  GatewayCloseCodes.ShardingRequired, // 4011
  GatewayCloseCodes.InvalidAPIVersion, // 4012
  GatewayCloseCodes.InvalidIntents, // 4013
  GatewayCloseCodes.DisallowedIntents, // 4014
]);

/** Exit statuses, so a supervisor (systemd, Docker) can tell a clean stop from a failure. */
export const ExitCode = {
  ok: 0,
  /** Configuration, login, fatal gateway or REST error, uncaught exception. */
  fatal: 1,
} as const;
