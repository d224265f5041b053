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

/** True only for a well-formed signature by `key` over `timestamp` + `body`. */
export function verifyInteraction(key: KeyObject, signature: string | undefined, timestamp: string | undefined, body: Buffer): boolean {
  if (signature === undefined || timestamp === undefined || !HEX_SIGNATURE.test(signature) || timestamp.length === 0) return false;
  try {
    // The signed message in one buffer, without a separate one for the timestamp.
    const stamp = Buffer.byteLength(timestamp, 'utf8');
    const message = Buffer.allocUnsafe(stamp + body.length);
    message.write(timestamp, 0, 'utf8');
    body.copy(message, stamp);
    return verify(null, message, key, Buffer.from(signature, 'hex'));
  } catch {
    return false;
  }
}
