// No imports: the admin's own check (app/lib/security.server.ts) uses this from inside Remix too.
export type RequestHeaders = Record<string, string | string[] | undefined>;
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.split(",")[0]?.trim() || undefined;

/**
 * Whether a request that changes something came from another site (decision 010). The browser's
 * own verdict, `Sec-Fetch-Site`, decides when present: only `same-origin` (or `none`, typed in the
 * address bar) may write. Without it, an `Origin` naming another host than the one the browser
 * used (`X-Forwarded-Host` behind a proxy, else `Host`), or `null`, is from elsewhere. A request
 * with neither header is not a browser's, so it carries no victim's cookie: not cross-site.
 */
export function isCrossSiteWrite(method: string, headers: RequestHeaders): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return false;
  const site = first(headers["sec-fetch-site"]);
  if (site) return site !== "same-origin" && site !== "none";
  const origin = first(headers.origin);
  if (!origin) return false;
  if (origin === "null") return true;
  const host = first(headers["x-forwarded-host"]) ?? first(headers.host);
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

export const CROSS_SITE_MESSAGE = "Förfrågan kom från en annan webbplats och har stoppats. Gå till sidan och försök igen.";

