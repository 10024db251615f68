import type { Database } from "@naravard/db";

/**
 * Failed sign-ins counted per account and per client address over a sliding window. Past the
 * limit the API refuses before it even checks the password, so guessing is slowed for every
 * client (the admin today, anything else tomorrow). Kept in the API process's memory: apps/api is
 * the one process that serves the API (decision 010 says what a second one would need).
 */
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const LOGIN_LIMIT_PER_ACCOUNT = 10;
export const LOGIN_LIMIT_PER_ADDRESS = 50;

export const loginThrottledMessage = "För många misslyckade inloggningsförsök. Vänta 15 minuter och försök igen.";

export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly now: () => number = Date.now) {}

  private recent(key: string): number[] {
    const since = this.now() - LOGIN_WINDOW_MS;
    const kept = (this.failures.get(key) ?? []).filter((at) => at > since);
    if (kept.length > 0) this.failures.set(key, kept);
    else this.failures.delete(key);
    return kept;
  }

  private keys(email: string, address: string | null) {
    return { account: `account:${email.trim().toLowerCase()}`, address: address ? `address:${address}` : null };
  }

  /** Whether another attempt for this account, or from this address, must wait. */
  isBlocked(email: string, address: string | null): boolean {
    const keys = this.keys(email, address);
    if (this.recent(keys.account).length >= LOGIN_LIMIT_PER_ACCOUNT) return true;
    return keys.address !== null && this.recent(keys.address).length >= LOGIN_LIMIT_PER_ADDRESS;
  }

  recordFailure(email: string, address: string | null): void {
    const at = this.now();
    for (const key of Object.values(this.keys(email, address))) if (key) this.failures.set(key, [...this.recent(key), at]);
  }

  /** A right password clears the account's count (not the address's: one good account must not unlock guessing others). */
  recordSuccess(email: string): void {
    this.failures.delete(this.keys(email, null).account);
  }
}

// One throttle per database: the server has one, and each test database starts with a clean slate.
const throttles = new WeakMap<Database, LoginThrottle>();
export function loginThrottleFor(db: Database): LoginThrottle {
  let throttle = throttles.get(db);
  if (!throttle) {
    throttle = new LoginThrottle();
    throttles.set(db, throttle);
  }
  return throttle;
}
