// No imports: the admin's own check (app/lib/security.server.ts) uses this from inside Remix too.
export type RequestHeaders = Record<string, string | string[] | undefined>;
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.split(",")[0]?.trim() || undefined;
const whole = (value: string | string[] | undefined) => (Array.isArray(value) ? value.join(", ") : value);

/**
 * Whether a request that changes something came from another site (decision 010). The browser's
 * own verdict, `Sec-Fetch-Site`, refuses it when present: only `same-origin` (or `none`, typed in
 * the address bar) may write. An `Origin`, when present, must also name the host the browser used
 * (`X-Forwarded-Host` behind a proxy, else `Host`); `null`, an unreadable one or another host is
 * from elsewhere, whatever `Sec-Fetch-Site` claims: headers that contradict each other are refused,
 * not believed. Remix makes the same comparison of `Origin` before an action and answers an empty
 * 500 when it fails, so any request it would stop must be stopped here first, with a 403 (issue 20).
 * A request with neither header is not a browser's, so it carries no victim's cookie: not cross-site.
 */
export function isCrossSiteWrite(method: string, headers: RequestHeaders): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return false;
  const site = first(headers["sec-fetch-site"]);
  if (site && site !== "same-origin" && site !== "none") return true;
  // The whole header, as Remix reads it: an empty or repeated Origin is not a readable one.
  const origin = whole(headers.origin);
  if (origin === undefined) return false;
  if (origin === "null") return true;
  // Remix takes the first X-Forwarded-Host, else the whole Host.
  const host = first(headers["x-forwarded-host"]) ?? whole(headers.host);
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

export const CROSS_SITE_MESSAGE = "Förfrågan kom från en annan webbplats och har stoppats. Gå till sidan och försök igen.";

