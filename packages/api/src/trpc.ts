import { createHash, randomBytes } from "node:crypto";
import { TRPCError, initTRPC } from "@trpc/server";
import { ZodError, z } from "zod";
import { type Role, TenantSlugSchema } from "@naravard/domain";
import { findSessionUser, findTenantBySlug, listMembershipsOfUser, pinUser, withoutTenant } from "@naravard/db";
import type { ContextInner } from "./context.ts";
import { ConflictError } from "./results.ts";
import { transformer } from "./transformer.ts";
import { findUnstorableText, unstorableTextError } from "./unstorable-text.ts";

const t = initTRPC.context<ContextInner>().create({
  // superjson, with the network's input checked in shape before superjson walks it (transformer.ts).
  transformer,
  // Never send stack traces; expose zod's issues so forms can show them next to their fields.
  isDev: false,
  errorFormatter({ shape, error }) {
    const zodError = error.cause instanceof ZodError ? z.flattenError(error.cause) : null;
    const conflict = error.cause instanceof ConflictError ? error.cause.current : null;
    const message =
      error.code === "INTERNAL_SERVER_ERROR"
        ? "Något gick fel hos oss. Försök igen om en stund."
        : zodError
          ? "Uppgifterna är inte giltiga. Rätta de markerade fälten."
          : shape.message;
    return { ...shape, message, data: { code: shape.data.code, httpStatus: shape.data.httpStatus, path: shape.data.path, zodError, conflict } };
  },
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;
export const middleware = t.middleware;

/** Error codes meaning the database cannot be reached (postgres.js, Node sockets, PostgreSQL's class 08 and 57P). */
const unavailableCodes = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "CONNECTION_ENDED", "CONNECTION_DESTROYED", "CONNECTION_CLOSED", "CONNECT_TIMEOUT", "57P01", "57P02", "57P03", "08000", "08001", "08003", "08006"]);
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 6; e = (e as { cause?: unknown }).cause, depth++)
    if (unavailableCodes.has(String((e as { code?: unknown }).code))) return true;
  return false;
}

/**
 * Every procedure: text the database cannot store is refused as a field error before any query,
 * and a database outage answers 503 with a clear message, not a 500 or a hang.
 */
const base = t.procedure.use(async ({ next, getRawInput, type, ctx, path }) => {
  ctx.onProcedure?.(path, type);
  // A write may rename or remove a programme: forget the programmes looked up, before and after.
  if (type === "mutation") forgetTenants(ctx.db);
  const unstorable = findUnstorableText(await getRawInput());
  if (unstorable.length > 0) throw new TRPCError({ code: "BAD_REQUEST", cause: unstorableTextError(unstorable) });
  // A query stuck on a connection the server dropped must not hang the caller: after the
  // deadline the answer is 503 (the work, if it ever finishes, was not acknowledged).
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(unavailable()), REQUEST_DEADLINE_MS);
  });
  try {
    const result = await Promise.race([next(), deadline]);
    if (!result.ok && isDatabaseUnavailable(result.error.cause))
      throw new TRPCError({ code: "SERVICE_UNAVAILABLE", message: "Tjänsten är tillfälligt otillgänglig. Försök igen om en liten stund.", cause: result.error });
    return result;
  } finally {
    clearTimeout(timer);
    if (type === "mutation") forgetTenants(ctx.db);
  }
});

/** How long any procedure may take before the caller gets 503 instead of waiting on. */
export const REQUEST_DEADLINE_MS = 10_000;
const unavailable = () => new TRPCError({ code: "SERVICE_UNAVAILABLE", message: "Tjänsten är tillfälligt otillgänglig. Försök igen om en liten stund." });

export const publicProcedure = base;

export const notFound = (message = "Det du söker finns inte.") => new TRPCError({ code: "NOT_FOUND", message });

type Tenant = NonNullable<Awaited<ReturnType<typeof findTenantBySlug>>>;

/**
 * The programmes looked up by slug, per database, so a call costs its own statements and not two
 * more for the lookup. Any write through the API empties it (above); an entry also expires after
 * a minute, for changes made outside the API (the seed, psql). Unknown slugs are not kept.
 */
const TENANT_TTL_MS = 60_000;
const knownTenants = new WeakMap<object, Map<string, { tenant: Tenant; expires: number }>>();
// Bumped by every forget, so a lookup that raced a write does not put the old row back.
let tenantGeneration = 0;
export function forgetTenants(db: object) {
  tenantGeneration += 1;
  knownTenants.delete(db);
}
async function tenantBySlug(db: ContextInner["db"], slug: string): Promise<Tenant | null> {
  const hit = knownTenants.get(db)?.get(slug);
  if (hit && hit.expires > Date.now()) return hit.tenant;
  const started = tenantGeneration;
  const tenant = await withoutTenant(db, (tx) => findTenantBySlug(tx, slug));
  if (!tenant || started !== tenantGeneration) return tenant ?? null;
  let known = knownTenants.get(db);
  if (!known) knownTenants.set(db, (known = new Map()));
  known.set(slug, { tenant, expires: Date.now() + TENANT_TTL_MS });
  return tenant;
}

/** Resolves the tenant the request names; an unknown one is NOT_FOUND. */
export const tenantProcedure = base.use(async ({ ctx, next }) => {
  const slug = TenantSlugSchema.safeParse(ctx.tenantSlug ?? "");
  if (!slug.success) throw notFound("Programmet finns inte.");
  const tenant = await tenantBySlug(ctx.db, slug.data);
  if (!tenant) throw notFound("Programmet finns inte.");
  return next({ ctx: { tenant } });
});

export const hashSessionToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** A random 256-bit token for a link or a session, and the hash the database keeps instead. */
export function newToken() {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashSessionToken(token) };
}

/** Requires a live session; puts the user and their memberships on the context. */
export const authedProcedure = base.use(async ({ ctx, next }) => {
  if (!ctx.sessionToken) throw new TRPCError({ code: "UNAUTHORIZED", message: "Logga in för att fortsätta." });
  const tokenHash = hashSessionToken(ctx.sessionToken);
  // One transaction for both: the session's user, then (with that user pinned, the only way their
  // memberships are visible) the programmes they belong to.
  const found = await withoutTenant(ctx.db, async (tx) => {
    const user = await findSessionUser(tx, tokenHash);
    if (!user) return null;
    await pinUser(tx, user.userId);
    return { user, memberships: await listMembershipsOfUser(tx, user.userId) };
  });
  if (!found) throw new TRPCError({ code: "UNAUTHORIZED", message: "Din inloggning har gått ut. Logga in igen." });
  const { user, memberships } = found;
  return next({
    ctx: {
      user: { id: user.userId, email: user.email, name: user.name, isPlatformAdmin: user.isPlatformAdmin },
      memberships,
      sessionTokenHash: tokenHash,
    },
  });
});

const roleRank: Record<Role, number> = { viewer: 0, editor: 1, coordinator: 2 };

/**
 * A signed-in member of the requested tenant with at least `minimum` role. A user with no
 * membership in the tenant gets NOT_FOUND: another tenant looks exactly like a missing one.
 */
const memberOf = (minimum: Role) =>
  tenantProcedure.unstable_concat(authedProcedure).use(({ ctx, next }) => {
    const membership = ctx.memberships.find((m) => m.tenantId === ctx.tenant.id);
    if (!membership) throw notFound("Programmet finns inte.");
    if (roleRank[membership.role] < roleRank[minimum])
      throw new TRPCError({ code: "FORBIDDEN", message: "Din roll får inte göra detta i programmet." });
    // `actor` goes to withTenant on every write so the audit log records who made the change.
    return next({ ctx: { role: membership.role, actor: { userId: ctx.user.id } } });
  });

export const tenantMemberProcedure = memberOf("viewer");
export const editorProcedure = memberOf("editor");
export const coordinatorProcedure = memberOf("coordinator");

/** Platform administrators (who create tenants); everyone else gets NOT_FOUND. */
export const platformAdminProcedure = authedProcedure.use(({ ctx, next }) => {
  if (!ctx.user.isPlatformAdmin) throw notFound();
  return next();
});
