import { CROSS_SITE_MESSAGE, isCrossSiteWrite } from "@naravard/app-server/cross-site";

/**
 * Headers for every admin response. Stricter than the portal's: no <style> elements, never framed
 * (not even by itself), no referrer outside the admin, never cached.
 */
export function securityHeaders(request: Request, nonce: string | null): Record<string, string> {
  const csp = [
    "default-src 'self'",
    // Only this origin's bundles and the inline scripts Remix emits with this response's nonce.
    nonce ? `script-src 'self' 'nonce-${nonce}'` : "script-src 'self'",
    "style-src 'self'",
    // Style attributes (a bar's width) cannot run code; <style> elements and inline scripts stay out.
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
  const headers: Record<string, string> = {
    "Content-Security-Policy": csp,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
    "Cache-Control": "private, no-store",
  };
  // Behind a TLS-terminating proxy the request itself is plain HTTP; the proxy says what it was.
  const https = new URL(request.url).protocol === "https:" || request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https";
  if (https) headers["Strict-Transport-Security"] = "max-age=31536000; includeSubDomains";
  return headers;
}

export function applySecurityHeaders(headers: Headers, request: Request, nonce: string | null) {
  for (const [name, value] of Object.entries(securityHeaders(request, nonce))) headers.set(name, value);
}

/**
 * Cross-site request forgery: a state-changing request must come from the admin's own pages.
 * Browsers say where a request came from in Sec-Fetch-Site (and Origin); one from another site
 * is refused with 403 before the action does anything. A request with neither header is not a
 * browser's, so it cannot carry a victim's cookie (SameSite=Lax stops that too): let it through.
 * The rule is the one the production server applies in front of Remix (packages/app-server); here
 * it also holds under the development server. See docs/decisions/010-csrf-and-login-throttle.md.
 */
export function assertSameOrigin(request: Request): void {
  const headers = {
    "sec-fetch-site": request.headers.get("sec-fetch-site") ?? undefined,
    origin: request.headers.get("origin") ?? undefined,
    "x-forwarded-host": request.headers.get("x-forwarded-host") ?? undefined,
    host: request.headers.get("host") ?? new URL(request.url).host,
  };
  if (isCrossSiteWrite(request.method, headers)) throw new Response(CROSS_SITE_MESSAGE, { status: 403, statusText: "Forbidden" });
}
