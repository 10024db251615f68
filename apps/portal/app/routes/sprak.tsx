import type { LoaderFunctionArgs } from "@remix-run/node";
import { sameOriginPath } from "@naravard/app-server/same-origin";
import { LANG_COOKIE } from "../lib/i18n.ts";

/**
 * The language switch: a plain link (no JavaScript) that remembers the choice for a year and
 * returns to the page. Only the interface changes; the programmes' content stays in Swedish.
 */
export function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const lang = url.searchParams.get("till") === "en" ? "en" : "sv";
  // `tillbaka` is whatever the link (or an attacker's link) says: only a page of this site, encoded.
  const back = sameOriginPath(url.searchParams.get("tillbaka"), request.url);
  return new Response(null, {
    status: 303,
    headers: { Location: back, "Set-Cookie": `${LANG_COOKIE}=${lang}; Path=/; Max-Age=31536000; SameSite=Lax` },
  });
}
