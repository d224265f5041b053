// Payload in, response out: the one entry point of interactions, whatever the transport. The payload
// (discord-api-types) becomes an InteractionRequest, the shared handler (interaction-handler.ts: cooldown,
// commands, buttons, autocomplete, errors) runs on it, and its first answer goes to the transport's `send`: the
// gateway POSTs it to the interaction callback route, the HTTP endpoint makes it the HTTP response. Past
// `answerWithinMs` the transport gets a deferral instead and the answer, when it comes, goes through the
// interaction webhook, so Discord always hears back within 3 s.
import {
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  Routes,
  type APIInteraction,
  type APIInteractionResponse,
  type APIInteractionResponseCallbackData,
} from 'discord-api-types/v10';
import type { REST } from '@discordjs/rest';
import type { LoadedCommand } from './load-commands.js';
import type { RuntimeContext } from './command.js';
import { createInFlight, type InFlight } from './in-flight.js';
import { handledPayload, InteractionRequest, type HandledPayload } from './interaction.js';
import { handleInteraction } from './interaction-handler.js';
import { Timing } from './limits.js';
import { API_NO_MENTIONS, noticeData } from './respond.js';

export const NOT_HANDLED = 'This kind of interaction is not something talks-bot handles.';

/** Sends the first response; resolves once it is handed on (follow-ups must not overtake it). */
export type SendResponse = (response: APIInteractionResponse) => Promise<void>;

export interface InteractionAnswerer {
  /**
   * Answers `payload`, received at `receivedAt` (a performance.now() value), through `send`, exactly once.
   * Resolves when the first response is sent; the handler may go on (edits, follow-ups), tracked in `inFlight`.
   */
  answer(payload: APIInteraction, send: SendResponse, receivedAt?: number): Promise<void>;
  /** Handlers still running (some after their response was sent: edits, follow-ups). */
  readonly inFlight: InFlight;
}

export interface AnswererDeps {
  /** Edits and follow-ups through the interaction webhook; channel posts with the bot token when it has one. */
  readonly rest: REST;
  readonly commands: ReadonlyMap<string, LoadedCommand>;
  readonly ctx: RuntimeContext;
  /** Default Timing.httpAnswerMs. */
  readonly answerWithinMs?: number;
  /** What the first response is, for the log: 'HTTP response' or 'gateway callback'. */
  readonly firstResponseName?: string;
  /** Where handlers are counted until they end (default: the answerer's own). */
  readonly inFlight?: InFlight;
  /** Wraps each handler's run (the gateway keeps a DM channel cached while it is answered there). */
  readonly around?: (payload: HandledPayload, work: () => Promise<void>) => Promise<void>;
}

/** What the transport answers itself when the handler is late: "thinking…", an untouched message, no choices. */
function deferralFor(payload: APIInteraction): APIInteractionResponse {
  switch (payload.type) {
    case InteractionType.MessageComponent:
      return { type: InteractionResponseType.DeferredMessageUpdate };
    case InteractionType.ApplicationCommandAutocomplete:
      return { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices: [] } };
    default:
      return { type: InteractionResponseType.DeferredChannelMessageWithSource };
  }
}

/** A short private text as a first response (not handled, restarting). */
export function noticeResponse(text: string): APIInteractionResponse {
  return { type: InteractionResponseType.ChannelMessageWithSource, data: noticeData(text) };
}

const notHandled: APIInteractionResponse = {
  type: InteractionResponseType.ChannelMessageWithSource,
  data: { content: NOT_HANDLED, flags: MessageFlags.Ephemeral, allowed_mentions: API_NO_MENTIONS },
};

export function createInteractionAnswerer(deps: AnswererDeps): InteractionAnswerer {
  const { rest, commands, ctx } = deps;
  const inFlight = deps.inFlight ?? createInFlight();
  const limitMs = deps.answerWithinMs ?? Timing.httpAnswerMs;
  const around = deps.around ?? ((_payload, work) => work());

  /** An answer that comes after the transport's deferral: it becomes what the deferral stands for. */
  const deliverLate = async (payload: APIInteraction, response: APIInteractionResponse): Promise<void> => {
    ctx.log.warn(`answer came after the ${deps.firstResponseName ?? 'HTTP response'}: sent through the webhook`, { interactionId: payload.id, type: response.type });
    if (response.type !== InteractionResponseType.UpdateMessage && response.type !== InteractionResponseType.ChannelMessageWithSource) {
      // Deferrals and autocomplete choices after the fact: nothing left to do.
      return;
    }
    const data: APIInteractionResponseCallbackData = { ...response.data, allowed_mentions: API_NO_MENTIONS };
    const component = payload.type === InteractionType.MessageComponent;
    if (response.type === InteractionResponseType.UpdateMessage || !component) {
      // The deferred "thinking…" (or the component's message) is edited; flags cannot change on an edit.
      const { flags: _flags, ...edit } = data;
      await rest.patch(Routes.webhookMessage(payload.application_id, payload.token, '@original'), { body: edit, auth: false });
    } else {
      await rest.post(Routes.webhook(payload.application_id, payload.token), { body: data, auth: false });
    }
  };

  return {
    inFlight,
    answer(payload, send, receivedAt = performance.now()) {
      if (payload.type === InteractionType.Ping) return send({ type: InteractionResponseType.Pong });
      const handled = handledPayload(payload);
      if (!handled) return send(notHandled);
      return new Promise<void>((resolve, reject) => {
        let delivered = false;
        let lastError: unknown;
        const respond = async (response: APIInteractionResponse): Promise<void> => {
          try {
            await send(response);
          } catch (error) {
            lastError = error;
            throw error;
          }
          delivered = true;
          resolve();
        };
        let state: 'waiting' | 'answered' | 'deferred' = 'waiting';
        const timer = setTimeout(
          () => {
            if (state !== 'waiting') return;
            state = 'deferred';
            void respond(deferralFor(payload)).catch(() => undefined);
          },
          // Whole milliseconds (at most 1 ms early): Node keeps one timer list per distinct delay, so a fractional
          // delay made a new list and a priority-queue entry for every request (dropped again when cleared).
          Math.max(0, Math.floor(limitMs - (performance.now() - receivedAt))),
        );
        const first = async (response: APIInteractionResponse): Promise<void> => {
          if (state === 'waiting') {
            state = 'answered';
            clearTimeout(timer);
            try {
              await respond(response);
            } catch (error) {
              // Not delivered (Discord refused it, the connection dropped): the handler may answer again.
              state = 'waiting';
              throw error;
            }
            return;
          }
          await deliverLate(payload, response);
        };
        const request = new InteractionRequest(handled, first, rest);
        const work = around(handled, () => handleInteraction(request, commands, ctx)).finally(async () => {
          if (state === 'waiting') {
            // The handler ended without answering (it never should): Discord still gets a visible answer.
            state = 'answered';
            clearTimeout(timer);
            await respond(notHandled).catch(() => undefined);
          }
          if (!delivered && state !== 'deferred') reject(lastError instanceof Error ? lastError : new Error('no response was delivered'));
        });
        inFlight.track(work).catch((error: unknown) => ctx.log.error('interaction handler crashed', { interactionId: payload.id, error }));
      });
    },
  };
}
