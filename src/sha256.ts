// One way to fingerprint a text, shared by everything that proves a file unchanged (articles against their
// received files, the console's snapshot, the build's record of validated data).
import { createHash } from 'node:crypto';

/** The SHA-256 of a text (UTF-8), in hex. */
export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
