import type { Database } from "@naravard/db";


import { TENANT_HEADER } from "./headers.ts";

export { TENANT_HEADER };

/**
 * The inner context: everything a procedure needs, with the database injected so tests and
 * server-side callers bring their own.
 */
export interface ContextInner {
  db: Database;
  /** The tenant slug the request names, if any; resolved by `tenantProcedure`. */
  tenantSlug: string | null;
  /** The session token from `Authorization: Bearer …`, if any; resolved by `authedProcedure`. */
  sessionToken: string | null;
  /** The visitor's address as the portal saw it (for rate limits only; never stored in clear). */
  clientAddress: string | null;
  /** Told of every procedure as it starts (the benchmark's probe, NARAVARD_BENCH=1); else absent. */
  onProcedure?: ProcedureObserver | undefined;
}

export type ProcedureObserver = (path: string, type: "query" | "mutation" | "subscription") => void;

export function createContextInner(opts: {
  db: Database;
  tenantSlug?: string | null;
  sessionToken?: string | null;
  clientAddress?: string | null;
  onProcedure?: ProcedureObserver | undefined;
}): ContextInner {
  return {
    db: opts.db,
    tenantSlug: opts.tenantSlug ?? null,
    sessionToken: opts.sessionToken ?? null,
    clientAddress: opts.clientAddress ?? null,
    ...(opts.onProcedure ? { onProcedure: opts.onProcedure } : {}),
  };
}

/** Header the apps use to pass on the visitor's address (the API itself only sees the app's). */
export const CLIENT_ADDRESS_HEADER = "x-naravard-client-address";

/** The outer context for HTTP: reads the tenant and the session from the request headers. */
export function createContextFromHeaders(
  db: Database,
  headers: Record<string, string | string[] | undefined>,
  onProcedure?: ProcedureObserver,
): ContextInner {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? null;
  const auth = first(headers.authorization);
  const bearer = auth?.startsWith("Bearer ") ? auth.slice("Bearer ".length).trim() : null;
  return createContextInner({
    db,
    tenantSlug: first(headers[TENANT_HEADER]),
    sessionToken: bearer || null,
    clientAddress: first(headers[CLIENT_ADDRESS_HEADER])?.slice(0, 100) ?? null,
    onProcedure,
  });
}
