import type { LoaderFunctionArgs } from "@remix-run/node";
import { LANG_COOKIE } from "../lib/i18n.ts";

/**
 * The language switch: a plain link (no JavaScript) that remembers the choice for a year and
 * returns to the page. Only the interface changes; the programmes' content stays in Swedish.
 */
export function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const lang = url.searchParams.get("till") === "en" ? "en" : "sv";
  const back = url.searchParams.get("tillbaka") ?? "/";
  const safe = back.startsWith("/") && !back.startsWith("//") && !back.includes("\\") ? back : "/";
  return new Response(null, {
    status: 303,
    headers: { Location: safe, "Set-Cookie": `${LANG_COOKIE}=${lang}; Path=/; Max-Age=31536000; SameSite=Lax` },
  });
}
