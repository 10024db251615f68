import { createHmac, timingSafeEqual } from "node:crypto";

/** HTTP header that names the tenant a request is about (set by the apps' tRPC client). */
export const TENANT_HEADER = "x-naravard-tenant";

/** Header the apps use to pass on the visitor's address (the API itself only sees the app's). */
export const CLIENT_ADDRESS_HEADER = "x-naravard-client-address";
/** The apps' HMAC of that address, with the secret they share with the API (API_APP_SECRET). */
export const CLIENT_SIGNATURE_HEADER = "x-naravard-client-signature";

/** The secret the portal and the admin share with the API, to vouch for the visitor's address. */
export const appSecret = () => process.env.API_APP_SECRET || null;

export const signClientAddress = (address: string, secret: string) => createHmac("sha256", secret).update(address).digest("base64url");

/**
 * The address the API's limits count a request by. Only an address the apps vouch for (signed
 * with the shared secret) is taken from the headers: anyone else can write any header, so an
 * unsigned or wrongly signed one is ignored and the connection's own address counts instead.
 */
export function trustedClientAddress(
  address: string | null,
  signature: string | null,
  peerAddress: string | null,
  secret: string | null = appSecret(),
): string | null {
  if (address && signature && secret) {
    const expected = Buffer.from(signClientAddress(address, secret));
    const given = Buffer.from(signature);
    if (given.length === expected.length && timingSafeEqual(given, expected)) return address;
  }
  return peerAddress;
}
