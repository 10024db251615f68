import type { Database } from "@naravard/db";
import { CLIENT_ADDRESS_HEADER, CLIENT_SIGNATURE_HEADER, TENANT_HEADER, trustedClientAddress } from "./headers.ts";

export { CLIENT_ADDRESS_HEADER, TENANT_HEADER };

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
  /**
   * Whom the rate limits count: the visitor's address as the portal or admin saw it when they
   * vouch for it, else the address of the connection (never stored in clear).
   */
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

/**
 * The outer context for HTTP: reads the tenant and the session from the request headers, and
 * the client's address from the apps' signed header or else the connection (`peerAddress`).
 */
export function createContextFromHeaders(
  db: Database,
  headers: Record<string, string | string[] | undefined>,
  onProcedure?: ProcedureObserver,
  peerAddress: string | null = null,
): ContextInner {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? null;
  const auth = first(headers.authorization);
  const bearer = auth?.startsWith("Bearer ") ? auth.slice("Bearer ".length).trim() : null;
  return createContextInner({
    db,
    tenantSlug: first(headers[TENANT_HEADER]),
    sessionToken: bearer || null,
    clientAddress: trustedClientAddress(first(headers[CLIENT_ADDRESS_HEADER])?.slice(0, 100) ?? null, first(headers[CLIENT_SIGNATURE_HEADER]), peerAddress),
    onProcedure,
  });
}
