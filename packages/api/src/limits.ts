import { createHmac } from "node:crypto";
import { TRPCError } from "@trpc/server";
import ipaddr from "ipaddr.js";
import { RateLimiterDrizzle, RateLimiterRes } from "rate-limiter-flexible";
import { type Database, lt, schema } from "@naravard/db";

/**
 * Every limit on what one client may repeat: password checks, page feedback, searches (decision
 * 016). Counted by rate-limiter-flexible in PostgreSQL (table rate_limit, one atomic upsert per
 * count), so every API process counts the same and a restart forgets nothing. Keys are HMACs of
 * the e-mail and the address (context.ts says which address counts): the table holds neither.
 */
export const LIMITS = {
  /** Wrong passwords for one account from one address. */
  passwordPerAccountAndAddress: { points: 10, duration: 15 * 60 },
  /** Wrong passwords from one address, whatever the account (guessing across accounts). */
  passwordPerAddress: { points: 50, duration: 15 * 60 },
  /**
   * Wrong passwords for one account from everywhere (guessing from many addresses). High, so that
   * locking someone out takes many real addresses; the per-address limits stop the rest.
   */
  passwordPerAccount: { points: 100, duration: 15 * 60 },
  /** "Hade du nytta?" answers from one address to one programme. */
  feedbackPerAddress: { points: 30, duration: 10 * 60 },
  /** Searches from one address. */
  searchPerAddress: { points: 60, duration: 60 },
} as const;

export const passwordThrottledMessage = "För många misslyckade inloggningsförsök. Vänta 15 minuter och försök igen.";
const feedbackThrottledMessage = "Du har skickat många svar på kort tid. Vänta en stund och försök igen.";
const searchThrottledMessage = "Du har sökt många gånger på kort tid. Vänta en minut och försök igen.";

type LimitName = keyof typeof LIMITS;
type Limiters = Record<LimitName, RateLimiterDrizzle>;

// One set per database: the server has one, and each test database counts for itself.
const limitersByDb = new WeakMap<Database, Limiters>();
function limitersFor(db: Database): Limiters {
  let limiters = limitersByDb.get(db);
  if (!limiters) {
    const make = (name: LimitName) =>
      // Expired counters are removed by the API's hourly sweep (sweepRateLimits), not by a timer per limiter.
      new RateLimiterDrizzle({
        storeClient: db,
        schema: schema.rateLimit,
        keyPrefix: name,
        clearExpiredByTimeout: false,
        ...LIMITS[name],
      });
    limiters = {
      passwordPerAccountAndAddress: make("passwordPerAccountAndAddress"),
      passwordPerAddress: make("passwordPerAddress"),
      passwordPerAccount: make("passwordPerAccount"),
      feedbackPerAddress: make("feedbackPerAddress"),
      searchPerAddress: make("searchPerAddress"),
    };
    limitersByDb.set(db, limiters);
  }
  return limiters;
}

const keyOf = (...parts: string[]) =>
  createHmac("sha256", process.env.INPUT_HASH_SECRET ?? "naravard-input")
    .update(parts.join("\u0000"))
    .digest("base64url");
/**
 * One client, for every limit: an IPv4 address, or an IPv6 address's /64 — a home, a phone or a
 * server gets a whole /64 and can pick a new address in it for every request (issue 20's review:
 * eleven addresses held an account's sign-in). IPv4 written as IPv6 (`::ffff:a.b.c.d`) is the IPv4
 * address. A caller in this process (a test, a script) has no address; it counts as one client.
 */
export function clientKey(address: string | null): string {
  if (!address) return "in-process";
  if (!ipaddr.isValid(address)) return address;
  const parsed = ipaddr.process(address);
  if (parsed.kind() === "ipv4") return parsed.toString();
  return `${(parsed as ipaddr.IPv6).parts
    .slice(0, 4)
    .map((part) => part.toString(16))
    .join(":")}::/64`;
}
const addressOf = clientKey;

/** Counts one; true when the limit was already reached (rate-limiter-flexible rejects with a RateLimiterRes). */
async function overLimit(limiter: RateLimiterDrizzle, key: string): Promise<boolean> {
  try {
    await limiter.consume(key);
    return false;
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return true;
    throw rejection;
  }
}

/**
 * The one place a password is checked (login, accepting an invitation with an existing account,
 * changing one's password): every attempt counts against the account from this address, the
 * address, and the account, before `verify` runs, so parallel guesses cannot slip past the
 * count. A right password gives the attempt back; wrong ones stay counted for the window.
 */
export async function checkPassword(
  db: Database,
  { email, address }: { email: string; address: string | null },
  verify: () => Promise<boolean>,
): Promise<boolean> {
  const limiters = limitersFor(db);
  const account = email.trim().toLowerCase();
  const keys = {
    pair: keyOf("account+address", account, addressOf(address)),
    address: keyOf("address", addressOf(address)),
    account: keyOf("account", account),
  };
  const over = await Promise.all([
    overLimit(limiters.passwordPerAccountAndAddress, keys.pair),
    overLimit(limiters.passwordPerAddress, keys.address),
    overLimit(limiters.passwordPerAccount, keys.account),
  ]);
  if (over.some(Boolean)) throw new TRPCError({ code: "TOO_MANY_REQUESTS", message: passwordThrottledMessage });
  const ok = await verify();
  if (ok)
    await Promise.all([
      limiters.passwordPerAccountAndAddress.delete(keys.pair),
      limiters.passwordPerAddress.reward(keys.address),
      limiters.passwordPerAccount.reward(keys.account),
    ]);
  return ok;
}

/**
 * Removes the counters whose window ended (a counter that comes back starts afresh anyway; this
 * keeps keys used once — a sprayed e-mail address — from piling up). Safe from any number of
 * processes at once: one delete. Returns how many went.
 */
export async function sweepRateLimits(db: Database): Promise<number> {
  const gone = await db
    .delete(schema.rateLimit)
    .where(lt(schema.rateLimit.expire, new Date()))
    .returning({ key: schema.rateLimit.key });
  return gone.length;
}

/** Counts one page-feedback answer from the caller to a programme; refuses past the limit. */
export async function limitFeedback(db: Database, { tenantId, address }: { tenantId: string; address: string | null }) {
  if (await overLimit(limitersFor(db).feedbackPerAddress, keyOf("feedback", tenantId, addressOf(address))))
    throw new TRPCError({ code: "TOO_MANY_REQUESTS", message: feedbackThrottledMessage });
}

/** Counts one search from the caller; refuses past the limit. */
export async function limitSearch(db: Database, { address }: { address: string | null }) {
  if (await overLimit(limitersFor(db).searchPerAddress, keyOf("search", addressOf(address))))
    throw new TRPCError({ code: "TOO_MANY_REQUESTS", message: searchThrottledMessage });
}
