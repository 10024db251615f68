/**
 * Where to send the user after signing in. Only a path on this site is accepted: anything that
 * could leave it (`//evil.example`, `/\evil.example`, `https://…`, `javascript:`) falls back, so the
 * login form cannot be used as an open redirect.
 */
export function safeRedirectTo(value: FormDataEntryValue | string | null | undefined, fallback = "/"): string {
  if (typeof value !== "string" || value.length === 0 || value.length > 2000) return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  // Control characters (tabs and newlines are stripped by URL parsers) could smuggle in "//".
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return fallback;
  try {
    const base = "http://admin.invalid";
    const url = new URL(value, base);
    if (url.origin !== base) return fallback;
    // Sending the user back to the login page or the logout action would only loop.
    if (url.pathname === "/logga-in" || url.pathname === "/logga-ut") return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}

/** The login URL that brings the user back to `request`'s page afterwards. */
export function loginUrlFor(requestUrl: string): string {
  const url = new URL(requestUrl);
  const back = safeRedirectTo(`${url.pathname}${url.search}`, "");
  return back && back !== "/" ? `/logga-in?${new URLSearchParams({ redirectTo: back })}` : "/logga-in";
}
