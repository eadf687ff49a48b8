// Codes an authenticator app would show (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits),
// computed here independently of the service from the key the enrolment page shows.
import { createHmac } from 'node:crypto';

function base32(text) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const c of text.replace(/[\s=]/g, '').toUpperCase()) {
    const v = alphabet.indexOf(c);
    if (v < 0) throw new Error(`not base32: ${c}`);
    bits += v.toString(2).padStart(5, '0');
  }
  const bytes = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(parseInt(bits.slice(i, i + 8), 2));
  return Buffer.from(bytes);
}

// The code for the step `offset` steps from now (0: now, 1: the next one).
export function totp(secret, offset = 0, now = Date.now()) {
  const counter = Math.floor(now / 1000 / 30) + offset;
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const hmac = createHmac('sha1', base32(secret)).update(message).digest();
  const at = hmac[hmac.length - 1] & 0x0f;
  const value = (hmac.readUInt32BE(at) & 0x7fffffff) % 1000000;
  return String(value).padStart(6, '0');
}

export const stepNow = () => Math.floor(Date.now() / 1000 / 30);

// A code the service has not seen yet, after `used` (the last step used): each step is
// accepted once per person, with the steps either side of now; waits for the clock if needed.
export async function unusedCode(secret, used) {
  while (stepNow() + 1 <= used) await new Promise((resolve) => setTimeout(resolve, 500));
  const step = Math.max(used + 1, stepNow());
  return { code: totp(secret, step - stepNow()), step };
}
