/**
 * The typed client the Remix apps use, server-side, to reach the API. Imports no server code:
 * only the router's type.
 */
import { TRPCClientError, createTRPCClient, httpLink } from "@trpc/client";
import superjson from "superjson";
import type { AppRouter } from "./root.ts";

import { CLIENT_ADDRESS_HEADER, CLIENT_SIGNATURE_HEADER, TENANT_HEADER, appSecret, signClientAddress } from "./headers.ts";

export { CLIENT_ADDRESS_HEADER, TENANT_HEADER };

export interface ApiClientOptions {
  /** The API's base URL, e.g. http://127.0.0.1:4000 */
  baseUrl: string;
  tenantSlug?: string | null;
  sessionToken?: string | null;
  /** Forwarded to the API for its logs. */
  requestId?: string;
  /**
   * The visitor's address, for the API's rate limits; signed with API_APP_SECRET (the API
   * ignores an address it cannot verify and counts the connection's instead).
   */
  clientAddress?: string | null;
  /** Defaults to API_APP_SECRET from the environment. */
  appSecret?: string | null;
}

export function createApiClient(options: ApiClientOptions) {
  return createTRPCClient<AppRouter>({
    links: [
      httpLink({
        url: `${options.baseUrl.replace(/\/$/, "")}/trpc`,
        transformer: superjson,
        headers: () => {
          const headers: Record<string, string> = {};
          if (options.tenantSlug) headers[TENANT_HEADER] = options.tenantSlug;
          if (options.sessionToken) headers.authorization = `Bearer ${options.sessionToken}`;
          if (options.requestId) headers["x-request-id"] = options.requestId;
          const secret = options.appSecret === undefined ? appSecret() : options.appSecret;
          if (options.clientAddress && secret) {
            const address = options.clientAddress.slice(0, 100);
            headers[CLIENT_ADDRESS_HEADER] = address;
            headers[CLIENT_SIGNATURE_HEADER] = signClientAddress(address, secret);
          }
          return headers;
        },
      }),
    ],
  });
}

export type ApiClient = ReturnType<typeof createApiClient>;

export const isApiError = (error: unknown): error is TRPCClientError<AppRouter> => error instanceof TRPCClientError;

/** The tRPC error code of a failed call (NOT_FOUND, UNAUTHORIZED, BAD_REQUEST …), or null. */
export function apiErrorCode(error: unknown): string | null {
  return isApiError(error) ? (error.data?.code ?? null) : null;
}

/** Per-field messages of a BAD_REQUEST, as zod flattened them on the server. */
export function apiFieldErrors(error: unknown): Record<string, string[]> {
  if (!isApiError(error)) return {};
  const fieldErrors = error.data?.zodError?.fieldErrors ?? {};
  return Object.fromEntries(Object.entries(fieldErrors).filter((e): e is [string, string[]] => Array.isArray(e[1])));
}
