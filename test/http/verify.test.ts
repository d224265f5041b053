import { generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { publicKeyFromHex, verifyInteraction, verifyInteractionOffThread } from '../../src/http/verify.js';

function keyPair() {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const hex = Buffer.from(publicKey.export({ format: 'jwk' }).x ?? '', 'base64url').toString('hex');
  return { privateKey, hex };
}

describe('Ed25519 request signatures', () => {
  const { privateKey, hex } = keyPair();
  const key = publicKeyFromHex(hex);
  const body = Buffer.from('{"type":1}');
  const timestamp = '1700000000';
  const signature = sign(null, Buffer.concat([Buffer.from(timestamp), body]), privateKey).toString('hex');

  it('accepts a signature over timestamp + body by the application key', () => {
    expect(verifyInteraction(key, signature, timestamp, body)).toBe(true);
    expect(verifyInteraction(key, signature.toUpperCase(), timestamp, body)).toBe(true);
  });

  it('refuses a tampered body, a tampered timestamp, another key, and malformed or missing headers', () => {
    expect(verifyInteraction(key, signature, timestamp, Buffer.from('{"type":2}'))).toBe(false);
    expect(verifyInteraction(key, signature, '1700000001', body)).toBe(false);
    expect(verifyInteraction(publicKeyFromHex(keyPair().hex), signature, timestamp, body)).toBe(false);
    expect(verifyInteraction(key, signature.slice(2), timestamp, body)).toBe(false);
    expect(verifyInteraction(key, 'zz'.repeat(64), timestamp, body)).toBe(false);
    expect(verifyInteraction(key, undefined, timestamp, body)).toBe(false);
    expect(verifyInteraction(key, signature, undefined, body)).toBe(false);
    expect(verifyInteraction(key, signature, '', body)).toBe(false);
  });

  it('gives the same verdicts off the main thread as on it', async () => {
    const other = publicKeyFromHex(keyPair().hex);
    const cases: [typeof key, string | undefined, string | undefined, Buffer][] = [
      [key, signature, timestamp, body],
      [key, signature.toUpperCase(), timestamp, body],
      [key, signature, timestamp, Buffer.from('{"type":2}')],
      [key, signature, '1700000001', body],
      [other, signature, timestamp, body],
      [key, signature.slice(2), timestamp, body],
      [key, 'zz'.repeat(64), timestamp, body],
      [key, undefined, timestamp, body],
      [key, signature, undefined, body],
      [key, signature, '', body],
    ];
    const offThread = await Promise.all(cases.map((c) => verifyInteractionOffThread(...c)));
    expect(offThread).toEqual(cases.map((c) => verifyInteraction(...c)));
    expect(offThread.filter(Boolean)).toHaveLength(2);
  });

  it('reads only a 64-digit hex public key', () => {
    expect(() => publicKeyFromHex('abc')).toThrow(RangeError);
    expect(() => publicKeyFromHex('g'.repeat(64))).toThrow(RangeError);
  });
});
