// Payload in, response out: the one entry point of HTTP interactions. The payload becomes the discord.js object the
// gateway would have made, the shared handler (discord/interaction-handler.ts: cooldown, commands, buttons,
// autocomplete, errors) runs on it, and its first answer, which discord.js would POST to Discord, is returned as
// the HTTP response. Past Timing.httpAnswerMs the response is a deferral instead and the answer, when it comes,
// goes through the interaction webhook, so Discord always hears back within 3 s.
import {
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  Routes,
  type APIInteraction,
  type APIAllowedMentions,
  type APIInteractionResponse,
  type Client,
} from 'discord.js';
import type { RuntimeContext } from '../discord/command.js';
import { createInFlight, type InFlight } from '../discord/in-flight.js';
import { handleInteraction } from '../discord/interaction-handler.js';
import { Timing } from '../discord/limits.js';
import type { LoadedCommand } from '../discord/load-commands.js';
import type { CallbackREST } from './callback-rest.js';
import { interactionFrom } from './interaction-objects.js';

export const NOT_HANDLED = 'This kind of interaction is not something talks-bot handles.';
const NO_MENTIONS: APIAllowedMentions = { parse: [] };

/** Writes the HTTP response; resolves once it is handed to the socket (follow-ups must not overtake it). */
export type SendResponse = (response: APIInteractionResponse) => Promise<void>;

export interface InteractionAnswerer {
  /** Answers `payload`, received at `receivedAt` (a performance.now() value), through `send`, exactly once. */
  answer(payload: APIInteraction, send: SendResponse, receivedAt?: number): Promise<void>;
  /** Handlers still running (some after their response was sent: edits, follow-ups). */
  readonly inFlight: InFlight;
}

export interface AnswererDeps {
  readonly client: Client;
  readonly rest: CallbackREST;
  readonly commands: ReadonlyMap<string, LoadedCommand>;
  readonly ctx: RuntimeContext;
  /** Default Timing.httpAnswerMs. */
  readonly answerWithinMs?: number;
}

interface CallbackBody {
  readonly type: InteractionResponseType;
  readonly data?: Record<string, unknown>;
}

const isCallbackBody = (body: unknown): body is CallbackBody =>
  typeof body === 'object' && body !== null && typeof (body as { type?: unknown }).type === 'number';

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

const notHandled: APIInteractionResponse = {
  type: InteractionResponseType.ChannelMessageWithSource,
  data: { content: NOT_HANDLED, flags: MessageFlags.Ephemeral, allowed_mentions: NO_MENTIONS },
};

export function createInteractionAnswerer(deps: AnswererDeps): InteractionAnswerer {
  const { client, rest, commands, ctx } = deps;
  const inFlight = createInFlight();
  const limitMs = deps.answerWithinMs ?? Timing.httpAnswerMs;

  /** An answer that comes after the transport's deferral: it becomes what the deferral stands for. */
  const deliverLate = async (payload: APIInteraction, body: CallbackBody): Promise<void> => {
    const original = Routes.webhookMessage(payload.application_id, payload.token, '@original');
    const data: Record<string, unknown> = { ...body.data, allowed_mentions: NO_MENTIONS };
    const component = payload.type === InteractionType.MessageComponent;
    // Deferrals and autocomplete choices after the fact: nothing left to do but say so.
    ctx.log.warn('answer came after the HTTP response: sent through the webhook', { interactionId: payload.id, type: body.type });
    if (body.type === InteractionResponseType.UpdateMessage || (body.type === InteractionResponseType.ChannelMessageWithSource && !component)) {
      // The deferred "thinking…" (or the component's message) is edited; flags cannot change on an edit.
      const { flags: _flags, ...edit } = data;
      await rest.send(original, { method: 'PATCH', body: edit, auth: false });
    } else if (body.type === InteractionResponseType.ChannelMessageWithSource) {
      await rest.send(Routes.webhook(payload.application_id, payload.token), { method: 'POST', body: data, auth: false });
    }
  };

  return {
    inFlight,
    answer(payload, send, receivedAt = performance.now()) {
      if (payload.type === InteractionType.Ping) return send({ type: InteractionResponseType.Pong });
      const interaction = interactionFrom(client, payload);
      if (!interaction) return send(notHandled);
      return new Promise<void>((resolve, reject) => {
        const respond = (response: APIInteractionResponse): Promise<void> => {
          const sent = send(response);
          sent.then(resolve, reject);
          return sent;
        };
        let state: 'waiting' | 'answered' | 'deferred' = 'waiting';
        const timer = setTimeout(
          () => {
            if (state !== 'waiting') return;
            state = 'deferred';
            void respond(deferralFor(payload)).catch(() => undefined);
          },
          Math.max(0, limitMs - (performance.now() - receivedAt)),
        );
        const release = rest.capture(payload.id, async (body) => {
          if (!isCallbackBody(body)) throw new Error('malformed interaction callback');
          if (state === 'waiting') {
            state = 'answered';
            clearTimeout(timer);
            await respond(body as APIInteractionResponse);
            return;
          }
          if (state === 'answered') throw Object.assign(new Error('Interaction has already been acknowledged.'), { code: 40060 });
          await deliverLate(payload, body);
        });
        const work = handleInteraction(interaction, commands, ctx).finally(() => {
          release();
          if (state !== 'waiting') return;
          // The handler ended without answering (it never should): Discord still gets a visible answer.
          state = 'answered';
          clearTimeout(timer);
          void respond(notHandled).catch(() => undefined);
        });
        inFlight.track(work).catch((error: unknown) => ctx.log.error('interaction handler crashed', { interactionId: payload.id, error }));
      });
    },
  };
}
