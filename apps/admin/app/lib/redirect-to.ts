import { sameOriginPath } from "@naravard/app-server/same-origin";

/** A stand-in for this site's address where the request's is not at hand: only the path is kept. */
const SELF = "http://admin.invalid/";

/**
 * Where to send the user after signing in. Only a path on this site is accepted: the value is
 * resolved the way a browser resolves it (`sameOriginPath`), so anything that could leave the
 * site (`//evil.example`, `/\evil.example`, `/\t/evil.example`, `https://…`, `javascript:`) falls
 * back, and what comes out is percent-encoded, safe in a Location header. `requestUrl` is the
 * request's own address; without it only a path (never a full address) can be accepted.
 */
export function safeRedirectTo(value: FormDataEntryValue | string | null | undefined, fallback = "/", requestUrl: string = SELF): string {
  const path = sameOriginPath(value, requestUrl, "");
  if (!path) return fallback;
  // Sending the user back to the login page or the logout action would only loop.
  const { pathname } = new URL(path, SELF);
  return pathname === "/logga-in" || pathname === "/logga-ut" ? fallback : path;
}

/** The login URL that brings the user back to `request`'s page afterwards. */
export function loginUrlFor(requestUrl: string): string {
  const url = new URL(requestUrl);
  const back = safeRedirectTo(`${url.pathname}${url.search}`, "", requestUrl);
  return back && back !== "/" ? `/logga-in?${new URLSearchParams({ redirectTo: back })}` : "/logga-in";
}
