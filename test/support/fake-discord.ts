// A fake Discord (REST + gateway on one 127.0.0.1 port) that the real discord.js v14 client logs in to, so end-to-end
// tests drive the bot exactly as Discord would, without network access. It answers the endpoints a question-answering
// bot uses, records every request, and rejects what real Discord rejects where a bot bug would otherwise hide
// (bad token, double acknowledgement, empty or over-long messages, unknown interaction tokens).
import { generateKeyPairSync, sign as signBytes, type KeyObject } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type { RawData, WebSocket } from 'ws';
import {
  ChannelType,
  GatewayCloseCodes,
  GatewayDispatchEvents,
  GatewayOpcodes,
  GuildDefaultMessageNotifications,
  GuildExplicitContentFilter,
  GuildMFALevel,
  GuildNSFWLevel,
  GuildPremiumTier,
  GuildVerificationLevel,
  InteractionResponseType,
  InteractionType,
  Locale,
  MessageFlags,
  MessageType,
  OverwriteType,
  RESTJSONErrorCodes,
} from 'discord.js';
import type {
  APIChannel,
  APIApplicationCommand,
  APIInteraction,
  APIMessage,
  APIUser,
  ApplicationFlags,
  GatewayGuildCreateDispatchData,
  GatewayMessageCreateDispatchData,
  GatewayReadyDispatchData,
  GuildSystemChannelFlags,
} from 'discord.js';
import { DEFAULT_IDS, botRole, botUser, dmChannel, everyoneRole, forumChannel, guildMember, messagePayload, snowflake, textChannel, threadChannel, userPayload } from './payloads.js';

/** Deliberately not shaped like a real token (three base64 parts), so it can never be mistaken for a leaked one. */
export const DEFAULT_TOKEN = 'fake-discord-test-token';

export interface FakeDiscordOptions {
  applicationId?: string;
  botUserId?: string;
  guildId?: string;
  channelId?: string;
  /** The one bot token the fake accepts (REST Authorization `Bot <token>` and gateway IDENTIFY/RESUME). */
  token?: string;
  /** HELLO's heartbeat_interval; discord.js first beats after a random fraction of it. */
  heartbeatIntervalMs?: number;
  /** GET /gateway/bot's recommended shard count (default 1). */
  shards?: number;
  /** GET /gateway/bot's session_start_limit.max_concurrency (default 1). */
  maxConcurrency?: number;
  /** More guilds than the default one, each with a text channel (channelOf); routed to shard (id >> 22) % count. */
  extraGuilds?: number;
}

export interface RecordedRequest {
  method: string;
  /** Decoded and relative to /api/v10, e.g. `/webhooks/1/tok/messages/@original`; compare with discord.js `Routes`. */
  path: string;
  /** The raw request target, still URL-encoded. */
  url: string;
  query: Record<string, string>;
  /** Lower-cased names; repeated headers joined with ", ". */
  headers: Record<string, string>;
  authorization: string | undefined;
  /** Parsed JSON body (or multipart `payload_json`); undefined when there was none. */
  body: unknown;
  /** File names of multipart attachments. */
  files: string[];
  status: number;
  response: unknown;
}

export interface RecordedCallback {
  interactionId: string;
  token: string;
  type: InteractionResponseType;
  data: Record<string, unknown> | undefined;
  request: RecordedRequest;
}

export interface RecordedIdentify {
  token: string;
  intents: number;
  accepted: boolean;
  /** IDENTIFY's shard [id, count]; [0, 1] when it sent none. */
  shard: [number, number];
}

/** What an HTTP interaction request got back (postInteraction). */
export interface HttpInteractionResult {
  status: number;
  /** Parsed JSON, or the raw text when it is not JSON. */
  body: unknown;
  ms: number;
}

export interface GatewayFrame {
  direction: 'in' | 'out';
  op: number;
  t: string | null;
  d: unknown;
}

/** A reply the fake gives instead of handling the next `times` requests that `match` (fault injection). */
export interface RestFault {
  match: (req: RecordedRequest) => boolean;
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** How many matching requests get the fault; default 1. */
  times?: number;
}

export interface FakeIds {
  applicationId: string;
  botUserId: string;
  guildId: string;
  channelId: string;
}

type JsonObject = Record<string, unknown>;

interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string> | undefined;
}

interface RouteContext {
  params: Record<string, string>;
  req: RecordedRequest;
}

interface Route {
  method: string;
  segments: string[];
  /** Bot routes need `Authorization: Bot <token>`; interaction/webhook routes are authorised by their URL token. */
  auth: boolean;
  handle: (ctx: RouteContext) => Reply;
}

interface InteractionState {
  id: string;
  token: string;
  type: InteractionType;
  channelId: string | undefined;
  guildId: string | undefined;
  acknowledged: boolean;
  originalId: string | undefined;
  /** Ids of the original response and follow-ups, which this token may read and edit. */
  messageIds: Set<string>;
}

interface Session {
  id: string;
  seq: number;
  connection: Connection | undefined;
  shard: [number, number];
}

/** Discord's rule: a guild's events go to shard (guild_id >> 22) % shard_count. */
export function shardOf(guildId: string, count: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(count));
}

interface Connection {
  socket: WebSocket;
  session: Session | undefined;
}

interface Waiter {
  check: () => boolean;
  fail: (error: Error) => void;
}

const MAX_CONTENT_LENGTH = 2000;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(obj: JsonObject, key: string): string | undefined {
  const value = obj[key];
  return typeof value === 'string' ? value : undefined;
}

function num(obj: JsonObject, key: string): number | undefined {
  const value = obj[key];
  return typeof value === 'number' ? value : undefined;
}

function ok(body: unknown): Reply {
  return { status: 200, body };
}

const NO_CONTENT: Reply = { status: 204 };

function fail(status: number, message: string, code: number, errors?: JsonObject): Reply {
  return { status, body: errors === undefined ? { message, code } : { message, code, errors } };
}

function unauthorized(): Reply {
  return fail(401, '401: Unauthorized', 0);
}

/** Mirrors Discord's 400 for bodies that would make an invalid message, so over-long answers fail in tests too. */
function validateMessageBody(body: unknown, creating: boolean): Reply | undefined {
  if (!isObject(body)) return fail(400, 'Invalid Form Body', RESTJSONErrorCodes.InvalidFormBodyOrContentType);
  const content = body.content;
  if (typeof content === 'string' && content.length > MAX_CONTENT_LENGTH) {
    return fail(400, 'Invalid Form Body', RESTJSONErrorCodes.InvalidFormBodyOrContentType, {
      content: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: `Must be ${MAX_CONTENT_LENGTH} or fewer in length.` }] },
    });
  }
  const nonEmpty = (key: string): boolean => {
    const value = body[key];
    return Array.isArray(value) ? value.length > 0 : typeof value === 'string' ? value.length > 0 : false;
  };
  if (creating && !['content', 'embeds', 'components', 'attachments', 'sticker_ids'].some(nonEmpty) && !('poll' in body)) {
    return fail(400, 'Cannot send an empty message', RESTJSONErrorCodes.CannotSendAnEmptyMessage);
  }
  return undefined;
}

/** Applies the message fields of a create/edit body onto a stored message. */
function applyMessageBody(message: APIMessage, body: JsonObject): APIMessage {
  const next: APIMessage = { ...message };
  if (typeof body.content === 'string') next.content = body.content;
  if (Array.isArray(body.embeds)) next.embeds = body.embeds as APIMessage['embeds'];
  if (Array.isArray(body.components)) next.components = body.components as APIMessage['components'];
  if (typeof body.flags === 'number') next.flags = body.flags;
  return next;
}

function headerRecord(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks);
}

/** Parses JSON or multipart (discord.js sends multipart with a `payload_json` part when attaching files). */
async function parseBody(raw: Buffer, contentType: string): Promise<{ body: unknown; files: string[] } | 'invalid'> {
  if (raw.length === 0) return { body: undefined, files: [] };
  try {
    if (!contentType.startsWith('multipart/form-data')) return { body: JSON.parse(raw.toString('utf8')) as unknown, files: [] };
    const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
    let body: unknown;
    const files: string[] = [];
    for (const [name, value] of form.entries()) {
      if (typeof value !== 'string') files.push(value.name);
      else if (name === 'payload_json') body = JSON.parse(value) as unknown;
    }
    return { body, files };
  } catch {
    return 'invalid';
  }
}

export class FakeDiscord {
  readonly ids: FakeIds;
  readonly token: string;
  /** Every REST request, in arrival order, including rejected ones. */
  readonly requests: RecordedRequest[] = [];
  /** Every accepted interaction callback (reply, defer, autocomplete result, ...). */
  readonly callbacks: RecordedCallback[] = [];
  readonly identifies: RecordedIdentify[] = [];
  /** Reactions the bot added (PUT …/reactions/:emoji/@me), in order. */
  readonly reactions: { channelId: string; messageId: string; emoji: string }[] = [];
  /** Gateway payloads both ways, heartbeats included. */
  readonly gatewayFrames: GatewayFrame[] = [];
  /** Last bulk overwrite of global commands, as returned (with ids). */
  commands: APIApplicationCommand[] = [];
  /** Last bulk overwrite of guild commands, per guild id. */
  readonly guildCommands = new Map<string, APIApplicationCommand[]>();
  /** Close codes of gateway connections the client closed (1000 = a clean goodbye); see also serverCloseCodes. */
  readonly clientCloseCodes: number[] = [];
  readyCount = 0;
  /** RESUMEs answered with RESUMED. */
  resumeCount = 0;
  heartbeats = 0;

  private readonly server: Server;
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly heartbeatIntervalMs: number;
  private readonly routes: Route[];
  private readonly interactions = new Map<string, InteractionState>();
  private readonly interactionsByToken = new Map<string, InteractionState>();
  private readonly messages = new Map<string, APIMessage>();
  /** Channels the bot can post in: the text channel, threads and forum posts added, DMs opened. */
  private readonly channels = new Map<string, APIChannel>();
  /** The bot's managed role in the guild (tags.bot_id), which people mention by mistake for the bot. */
  readonly botRoleId = '1300000000000000005';
  private readonly sessions = new Map<string, Session>();
  private readonly connections = new Set<Connection>();
  private readonly waiters = new Set<Waiter>();
  private readonly faults: (RestFault & { left: number })[] = [];
  private latency: { ms: number; match: (req: RecordedRequest) => boolean } | undefined;
  /** Sockets the fake itself closed, so their close is not counted as the client's. */
  private readonly closedByFake = new WeakSet<WebSocket>();
  private delayed = 0;
  private port = 0;
  private stopped = false;
  private readonly recommendedShards: number;
  private readonly maxConcurrency: number;
  /** Every guild the bot is in (the default first) and its text channel. */
  private readonly guildChannels = new Map<string, string>();
  /** The application's Ed25519 key pair: Discord signs HTTP interactions with it (see publicKey). */
  private readonly signingKey: KeyObject;
  /** The application's public key as the Developer Portal shows it (64 hex digits): DISCORD_PUBLIC_KEY. */
  readonly publicKey: string;

  private constructor(options: FakeDiscordOptions) {
    const botUserId = options.botUserId ?? options.applicationId ?? DEFAULT_IDS.botUserId;
    this.ids = {
      applicationId: options.applicationId ?? botUserId,
      botUserId,
      guildId: options.guildId ?? DEFAULT_IDS.guildId,
      channelId: options.channelId ?? DEFAULT_IDS.channelId,
    };
    this.token = options.token ?? DEFAULT_TOKEN;
    this.channels.set(this.ids.channelId, textChannel(this.ids.channelId, this.ids.guildId));
    this.guildChannels.set(this.ids.guildId, this.ids.channelId);
    for (let i = 0; i < (options.extraGuilds ?? 0); i++) {
      // Guild ids a few milliseconds apart land on different shards: (id >> 22) is the creation time.
      const guildId = (BigInt(this.ids.guildId) + (BigInt(i + 1) << 22n)).toString();
      const channelId = snowflake();
      this.guildChannels.set(guildId, channelId);
      this.channels.set(channelId, textChannel(channelId, guildId));
    }
    this.recommendedShards = options.shards ?? 1;
    this.maxConcurrency = options.maxConcurrency ?? 1;
    const keys = generateKeyPairSync('ed25519');
    this.signingKey = keys.privateKey;
    const jwk = keys.publicKey.export({ format: 'jwk' });
    this.publicKey = Buffer.from(jwk.x ?? '', 'base64url').toString('hex');
    this.heartbeatIntervalMs = options.heartbeatIntervalMs ?? 41_250;
    this.routes = this.buildRoutes();
    this.server = createServer((req, res) => {
      // A bug in the fake must surface as a 500 the test sees, not as an unhandled rejection.
      this.onRequest(req, res).catch((error: unknown) => {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: `FakeDiscord error: ${String(error)}`, code: 0 }));
      });
    });
    this.server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      this.wss.handleUpgrade(req, socket, head, (ws) => this.onConnection(ws, req));
    });
  }

  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const fake = new FakeDiscord(options);
    await new Promise<void>((resolve, reject) => {
      fake.server.once('error', reject);
      fake.server.listen(0, '127.0.0.1', () => resolve());
    });
    fake.port = (fake.server.address() as AddressInfo).port;
    return fake;
  }

  /** Pass as `rest: { api }` to discord.js; it appends `/v10/...` itself. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  /** Gateway sockets currently open (identified or not). */
  get openConnections(): number {
    return this.connections.size;
  }

  get botUser(): APIUser {
    return botUser(this.ids.botUserId);
  }

  /** Closes every socket (open gateway connections are terminated, not waited on) and rejects pending waits. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    for (const waiter of [...this.waiters]) waiter.fail(new Error('FakeDiscord stopped while waiting'));
    for (const socket of this.wss.clients) {
      this.closedByFake.add(socket);
      socket.terminate();
    }
    this.wss.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Every guild id (the default first). */
  get guildIds(): string[] {
    return [...this.guildChannels.keys()];
  }

  /** The text channel of a guild. */
  channelOf(guildId: string): string {
    const id = this.guildChannels.get(guildId);
    if (id === undefined) throw new Error(`FakeDiscord: no guild ${guildId}`);
    return id;
  }

  /** Identified sessions' shards, e.g. [[0, 2], [1, 2]]. */
  get identifiedShards(): [number, number][] {
    return [...this.sessions.values()].filter((s) => s.connection !== undefined).map((s) => s.shard);
  }

  // ---- HTTP interactions (the Interactions Endpoint) -------------------------------------------------------------

  /** X-Signature-Ed25519 for `timestamp` + `body`, as Discord computes it with the application's key. */
  sign(timestamp: string, body: string | Buffer): string {
    return signBytes(null, Buffer.concat([Buffer.from(timestamp), Buffer.isBuffer(body) ? body : Buffer.from(body)]), this.signingKey).toString('hex');
  }

  /**
   * Delivers an interaction to an Interactions Endpoint as Discord does: registered first (so its webhook accepts
   * edits and follow-ups), signed, POSTed; a 200 response is taken as the interaction's callback, checked and
   * recorded in `callbacks` like one sent over REST.
   */
  async postInteraction(endpoint: string, payload: APIInteraction): Promise<HttpInteractionResult> {
    this.registerInteraction(payload);
    const body = JSON.stringify(payload);
    const timestamp = String(Math.floor(Date.now() / 1000));
    const started = performance.now();
    const res = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-signature-ed25519': this.sign(timestamp, body), 'x-signature-timestamp': timestamp },
      body,
    });
    const text = await res.text();
    const ms = performance.now() - started;
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text) as unknown;
    } catch {
      // Not JSON: returned as text.
    }
    if (res.status === 200) {
      const path = `/interactions/${payload.id}/${payload.token}/callback`;
      const record: RecordedRequest = { method: 'POST', path, url: path, query: {}, headers: {}, authorization: undefined, body: parsed, files: [], status: 0, response: undefined };
      const reply = this.interactionCallback({ params: { id: payload.id, token: payload.token }, req: record });
      record.status = reply.status;
      record.response = reply.body;
      if (reply.status >= 300) throw new Error(`FakeDiscord: the HTTP response to interaction ${payload.id} was refused: ${JSON.stringify(reply.body)}`);
      this.changed();
    }
    return { status: res.status, body: parsed, ms };
  }

  // ---- gateway dispatch helpers -------------------------------------------------------------------------------

  /**
   * Sends a dispatch (op 0) to the identified connections that get it: a guild's events to the shard
   * (guild_id >> 22) % count, others (DMs) to shard 0. Throws if there is none, which means a test raced login.
   */
  dispatch<T>(t: string, d: T): T {
    const guildId = isObject(d) ? str(d, 'guild_id') : undefined;
    const targets = [...this.sessions.values()].filter(
      (s) => s.connection !== undefined && s.shard[0] === (guildId === undefined ? 0 : shardOf(guildId, s.shard[1])),
    );
    if (targets.length === 0) throw new Error(`FakeDiscord.dispatch(${t}): no identified gateway connection`);
    if (t === 'INTERACTION_CREATE') this.registerInteraction(d);
    if (t === 'MESSAGE_CREATE' && isObject(d) && typeof d.id === 'string') this.messages.set(d.id, d as unknown as APIMessage);
    for (const session of targets) this.sendDispatch(session, t, d);
    return d;
  }

  /** Forgets an interaction, so its callback gets 10062 Unknown interaction (as after Discord's 3-second window). */
  expireInteraction(interactionId: string): void {
    const state = this.interactions.get(interactionId);
    this.interactions.delete(interactionId);
    if (state) this.interactionsByToken.delete(state.token);
  }

  sendInteraction<T extends APIInteraction>(payload: T): T {
    return this.dispatch(GatewayDispatchEvents.InteractionCreate, payload);
  }

  sendMessage<T extends GatewayMessageCreateDispatchData>(payload: T): T {
    return this.dispatch(GatewayDispatchEvents.MessageCreate, payload);
  }

  /**
   * A thread in the text channel, or (forum) a post in a forum channel: in GUILD_CREATE when added before login,
   * dispatched as THREAD_CREATE (and the forum as CHANNEL_CREATE) after. Returns the thread's id.
   */
  addThread(options: { forum?: boolean; name?: string } = {}): string {
    let parentId = this.ids.channelId;
    if (options.forum) {
      const existing = [...this.channels.values()].find((c) => c.type === ChannelType.GuildForum);
      if (existing) parentId = existing.id;
      else {
        parentId = snowflake();
        const forum = forumChannel(parentId, this.ids.guildId);
        this.channels.set(parentId, forum);
        if (this.identified) this.dispatch(GatewayDispatchEvents.ChannelCreate, forum);
      }
    }
    const id = snowflake();
    const thread = threadChannel(id, this.ids.guildId, parentId, options.name);
    this.channels.set(id, thread);
    if (this.identified) this.dispatch(GatewayDispatchEvents.ThreadCreate, { ...thread, newly_created: true });
    return id;
  }

  /**
   * Another text channel of the guild, in GUILD_CREATE when added before login, dispatched as CHANNEL_CREATE after;
   * `denyBot` takes permissions from the bot there (a permission overwrite on its managed role). Returns its id.
   */
  addTextChannel(options: { name?: string; denyBot?: bigint } = {}): string {
    const id = snowflake();
    const channel = textChannel(id, this.ids.guildId, options.name ?? 'other');
    if (options.denyBot !== undefined) {
      channel.permission_overwrites = [{ id: this.botRoleId, type: OverwriteType.Role, allow: '0', deny: options.denyBot.toString() }];
    }
    this.channels.set(id, channel);
    if (this.identified) this.dispatch(GatewayDispatchEvents.ChannelCreate, channel);
    return id;
  }

  /** The DM channel between the bot and `userId` (made on first use), where the bot may post. */
  openDM(userId: string = DEFAULT_IDS.userId): string {
    const found = [...this.channels.values()].find((c) => c.type === ChannelType.DM && c.recipients?.some((r) => r.id === userId));
    if (found) return found.id;
    const id = snowflake();
    this.channels.set(id, dmChannel(id, [userPayload(userId, 'asker')]));
    return id;
  }

  /** Registers `commands` globally as a bulk overwrite would (deploy-commands), ids and all. */
  registerCommands(commands: unknown[]): APIApplicationCommand[] {
    const saved = this.saveCommands(commands, undefined, this.commands);
    if (!Array.isArray(saved)) throw new Error('FakeDiscord.registerCommands: invalid commands');
    this.commands = saved;
    return saved;
  }

  /** The message an interaction's response became (its @original), as stored now. */
  originalMessage(interactionId: string): APIMessage | undefined {
    const state = this.interactions.get(interactionId);
    return state?.originalId === undefined ? undefined : this.messages.get(state.originalId);
  }

  /** A stored message (what the bot posted, or what was dispatched), as Discord would return it. */
  message(id: string): APIMessage | undefined {
    return this.messages.get(id);
  }

  private get identified(): boolean {
    return [...this.sessions.values()].some((s) => s.connection !== undefined);
  }

  /** The next `times` requests matching `fault.match` get `fault.status` and body instead of being handled. */
  injectRestFault(fault: RestFault): void {
    this.faults.push({ ...fault, left: fault.times ?? 1 });
  }

  /** Delays the response to every request matching `match` (all, by default) by `ms`, as a slow network would. */
  setRestLatency(ms: number, match: (req: RecordedRequest) => boolean = () => true): void {
    this.latency = ms > 0 ? { ms, match } : undefined;
  }

  /** Requests held back by setRestLatency right now: replies in flight, from the bot's side. */
  get delayedRequests(): number {
    return this.delayed;
  }

  /** Resolves once everything sent on the gateway has left the fake's buffers (it is then in the client's socket). */
  flushed(timeoutMs = 5000): Promise<true> {
    return this.waitFor(() => [...this.wss.clients].every((socket) => socket.bufferedAmount === 0) || undefined, timeoutMs, 'the gateway buffers to drain');
  }

  /**
   * Closes every gateway socket with `code`, as Discord does on its side. With a non-1000 code the session survives,
   * so discord.js reconnects and RESUMEs; 4004 and friends make it give up.
   */
  closeConnections(code: number = GatewayCloseCodes.UnknownError, reason = 'Closed by FakeDiscord'): void {
    for (const connection of this.connections) this.closeSocket(connection.socket, code, reason);
  }

  // ---- waiting ------------------------------------------------------------------------------------------------

  /**
   * Resolves with the first truthy value of `probe`, evaluated now, after every recorded request or gateway frame,
   * and every 10ms (so probes of client-side state work too); rejects after `timeoutMs` (listing recent requests, to
   * make the failure readable) or on stop().
   */
  waitFor<T>(probe: () => T | undefined | null | false, timeoutMs = 5000, what = 'condition'): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        const recent = this.requests.slice(-8).map((r) => `${r.method} ${r.path} -> ${r.status}`);
        waiter.fail(new Error(`FakeDiscord: timed out after ${timeoutMs}ms waiting for ${what}; recent requests: [${recent.join(', ')}]`));
      }, timeoutMs);
      const poll = setInterval(() => waiter.check(), 10);
      const done = (): void => {
        clearTimeout(timer);
        clearInterval(poll);
        this.waiters.delete(waiter);
      };
      const waiter: Waiter = {
        check: () => {
          let value: T | undefined | null | false;
          try {
            value = probe();
          } catch (error) {
            waiter.fail(error instanceof Error ? error : new Error(String(error)));
            return true;
          }
          if (value === undefined || value === null || value === false) return false;
          done();
          resolve(value);
          return true;
        },
        fail: (error) => {
          done();
          reject(error);
        },
      };
      if (this.stopped) {
        waiter.fail(new Error('FakeDiscord is stopped'));
        return;
      }
      this.waiters.add(waiter);
      waiter.check();
    });
  }

  /** First request (already recorded or future) matching `predicate`. */
  waitForRequest(predicate: (req: RecordedRequest) => boolean, timeoutMs = 5000): Promise<RecordedRequest> {
    return this.waitFor(() => this.requests.find(predicate), timeoutMs, 'a matching request');
  }

  /** The accepted callback (initial response) for an interaction. */
  waitForCallback(interactionId: string, timeoutMs = 5000): Promise<RecordedCallback> {
    return this.waitFor(
      () => this.callbacks.find((c) => c.interactionId === interactionId),
      timeoutMs,
      `the callback of interaction ${interactionId}`,
    );
  }

  /** The first IDENTIFY received, accepted or not. */
  waitForIdentify(timeoutMs = 5000): Promise<RecordedIdentify> {
    return this.waitFor(() => this.identifies[0], timeoutMs, 'an IDENTIFY');
  }

  private changed(): void {
    for (const waiter of [...this.waiters]) waiter.check();
  }

  // ---- REST -------------------------------------------------------------------------------------------------------

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const headers = headerRecord(req);
    const parsed = await parseBody(await readBody(req), headers['content-type'] ?? '');
    // Decode per segment, so an encoded "/" inside a token cannot split it.
    const rawSegments = url.pathname.split('/').filter((s) => s.length > 0);
    const segments = rawSegments.map((s) => decodeURIComponent(s));
    const versioned = segments[0] === 'api' && /^v\d+$/.test(segments[1] ?? '');
    const routeSegments = versioned ? segments.slice(2) : segments;
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      path: `/${routeSegments.join('/')}`,
      url: req.url ?? '/',
      query: Object.fromEntries(url.searchParams),
      headers,
      authorization: headers.authorization,
      body: parsed === 'invalid' ? undefined : parsed.body,
      files: parsed === 'invalid' ? [] : parsed.files,
      status: 0,
      response: undefined,
    };
    if (this.latency?.match(record)) {
      this.delayed++;
      this.changed();
      await new Promise((resolve) => setTimeout(resolve, this.latency?.ms ?? 0));
      this.delayed--;
    }
    if (this.stopped) return;
    let reply: Reply;
    const fault = this.faults.find((f) => f.left > 0 && f.match(record));
    if (fault) {
      fault.left--;
      reply = { status: fault.status, body: fault.body, headers: fault.headers };
    } else if (parsed === 'invalid') reply = fail(400, 'The request body contains invalid JSON.', RESTJSONErrorCodes.RequestBodyContainsInvalidJSON);
    else if (!versioned || segments[1] !== 'v10') reply = fail(404, 'Unknown', 0);
    else reply = this.route(record, routeSegments);
    record.status = reply.status;
    record.response = reply.body;
    this.requests.push(record);
    if (reply.body === undefined) {
      res.writeHead(reply.status, reply.headers).end();
    } else {
      res.writeHead(reply.status, { ...reply.headers, 'content-type': 'application/json' }).end(JSON.stringify(reply.body));
    }
    this.changed();
  }

  private route(req: RecordedRequest, segments: string[]): Reply {
    for (const route of this.routes) {
      if (route.method !== req.method || route.segments.length !== segments.length) continue;
      const params: Record<string, string> = {};
      const matches = route.segments.every((pattern, i) => {
        const actual = segments[i] ?? '';
        if (pattern.startsWith(':')) {
          params[pattern.slice(1)] = actual;
          return true;
        }
        return pattern === actual;
      });
      if (!matches) continue;
      if (route.auth && req.authorization !== `Bot ${this.token}`) return unauthorized();
      return route.handle({ params, req });
    }
    return fail(404, 'Unknown', 0);
  }

  private buildRoutes(): Route[] {
    const routes: Route[] = [];
    const add = (spec: string, auth: boolean, handle: (ctx: RouteContext) => Reply): void => {
      const [method = '', path = ''] = spec.split(' ');
      routes.push({ method, segments: path.split('/').filter((s) => s.length > 0), auth, handle });
    };
    add('GET /gateway', false, () => ok({ url: this.gatewayUrl }));
    add('GET /gateway/bot', true, () =>
      ok({
        url: this.gatewayUrl,
        shards: this.recommendedShards,
        session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: this.maxConcurrency },
      }),
    );
    add('GET /users/@me', true, () => ok(this.botUser));
    add('GET /applications/@me', true, () => ok(this.applicationPayload()));
    add('GET /applications/:appId/commands', true, ({ params }) =>
      params.appId === this.ids.applicationId ? ok(this.commands) : this.unknownApplication(),
    );
    add('PUT /applications/:appId/commands', true, ({ params, req }) => {
      if (params.appId !== this.ids.applicationId) return this.unknownApplication();
      const saved = this.saveCommands(req.body, undefined, this.commands);
      if (!Array.isArray(saved)) return saved;
      this.commands = saved;
      return ok(saved);
    });
    add('GET /applications/:appId/guilds/:guildId/commands', true, ({ params }) =>
      params.appId === this.ids.applicationId ? ok(this.guildCommands.get(params.guildId ?? '') ?? []) : this.unknownApplication(),
    );
    add('PUT /applications/:appId/guilds/:guildId/commands', true, ({ params, req }) => {
      const guildId = params.guildId ?? '';
      if (params.appId !== this.ids.applicationId) return this.unknownApplication();
      if (guildId !== this.ids.guildId) return fail(404, 'Unknown Guild', RESTJSONErrorCodes.UnknownGuild);
      const saved = this.saveCommands(req.body, guildId, this.guildCommands.get(guildId) ?? []);
      if (!Array.isArray(saved)) return saved;
      this.guildCommands.set(guildId, saved);
      return ok(saved);
    });
    add('POST /interactions/:id/:token/callback', false, (ctx) => this.interactionCallback(ctx));
    add('POST /webhooks/:appId/:token', false, (ctx) => this.webhookCreate(ctx));
    add('GET /webhooks/:appId/:token/messages/:messageId', false, (ctx) => this.webhookMessage(ctx));
    add('PATCH /webhooks/:appId/:token/messages/:messageId', false, (ctx) => this.webhookMessage(ctx));
    add('DELETE /webhooks/:appId/:token/messages/:messageId', false, (ctx) => this.webhookMessage(ctx));
    add('GET /channels/:channelId', true, ({ params }) => {
      const channel = this.channels.get(params.channelId ?? '');
      return channel ? ok(channel) : this.unknownChannel();
    });
    add('POST /channels/:channelId/typing', true, ({ params }) => (this.channels.has(params.channelId ?? '') ? NO_CONTENT : this.unknownChannel()));
    add('POST /channels/:channelId/messages', true, (ctx) => this.channelMessageCreate(ctx));
    add('PATCH /channels/:channelId/messages/:messageId', true, (ctx) => this.channelMessageEdit(ctx));
    // Reading one message (a reply's reference: Read Message History) and reacting to one.
    add('GET /channels/:channelId/messages/:messageId', true, ({ params }) => {
      if (!this.channels.has(params.channelId ?? '')) return this.unknownChannel();
      const message = this.messages.get(params.messageId ?? '');
      return message && message.channel_id === params.channelId ? ok(message) : this.unknownMessage();
    });
    add('PUT /channels/:channelId/messages/:messageId/reactions/:emoji/@me', true, ({ params }) => {
      if (!this.channels.has(params.channelId ?? '')) return this.unknownChannel();
      const message = this.messages.get(params.messageId ?? '');
      if (!message || message.channel_id !== params.channelId) return this.unknownMessage();
      this.reactions.push({ channelId: params.channelId ?? '', messageId: message.id, emoji: params.emoji ?? '' });
      return NO_CONTENT;
    });
    return routes;
  }

  private unknownApplication(): Reply {
    return fail(404, 'Unknown Application', RESTJSONErrorCodes.UnknownApplication);
  }

  private unknownChannel(): Reply {
    return fail(404, 'Unknown Channel', RESTJSONErrorCodes.UnknownChannel);
  }

  private unknownWebhook(): Reply {
    return fail(404, 'Unknown Webhook', RESTJSONErrorCodes.UnknownWebhook);
  }

  private unknownMessage(): Reply {
    return fail(404, 'Unknown Message', RESTJSONErrorCodes.UnknownMessage);
  }

  /** Bulk overwrite: keeps the id of a command whose name survives, like Discord does. */
  private saveCommands(body: unknown, guildId: string | undefined, previous: APIApplicationCommand[]): APIApplicationCommand[] | Reply {
    if (!Array.isArray(body) || !body.every((c) => isObject(c) && typeof c.name === 'string')) {
      return fail(400, 'Invalid Form Body', RESTJSONErrorCodes.InvalidFormBodyOrContentType);
    }
    return (body as JsonObject[]).map((command) => {
      const name = str(command, 'name') ?? '';
      const existing = previous.find((c) => c.name === name);
      const saved = {
        type: 1,
        description: '',
        options: [],
        default_member_permissions: null,
        nsfw: false,
        ...command,
        id: existing?.id ?? snowflake(),
        application_id: this.ids.applicationId,
        version: snowflake(),
        ...(guildId === undefined ? {} : { guild_id: guildId }),
      };
      return saved as unknown as APIApplicationCommand;
    });
  }

  private interactionCallback({ params, req }: RouteContext): Reply {
    const state = this.interactions.get(params.id ?? '');
    if (state === undefined) return fail(404, 'Unknown interaction', RESTJSONErrorCodes.UnknownInteraction);
    if (state.token !== params.token) return fail(401, 'Invalid Webhook Token', RESTJSONErrorCodes.InvalidWebhookToken);
    if (state.acknowledged) {
      return fail(400, 'Interaction has already been acknowledged.', RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged);
    }
    const body = req.body;
    // Compared against the enum below; an unknown number is simply recorded.
    const type = (isObject(body) ? num(body, 'type') : undefined) as InteractionResponseType | undefined;
    if (!isObject(body) || type === undefined) {
      return fail(400, 'Invalid Form Body', RESTJSONErrorCodes.InvalidFormBodyOrContentType);
    }
    const data = isObject(body.data) ? body.data : undefined;
    let message: APIMessage | undefined;
    if (type === InteractionResponseType.ChannelMessageWithSource) {
      const invalid = validateMessageBody(data ?? {}, true);
      if (invalid !== undefined) return invalid;
      message = applyMessageBody(this.interactionMessage(state, false), data ?? {});
    } else if (type === InteractionResponseType.DeferredChannelMessageWithSource) {
      message = applyMessageBody(this.interactionMessage(state, true), { flags: (num(data ?? {}, 'flags') ?? 0) | MessageFlags.Loading });
    } else if (type === InteractionResponseType.UpdateMessage || type === InteractionResponseType.DeferredMessageUpdate) {
      // Only a component's interaction has a message to update.
      const original = state.originalId === undefined ? undefined : this.messages.get(state.originalId);
      if (state.type !== InteractionType.MessageComponent || original === undefined) {
        return fail(400, 'Interaction has no message to update', RESTJSONErrorCodes.InvalidFormBodyOrContentType);
      }
      if (type === InteractionResponseType.UpdateMessage) {
        const invalid = validateMessageBody(data ?? {}, false);
        if (invalid !== undefined) return invalid;
        this.messages.set(original.id, { ...applyMessageBody(original, data ?? {}), edited_timestamp: new Date().toISOString() });
      }
    }
    if (message !== undefined) {
      this.messages.set(message.id, message);
      state.originalId = message.id;
      state.messageIds.add(message.id);
    }
    state.acknowledged = true;
    this.callbacks.push({ interactionId: state.id, token: state.token, type, data, request: req });
    if (req.query.with_response !== 'true') return NO_CONTENT;
    return ok({
      interaction: {
        id: state.id,
        type: state.type,
        response_message_id: message?.id ?? null,
        response_message_loading: type === InteractionResponseType.DeferredChannelMessageWithSource,
        response_message_ephemeral: message !== undefined && ((message.flags ?? 0) & MessageFlags.Ephemeral) !== 0,
      },
      resource: message === undefined ? { type } : { type, message },
    });
  }

  /** Follow-up message (`interaction.followUp`). */
  private webhookCreate({ params, req }: RouteContext): Reply {
    const state = this.interactionsByToken.get(params.token ?? '');
    if (params.appId !== this.ids.applicationId || state === undefined) return this.unknownWebhook();
    const invalid = validateMessageBody(req.body, true);
    if (invalid !== undefined) return invalid;
    const message = applyMessageBody(this.interactionMessage(state, false), req.body as JsonObject);
    this.messages.set(message.id, message);
    state.messageIds.add(message.id);
    return req.query.wait === 'false' ? NO_CONTENT : ok(message);
  }

  /** editReply / fetchReply / deleteReply (`@original`) and editing a follow-up by id. */
  private webhookMessage({ params, req }: RouteContext): Reply {
    const state = this.interactionsByToken.get(params.token ?? '');
    if (params.appId !== this.ids.applicationId || state === undefined) return this.unknownWebhook();
    const id = params.messageId === '@original' ? state.originalId : params.messageId;
    const message = id === undefined || !state.messageIds.has(id) ? undefined : this.messages.get(id);
    if (message === undefined) return this.unknownMessage();
    if (req.method === 'GET') return ok(message);
    if (req.method === 'DELETE') {
      this.messages.delete(message.id);
      state.messageIds.delete(message.id);
      if (state.originalId === message.id) state.originalId = undefined;
      return NO_CONTENT;
    }
    const invalid = validateMessageBody(req.body, false);
    if (invalid !== undefined) return invalid;
    const edited = applyMessageBody(message, req.body as JsonObject);
    // Editing a deferred reply is what replaces its "thinking..." state.
    edited.flags = (edited.flags ?? 0) & ~MessageFlags.Loading;
    edited.edited_timestamp = new Date().toISOString();
    this.messages.set(edited.id, edited);
    return ok(edited);
  }

  private channelMessageCreate({ params, req }: RouteContext): Reply {
    const channel = this.channels.get(params.channelId ?? '');
    if (channel === undefined) return this.unknownChannel();
    const channelId = channel.id;
    const guildId = 'guild_id' in channel && typeof channel.guild_id === 'string' ? channel.guild_id : undefined;
    const invalid = validateMessageBody(req.body, true);
    if (invalid !== undefined) return invalid;
    const body = req.body as JsonObject;
    const reference = isObject(body.message_reference) ? body.message_reference : undefined;
    const referencedId = reference === undefined ? undefined : str(reference, 'message_id');
    const referenced = referencedId === undefined ? undefined : this.messages.get(referencedId);
    if (referencedId !== undefined && referenced === undefined && reference?.fail_if_not_exists !== false) {
      return fail(400, 'Invalid Form Body', RESTJSONErrorCodes.InvalidFormBodyOrContentType, {
        message_reference: { _errors: [{ code: 'MESSAGE_REFERENCE_UNKNOWN_MESSAGE', message: 'Unknown message' }] },
      });
    }
    const base = messagePayload({
      channelId,
      ...(guildId === undefined ? {} : { guildId }),
      author: this.botUser,
      content: '',
      type: referencedId === undefined ? MessageType.Default : MessageType.Reply,
    });
    const message = applyMessageBody(base, body);
    if (referencedId !== undefined) {
      message.message_reference = { type: 0, message_id: referencedId, channel_id: channelId, ...(guildId === undefined ? {} : { guild_id: guildId }) };
      message.referenced_message = referenced ?? null;
    }
    this.messages.set(message.id, message);
    return ok(message);
  }

  private channelMessageEdit({ params, req }: RouteContext): Reply {
    if (!this.channels.has(params.channelId ?? '')) return this.unknownChannel();
    const message = this.messages.get(params.messageId ?? '');
    if (message === undefined || message.channel_id !== params.channelId) return this.unknownMessage();
    if (message.author.id !== this.ids.botUserId) {
      return fail(403, 'Cannot edit a message authored by another user', RESTJSONErrorCodes.CannotEditMessageAuthoredByAnotherUser);
    }
    const invalid = validateMessageBody(req.body, false);
    if (invalid !== undefined) return invalid;
    const edited = applyMessageBody(message, req.body as JsonObject);
    edited.edited_timestamp = new Date().toISOString();
    this.messages.set(edited.id, edited);
    return ok(edited);
  }

  /** The message an interaction response or follow-up becomes: sent by the app's webhook, as the bot user. */
  private interactionMessage(state: InteractionState, loading: boolean): APIMessage {
    const message = messagePayload({
      channelId: state.channelId ?? this.ids.channelId,
      ...(state.guildId === undefined ? {} : { guildId: state.guildId }),
      author: this.botUser,
      content: '',
      type: state.type === InteractionType.ApplicationCommand ? MessageType.ChatInputCommand : MessageType.Default,
    });
    message.webhook_id = this.ids.applicationId;
    message.application_id = this.ids.applicationId;
    if (loading) message.flags = MessageFlags.Loading;
    return message;
  }

  private applicationPayload(): JsonObject {
    return {
      id: this.ids.applicationId,
      name: 'talks-bot',
      icon: null,
      description: '',
      bot_public: false,
      bot_require_code_grant: false,
      verify_key: '0'.repeat(64),
      flags: 0,
      team: null,
      bot: this.botUser,
    };
  }

  private registerInteraction(d: unknown): void {
    if (!isObject(d)) return;
    const id = str(d, 'id');
    const token = str(d, 'token');
    if (id === undefined || token === undefined) return;
    const channel = isObject(d.channel) ? str(d.channel, 'id') : undefined;
    // A component's interaction belongs to the message the component is on: that is its @original.
    const message = num(d, 'type') === InteractionType.MessageComponent && isObject(d.message) ? (d.message as unknown as APIMessage) : undefined;
    if (message !== undefined && !this.messages.has(message.id)) this.messages.set(message.id, message);
    const state: InteractionState = {
      id,
      token,
      type: num(d, 'type') ?? 0,
      channelId: channel ?? str(d, 'channel_id'),
      guildId: str(d, 'guild_id'),
      acknowledged: false,
      originalId: message?.id,
      messageIds: new Set(message === undefined ? [] : [message.id]),
    };
    this.interactions.set(id, state);
    this.interactionsByToken.set(token, state);
  }

  // ---- gateway ----------------------------------------------------------------------------------------------------

  /** A close the fake starts (as Discord would); not counted in clientCloseCodes. */
  private closeSocket(socket: WebSocket, code: number, reason: string): void {
    this.closedByFake.add(socket);
    socket.close(code, reason);
  }

  private onConnection(socket: WebSocket, req: IncomingMessage): void {
    const connection: Connection = { socket, session: undefined };
    this.connections.add(connection);
    socket.on('close', (code: number) => {
      if (!this.closedByFake.has(socket)) this.clientCloseCodes.push(code);
      this.connections.delete(connection);
      const session = connection.session;
      if (session !== undefined) {
        session.connection = undefined;
        // A normal close ends the session on real Discord; anything else may be resumed.
        if (code === 1000 || code === 1001) this.sessions.delete(session.id);
      }
      this.changed();
    });
    socket.on('message', (data: RawData, isBinary: boolean) => this.onFrame(connection, data, isBinary));
    socket.on('error', () => {
      // A client vanishing mid-frame is not the fake's failure; 'close' follows and cleans up.
    });
    const version = new URL(req.url ?? '/', 'http://127.0.0.1').searchParams.get('v');
    if (version !== null && version !== '10') {
      this.closeSocket(socket, GatewayCloseCodes.InvalidAPIVersion, 'Invalid API version');
      return;
    }
    this.send(connection, { op: GatewayOpcodes.Hello, t: null, s: null, d: { heartbeat_interval: this.heartbeatIntervalMs } });
  }

  private onFrame(connection: Connection, data: RawData, isBinary: boolean): void {
    let payload: unknown;
    try {
      const bytes = Buffer.isBuffer(data) ? data : Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data);
      // Only JSON text frames are spoken: discord.js without zlib-sync/erlpack sends nothing else.
      payload = isBinary ? undefined : (JSON.parse(bytes.toString('utf8')) as unknown);
    } catch {
      payload = undefined;
    }
    const op = (isObject(payload) ? num(payload, 'op') : undefined) as GatewayOpcodes | undefined;
    if (!isObject(payload) || op === undefined) {
      this.closeSocket(connection.socket, GatewayCloseCodes.DecodeError, 'Error while decoding payload.');
      return;
    }
    const d = payload.d;
    this.gatewayFrames.push({ direction: 'in', op, t: null, d });
    switch (op) {
      case GatewayOpcodes.Heartbeat:
        this.heartbeats++;
        this.send(connection, { op: GatewayOpcodes.HeartbeatAck, t: null, s: null, d: null });
        break;
      case GatewayOpcodes.Identify:
        this.onIdentify(connection, isObject(d) ? d : {});
        break;
      case GatewayOpcodes.Resume:
        this.onResume(connection, isObject(d) ? d : {});
        break;
      default:
        // Presence/voice/member requests: accepted and ignored, but only once authenticated.
        if (connection.session === undefined) this.closeSocket(connection.socket, GatewayCloseCodes.NotAuthenticated, 'Not authenticated.');
    }
    this.changed();
  }

  private onIdentify(connection: Connection, d: JsonObject): void {
    const token = str(d, 'token') ?? '';
    const raw = Array.isArray(d.shard) ? d.shard : [0, 1];
    const shard: [number, number] = [Number(raw[0] ?? 0), Number(raw[1] ?? 1)];
    const validShard = Number.isInteger(shard[0]) && Number.isInteger(shard[1]) && shard[1] >= 1 && shard[0] >= 0 && shard[0] < shard[1];
    const accepted = token === this.token && connection.session === undefined && validShard;
    this.identifies.push({ token, intents: num(d, 'intents') ?? 0, accepted, shard });
    if (!validShard) {
      this.closeSocket(connection.socket, GatewayCloseCodes.InvalidShard, 'Invalid shard.');
      return;
    }
    if (connection.session !== undefined) {
      this.closeSocket(connection.socket, GatewayCloseCodes.AlreadyAuthenticated, 'Already authenticated.');
      return;
    }
    if (!accepted) {
      this.closeSocket(connection.socket, GatewayCloseCodes.AuthenticationFailed, 'Authentication failed.');
      return;
    }
    const session: Session = { id: snowflake(), seq: 0, connection, shard };
    this.sessions.set(session.id, session);
    connection.session = session;
    const guilds = this.guildIds.filter((g) => shardOf(g, shard[1]) === shard[0]);
    const ready: GatewayReadyDispatchData = {
      v: 10,
      user: this.botUser,
      guilds: guilds.map((id) => ({ id, unavailable: true })),
      session_id: session.id,
      resume_gateway_url: this.gatewayUrl,
      shard,
      application: { id: this.ids.applicationId, flags: 0 as ApplicationFlags, flags_new: '0' },
    };
    this.readyCount++;
    this.sendDispatch(session, GatewayDispatchEvents.Ready, ready);
    for (const guildId of guilds) this.sendDispatch(session, GatewayDispatchEvents.GuildCreate, this.guildPayload(guildId));
  }

  private onResume(connection: Connection, d: JsonObject): void {
    if (str(d, 'token') !== this.token) {
      this.closeSocket(connection.socket, GatewayCloseCodes.AuthenticationFailed, 'Authentication failed.');
      return;
    }
    const session = this.sessions.get(str(d, 'session_id') ?? '');
    if (session === undefined) {
      // Not resumable: discord.js answers by identifying afresh.
      this.send(connection, { op: GatewayOpcodes.InvalidSession, t: null, s: null, d: false });
      return;
    }
    session.connection = connection;
    connection.session = session;
    this.resumeCount++;
    this.sendDispatch(session, GatewayDispatchEvents.Resumed, {});
  }

  private guildPayload(guildId: string = this.ids.guildId): GatewayGuildCreateDispatchData {
    const channelId = this.channelOf(guildId);
    const home = guildId === this.ids.guildId;
    return {
      id: guildId,
      name: 'Fake Guild',
      icon: null,
      splash: null,
      discovery_splash: null,
      banner: null,
      description: null,
      owner_id: DEFAULT_IDS.userId,
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: GuildVerificationLevel.None,
      default_message_notifications: GuildDefaultMessageNotifications.OnlyMentions,
      explicit_content_filter: GuildExplicitContentFilter.Disabled,
      roles: [everyoneRole(guildId), botRole(this.botRoleId, this.ids.botUserId)],
      emojis: [],
      stickers: [],
      features: [],
      mfa_level: GuildMFALevel.None,
      application_id: null,
      system_channel_id: null,
      system_channel_flags: 0 as GuildSystemChannelFlags,
      rules_channel_id: null,
      vanity_url_code: null,
      premium_tier: GuildPremiumTier.None,
      preferred_locale: Locale.EnglishUS,
      public_updates_channel_id: null,
      nsfw_level: GuildNSFWLevel.Default,
      premium_progress_bar_enabled: false,
      hub_type: null,
      safety_alerts_channel_id: null,
      incidents_data: null,
      // Without unavailable:false and channels discord.js keeps the guild marked unavailable.
      unavailable: false,
      joined_at: new Date(0).toISOString(),
      large: false,
      member_count: 2,
      members: [{ ...guildMember(this.botUser), roles: [this.botRoleId] }, guildMember(userPayload(DEFAULT_IDS.userId, 'asker'))],
      // The home guild holds the forums, threads and extra text channels a test made; another guild (a shard's) only its channel.
      channels: [
        textChannel(channelId, guildId),
        ...(home ? [...this.channels.values()].flatMap((c) => (c.type === ChannelType.GuildForum || (c.type === ChannelType.GuildText && c.id !== channelId) ? [c] : [])) : []),
      ],
      threads: home ? [...this.channels.values()].filter((c) => c.type === ChannelType.PublicThread) : [],
      presences: [],
      voice_states: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }

  private sendDispatch(session: Session, t: string, d: unknown): void {
    if (session.connection === undefined) return;
    session.seq++;
    this.send(session.connection, { op: GatewayOpcodes.Dispatch, t, s: session.seq, d });
  }

  private send(connection: Connection, payload: { op: number; t: string | null; s: number | null; d: unknown }): void {
    this.gatewayFrames.push({ direction: 'out', op: payload.op, t: payload.t, d: payload.d });
    connection.socket.send(JSON.stringify(payload));
  }
}
