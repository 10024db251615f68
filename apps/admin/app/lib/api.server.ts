import { CLIENT_ADDRESS_HEADER, apiErrorCode, createApiClient, isApiError } from "@naravard/api/client";
import { TenantSlugSchema } from "@naravard/domain";
import { env } from "../env.server.ts";

export { apiErrorCode, apiFieldErrors, isApiError } from "@naravard/api/client";

/**
 * The API client for one request: the signed-in user's token and, for a programme's pages, its
 * slug. Made per request so no user's token can leak into another's call.
 */
export function apiFor({ token, tenant, clientAddress }: { token?: string | null; tenant?: string | null; clientAddress?: string | null } = {}) {
  // An address's programme that cannot be a programme's name (a control character, an emoji) is no
  // page: 404 here, not a header the API call cannot send (a false 503 "the API is down").
  if (tenant && !TenantSlugSchema.safeParse(tenant).success) throw new Response("Sidan finns inte.", { status: 404, statusText: "Not Found" });
  return createApiClient({ baseUrl: env.API_URL, sessionToken: token, tenantSlug: tenant, clientAddress });
}

/** The visitor's address as the app's server determined it (packages/app-server; never X-Forwarded-For as sent). */
export const clientAddress = (request: Request) => request.headers.get(CLIENT_ADDRESS_HEADER) || null;

/** The message the API gave with a client error (they are written in Swedish for users). */
export function apiErrorMessage(error: unknown, fallback: string): string {
  const code = apiErrorCode(error);
  if (code === null || code === "INTERNAL_SERVER_ERROR") return fallback;
  return error instanceof Error && error.message ? error.message : fallback;
}

/**
 * For failures a form cannot explain. An API that cannot be reached at all (no tRPC error code)
 * becomes a 503, which the error page explains as "try again soon"; anything else stays an error.
 */
export function rethrowUnexpected(error: unknown): never {
  if (isApiError(error) && apiErrorCode(error) === null) {
    console.error("API:t gick inte att nå:", error.cause ?? error);
    throw new Response("Tjänsten svarar inte just nu.", { status: 503, statusText: "Service Unavailable" });
  }
  throw error;
}
