// Discord signs every request to the Interactions Endpoint with the application's Ed25519 key: the signature
// (X-Signature-Ed25519, hex) covers X-Signature-Timestamp followed by the raw body. node:crypto verifies it; the
// public key (DISCORD_PUBLIC_KEY, 64 hex digits) is wrapped in the fixed DER header of an Ed25519 SPKI key.
import { createPublicKey, verify, type KeyObject } from 'node:crypto';

const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
const HEX_KEY = /^[0-9a-f]{64}$/i;
const HEX_SIGNATURE = /^[0-9a-f]{128}$/i;

/** The key for verify(); throws a RangeError for anything but 32 bytes of hex. */
export function publicKeyFromHex(hex: string): KeyObject {
  if (!HEX_KEY.test(hex)) throw new RangeError('an Ed25519 public key is 64 hexadecimal digits');
  return createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, Buffer.from(hex, 'hex')]), format: 'der', type: 'spki' });
}

/** The signed message (timestamp then body) in one buffer, or null when the headers cannot be a signature. */
function signedMessage(signature: string | undefined, timestamp: string | undefined, body: Buffer): { message: Buffer; signature: Buffer } | null {
  if (signature === undefined || timestamp === undefined || !HEX_SIGNATURE.test(signature) || timestamp.length === 0) return null;
  // The signed message in one buffer, without a separate one for the timestamp.
  const stamp = Buffer.byteLength(timestamp, 'utf8');
  const message = Buffer.allocUnsafe(stamp + body.length);
  message.write(timestamp, 0, 'utf8');
  body.copy(message, stamp);
  return { message, signature: Buffer.from(signature, 'hex') };
}

/** True only for a well-formed signature by `key` over `timestamp` + `body`. */
export function verifyInteraction(key: KeyObject, signature: string | undefined, timestamp: string | undefined, body: Buffer): boolean {
  const signed = signedMessage(signature, timestamp, body);
  if (signed === null) return false;
  try {
    return verify(null, signed.message, key, signed.signature);
  } catch {
    return false;
  }
}

/**
 * verifyInteraction's answer, worked out on libuv's thread pool (node:crypto's callback form): the Ed25519 check
 * (~60-120 µs, the largest single cost of a request outside the engine) leaves the one JavaScript thread free for
 * other requests meanwhile, which is what bounds a replica's requests per second.
 */
export function verifyInteractionOffThread(key: KeyObject, signature: string | undefined, timestamp: string | undefined, body: Buffer): Promise<boolean> {
  const signed = signedMessage(signature, timestamp, body);
  if (signed === null) return Promise.resolve(false);
  return new Promise((resolve) => {
    try {
      verify(null, signed.message, key, signed.signature, (error, valid) => resolve(error === null && valid));
    } catch {
      resolve(false);
    }
  });
}
