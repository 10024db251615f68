/**
 * Every redirect target and header value both apps build from user input (a `tillbaka` or
 * `redirectTo` parameter, a posted page path, a route parameter) goes through `sameOriginPath`.
 *
 * Checking the text with string tests is not enough: browsers strip tabs and newlines from URLs
 * and read `\` as `/`, so `/\t/evil.example` or `/\evil.example` become `//evil.example`, another
 * site; and a newline or a non-Latin-1 character in a header value makes Node throw, a 500. So
 * the value is resolved the way the browser will resolve it — by the WHATWG URL parser, against
 * the request's own address — and accepted only when it stays on that origin. What comes out is
 * the parser's own serialisation of the path, query and fragment: percent-encoded ASCII without
 * control characters, safe in a Location header.
 */

/** Longer targets fall back: no page of the apps has an address this long. */
export const MAX_PATH_LENGTH = 2048;

/**
 * `value` as a path on the origin of `requestUrl` (path, query and fragment, normalised and
 * percent-encoded), or `fallback` when it is not a string, is empty or too long, cannot be
 * parsed, or leads anywhere else (another host, another scheme, `javascript:`).
 */
export function sameOriginPath(value: unknown, requestUrl: string | URL, fallback = "/"): string {
  if (typeof value !== "string" || value.length === 0 || value.length > MAX_PATH_LENGTH) return fallback;
  let own: URL;
  let url: URL;
  try {
    own = new URL(requestUrl);
    // From the site's root, not the current page: `varmland` is `/varmland` wherever it is posted.
    url = new URL(value, `${own.origin}/`);
  } catch {
    return fallback;
  }
  if (url.origin !== own.origin || own.origin === "null") return fallback;
  // Dot segments can leave an empty first segment (`/.//evil.example` has the path
  // `//evil.example`), which a browser would read as another host: one slash is enough.
  const path = `${url.pathname.replace(/^\/+/, "/")}${url.search}${url.hash}`;
  return path.length <= MAX_PATH_LENGTH ? path : fallback;
}
