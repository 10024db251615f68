import { randomFillSync } from "node:crypto";

const SIZE = 16;
const pool = Buffer.alloc(SIZE * 256);
let offset = pool.length;

/**
 * A Content-Security-Policy nonce: 16 random bytes, base64. The bytes come from a pool filled
 * 256 nonces at a time from the operating system's generator (as `crypto.randomUUID` does), so a
 * page costs no system call of its own; every nonce is still unpredictable and used once.
 */
export function createNonce(): string {
  if (offset + SIZE > pool.length) {
    randomFillSync(pool);
    offset = 0;
  }
  const nonce = pool.toString("base64", offset, offset + SIZE);
  offset += SIZE;
  return nonce;
}
