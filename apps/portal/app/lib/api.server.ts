import { CLIENT_ADDRESS_HEADER, apiErrorCode, createApiClient, isApiError } from "@naravard/api/client";
import { TenantSlugSchema } from "@naravard/domain";
import { env } from "../env.server.ts";

export { apiErrorCode } from "@naravard/api/client";

/**
 * The visitor's address as this app's server determined it (packages/app-server: the connection,
 * or the hop TRUST_PROXY trusts), which it writes over whatever the client sent in that header.
 * Never X-Forwarded-For itself: any client can write that.
 */
function clientAddress(request: Request): string | null {
  return request.headers.get(CLIENT_ADDRESS_HEADER) || null;
}

/** An API client for one request, naming the programme the page is about. */
export function apiFor(request: Request, tenant?: string | null) {
  // An address's programme that cannot be a programme's name (a control character, an emoji) is no
  // page: 404 here, not a header the API call cannot send (a false 503 "the API is down").
  if (tenant && !TenantSlugSchema.safeParse(tenant).success) throw new Response("Sidan finns inte.", { status: 404, statusText: "Not Found" });
  return createApiClient({ baseUrl: env.API_URL, tenantSlug: tenant ?? null, clientAddress: clientAddress(request) });
}

/**
 * Turns API failures into pages: NOT_FOUND (unknown programme, or another programme's item) is
 * the 404 page; an unreachable or unavailable API is a 503 "try again soon". Nothing else leaks.
 */
export async function load<T>(call: Promise<T>): Promise<T> {
  try {
    return await call;
  } catch (error) {
    const code = apiErrorCode(error);
    if (code === "NOT_FOUND") throw new Response("Sidan finns inte.", { status: 404, statusText: "Not Found" });
    if (code === "BAD_REQUEST") throw new Response("Ogiltig adress.", { status: 400, statusText: "Bad Request" });
    if (code === "TOO_MANY_REQUESTS")
      throw new Response(isApiError(error) ? error.message : "För många förfrågningar. Vänta en stund och försök igen.", { status: 429, statusText: "Too Many Requests" });
    if (!isApiError(error) || code === null || code === "SERVICE_UNAVAILABLE") {
      console.error("API:t svarar inte:", isApiError(error) ? (error.cause ?? error.message) : error);
      throw new Response("Tjänsten svarar inte just nu.", { status: 503, statusText: "Service Unavailable" });
    }
    throw error;
  }
}
