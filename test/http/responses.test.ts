// How a replica frames its responses (one string write: headers as a flat list, the body counted in bytes): a body
// with non-ASCII text arrives whole with its byte length, /metrics carries its own content type once, a refusal
// adds its header. Read over raw HTTP/1.1, so a doubled header or a wrong length shows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateKeyPairSync, sign } from 'node:crypto';
import { connect } from 'node:net';
import type { InteractionAnswerer } from '../../src/discord/answer-interaction.js';
import { createInFlight } from '../../src/discord/in-flight.js';
import { createLogger } from '../../src/discord/log.js';
import { startHttpServer, type HttpServer } from '../../src/http/server.js';

const { publicKey, privateKey } = generateKeyPairSync('ed25519');
const TEXT = 'Hội đàm 2022 · 越南 · “quoted” — ok';
const answerer: InteractionAnswerer = {
  inFlight: createInFlight(),
  answer: (_payload, send) => send({ type: 4, data: { content: TEXT, allowed_mentions: { parse: [] } } }),
};

let server: HttpServer;

beforeAll(async () => {
  server = await startHttpServer({
    host: '127.0.0.1',
    port: 0,
    log: createLogger([], () => undefined, { level: 'error' }),
    readiness: () => ({ ready: true }),
    interactions: { publicKey, answerer },
    metrics: { contentType: 'text/plain; version=0.0.4; charset=utf-8', text: () => Promise.resolve('metric_ä 1\n') },
  });
});

afterAll(async () => {
  await server.close(Date.now() + 1000);
});

/** One request over a fresh connection; the raw response split into status, headers (name → values) and body bytes. */
function exchange(request: string): Promise<{ status: number; headers: Map<string, string[]>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const socket = connect(server.port, '127.0.0.1', () => socket.end(request));
    const chunks: Buffer[] = [];
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('error', reject);
    socket.on('close', () => {
      const all = Buffer.concat(chunks);
      const end = all.indexOf('\r\n\r\n');
      const [statusLine = '', ...lines] = all.subarray(0, end).toString('latin1').split('\r\n');
      const headers = new Map<string, string[]>();
      for (const line of lines) {
        const at = line.indexOf(':');
        const name = line.slice(0, at).toLowerCase();
        headers.set(name, [...(headers.get(name) ?? []), line.slice(at + 1).trim()]);
      }
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: all.subarray(end + 4) });
    });
  });
}

describe('response framing', () => {
  it('sends a signed interaction its JSON with the byte length of non-ASCII text, and one content type', async () => {
    const body = JSON.stringify({ id: '1300000000000000100', application_id: '1300000000000000001', type: 2, token: 'tok', version: 1 });
    const timestamp = String(Math.floor(Date.now() / 1000));
    const signature = sign(null, Buffer.from(timestamp + body), privateKey).toString('hex');
    const res = await exchange(
      `POST /interactions HTTP/1.1\r\nhost: x\r\nconnection: close\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\n` +
        `x-signature-ed25519: ${signature}\r\nx-signature-timestamp: ${timestamp}\r\n\r\n${body}`,
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toEqual(['application/json']);
    expect(res.headers.get('content-length')).toEqual([String(res.body.length)]);
    expect(JSON.parse(res.body.toString('utf8'))).toEqual({ type: 4, data: { content: TEXT, allowed_mentions: { parse: [] } } });
  });

  it('gives /metrics its own content type once, and a refusal its extra header', async () => {
    const metrics = await exchange('GET /metrics HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n');
    expect(metrics.headers.get('content-type')).toEqual(['text/plain; version=0.0.4; charset=utf-8']);
    expect(metrics.body.toString('utf8')).toBe('metric_ä 1\n');
    expect(metrics.headers.get('content-length')).toEqual([String(Buffer.byteLength('metric_ä 1\n'))]);
    const wrong = await exchange('PUT /interactions HTTP/1.1\r\nhost: x\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toEqual(['POST']);
    expect(wrong.headers.get('content-type')).toEqual(['application/json']);
  });
});
