// The HTTP server of a replica: POST /interactions (Discord's Interactions Endpoint) when DISCORD_PUBLIC_KEY is
// set, and for operators GET /healthz (the process answers), /readyz (it should get traffic) and /metrics
// (Prometheus). Bad requests get a status and never stop the server: an unsigned or wrongly signed one 401
// (Discord checks this on purpose), a body over 1 MB 413, a body that is not an interaction 400.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { KeyObject } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { APIInteraction, APIInteractionResponse } from 'discord.js';
import type { Logger } from '../discord/log.js';
import type { InteractionAnswerer } from '../discord/answer-interaction.js';
import { verifyInteractionOffThread } from './verify.js';

export const MAX_BODY_BYTES = 1024 * 1024;

/** What /readyz reports; `ready` false answers 503, so a load balancer stops sending requests. */
export interface Readiness {
  readonly ready: boolean;
  readonly [detail: string]: unknown;
}

export interface HttpServerOptions {
  readonly host: string;
  readonly port: number;
  readonly log: Logger;
  /** Serves POST /interactions. */
  readonly interactions?: { readonly publicKey: KeyObject; readonly answerer: InteractionAnswerer };
  readonly readiness: () => Readiness;
  /** Prometheus exposition text for /metrics (404 when absent). */
  readonly metrics?: { readonly contentType: string; readonly text: () => Promise<string> };
  readonly maxBodyBytes?: number;
}

export interface HttpServer {
  readonly port: number;
  readonly server: Server;
  /** Stops accepting connections; open ones finish their request. Resolves when all are closed, or at `deadline`. */
  close(deadline: number): Promise<void>;
}

const SNOWFLAKE = /^\d{1,20}$/;

/**
 * Only what routing, the webhook routes and logging read (ids, type, token); the rest is the handler's to
 * interpret (typed by discord-api-types). Checked by hand: it runs on every request.
 */
function isInteraction(value: unknown): value is APIInteraction {
  if (typeof value !== 'object' || value === null) return false;
  const { id, application_id: applicationId, type, token } = value as Record<string, unknown>;
  return (
    typeof id === 'string' &&
    SNOWFLAKE.test(id) &&
    typeof applicationId === 'string' &&
    SNOWFLAKE.test(applicationId) &&
    Number.isInteger(type) &&
    typeof token === 'string' &&
    token.length > 0
  );
}

class TooLarge extends Error {}

function readBody(req: IncomingMessage, max: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > max) {
      reject(new TooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        req.removeAllListeners('data');
        req.resume();
        reject(new TooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(chunks.length === 1 && chunks[0] ? chunks[0] : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** How much of a refused body is still read before answering, so the client is not cut off mid-upload. */
const DRAIN_BYTES = 8 * 1024 * 1024;
const DRAIN_MS = 2_000;

/**
 * Reads what is left of a request whose body is refused, discarding it: a response sent and the socket closed
 * while the client still writes makes its send fail (EPIPE) before it reads the 413. Bounded in bytes and time.
 */
function drain(req: IncomingMessage): Promise<void> {
  return new Promise((resolve) => {
    if (req.readableEnded) {
      resolve();
      return;
    }
    let size = 0;
    const timer = setTimeout(resolve, DRAIN_MS);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > DRAIN_BYTES) done();
    });
    req.once('end', done);
    req.once('error', done);
    req.once('close', done);
    req.resume();
  });
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): Promise<void> {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const type = typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/json';
  return new Promise((resolve) => {
    if (res.writableEnded || res.destroyed) {
      resolve();
      return;
    }
    // Headers as a flat list, and the body as a string: node:http then sends status line, headers and body as
    // one string in one write, encoded once (counting its bytes is no second encoding).
    const { 'content-type': given, ...rest } = headers;
    const list = ['content-type', given ?? type, 'content-length', String(Buffer.byteLength(text, 'utf8'))];
    for (const name in rest) list.push(name, rest[name] ?? '');
    res.writeHead(status, list);
    res.end(text, 'utf8', () => resolve());
  });
}

const header = (req: IncomingMessage, name: string): string | undefined => {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

export async function startHttpServer(options: HttpServerOptions): Promise<HttpServer> {
  const { log } = options;
  const max = options.maxBodyBytes ?? MAX_BODY_BYTES;

  const interactions = async (req: IncomingMessage, res: ServerResponse, receivedAt: number): Promise<void> => {
    const endpoint = options.interactions;
    if (!endpoint) return send(res, 404, { error: 'not found' });
    let body: Buffer;
    try {
      body = await readBody(req, max);
    } catch (error) {
      if (error instanceof TooLarge) {
        log.warn('interaction request refused: body over the limit', { limitBytes: max });
        await drain(req);
        return send(res, 413, { error: 'body too large' }, { connection: 'close' });
      }
      throw error;
    }
    if (!(await verifyInteractionOffThread(endpoint.publicKey, header(req, 'x-signature-ed25519'), header(req, 'x-signature-timestamp'), body))) {
      log.debug('interaction request refused: missing or invalid signature');
      return send(res, 401, { error: 'invalid request signature' });
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString('utf8'));
    } catch {
      log.warn('interaction request refused: not JSON');
      return send(res, 400, { error: 'body is not JSON' });
    }
    if (!isInteraction(parsed)) {
      log.warn('interaction request refused: not an interaction');
      return send(res, 400, { error: 'body is not an interaction' });
    }
    const payload = parsed;
    try {
      await endpoint.answerer.answer(payload, (response: APIInteractionResponse) => send(res, 200, response), receivedAt);
    } catch (error) {
      // discord.js could not make an object of it: malformed, though signed.
      log.error('interaction could not be read', { interactionId: payload.id, error });
      return send(res, 400, { error: 'malformed interaction' });
    }
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const receivedAt = performance.now();
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/interactions') {
      if (req.method !== 'POST') return send(res, 405, { error: 'use POST' }, { allow: 'POST' });
      return interactions(req, res, receivedAt);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, { error: 'use GET' }, { allow: 'GET' });
    if (path === '/healthz') return send(res, 200, { ok: true });
    if (path === '/readyz') {
      const report = options.readiness();
      return send(res, report.ready ? 200 : 503, report);
    }
    if (path === '/metrics' && options.metrics) return send(res, 200, await options.metrics.text(), { 'content-type': options.metrics.contentType });
    return send(res, 404, { error: 'not found' });
  };

  const server = createServer({ requestTimeout: 10_000, headersTimeout: 5_000 }, (req, res) => {
    handle(req, res).catch((error: unknown) => {
      log.error('http request failed', { path: (req.url ?? '').split('?')[0], error });
      void send(res, 500, { error: 'internal error' });
    });
  });
  // A client that drops the connection mid-request is its own problem, not the server's.
  server.on('clientError', (_error, socket) => socket.destroy());
  // A client that half-closes after sending its request still gets the response, then the connection ends: without
  // this node:http ends the socket at the client's FIN, before an answer that waited on anything (the signature
  // check off the main thread, Redis) could be written. (node:http's own switch, there since its first versions.)
  (server as Server & { httpAllowHalfOpen: boolean }).httpAllowHalfOpen = true;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    server,
    close: (deadline) =>
      new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          server.closeAllConnections();
          resolve();
        }, Math.max(0, deadline - Date.now()));
        timer.unref();
        server.close(() => {
          clearTimeout(timer);
          resolve();
        });
        server.closeIdleConnections();
      }),
  };
}
