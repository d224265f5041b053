// The REST client of the HTTP-mode discord.js Client. Commands answer through discord.js as on the gateway
// (interaction.reply, deferReply, update, respond…); discord.js sends that first answer as
// POST /interactions/{id}/{token}/callback. Here that request is handed to whoever registered the interaction
// (the HTTP transport, which makes it the HTTP response) instead of going to Discord. Everything else (edits and
// follow-ups through the interaction webhook, reads) goes to Discord, or DISCORD_API_URL, through @discordjs/rest.
import { REST, type RequestData, type RESTOptions, type RouteLike } from '@discordjs/rest';

/** Receives the callback body ({ type, data }); rejecting makes the command's reply() reject. */
export type CallbackSink = (body: unknown) => Promise<void>;

const CALLBACK_ROUTE = /^\/interactions\/(\d+)\/[^/]+\/callback$/;

export class CallbackREST extends REST {
  private readonly sinks = new Map<string, CallbackSink>();

  constructor(options: Partial<RESTOptions> = {}) {
    super(options);
  }

  /** Routes the callback of interaction `id` to `sink` until the returned function is called. */
  capture(id: string, sink: CallbackSink): () => void {
    this.sinks.set(id, sink);
    return () => {
      if (this.sinks.get(id) === sink) this.sinks.delete(id);
    };
  }

  /** Sends to Discord whatever the route, bypassing any capture (late answers). */
  send(route: RouteLike, options: RequestData & { method: 'POST' | 'PATCH' }): Promise<unknown> {
    return options.method === 'POST' ? super.post(route, options) : super.patch(route, options);
  }

  override async post(route: RouteLike, options: RequestData = {}): Promise<unknown> {
    const id = CALLBACK_ROUTE.exec(route)?.[1];
    const sink = id === undefined ? undefined : this.sinks.get(id);
    if (!sink) return super.post(route, options);
    if (options.files !== undefined && options.files.length > 0) throw new Error('files cannot be sent in an HTTP interaction response');
    await sink(options.body);
    return undefined;
  }
}
