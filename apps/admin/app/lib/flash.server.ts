import { type Cookie, redirect } from "@remix-run/node";
import { sameOriginPath } from "@naravard/app-server/same-origin";
import { flashCookie } from "./cookies.server.ts";

/** Only the path of a target is kept, so any origin serves as the base to resolve it against. */
const SELF = "http://admin.invalid/";

const FLASH_MAX = 300;

/** A flash value as it comes out of the cookie: a short text, or nothing. */
export function parseFlash(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const message = value.trim();
  return message.length > 0 && message.length <= FLASH_MAX ? message : null;
}

export function makeFlash(cookie: Cookie) {
  return {
    /** The Set-Cookie value that carries `message` to the next page. */
    set: (message: string) => cookie.serialize(message.slice(0, FLASH_MAX)),

    /** Reads the message, if any, and the header that clears it so it shows only once. */
    async read(request: Request): Promise<{ message: string | null; headers: Headers }> {
      const headers = new Headers();
      const raw = await cookie.parse(request.headers.get("Cookie"));
      if (raw !== null && raw !== undefined) headers.append("Set-Cookie", await cookie.serialize("", { maxAge: 0 }));
      return { message: parseFlash(raw), headers };
    },
  };
}

export const flash = makeFlash(flashCookie);

/**
 * Redirects after a successful change, with the message the next page shows in its status region.
 * `to` is built from the address (the programme's slug, ids) and at times from a posted field, so
 * it goes through `sameOriginPath`: a page of this site, percent-encoded, safe in the header.
 */
export async function redirectWithFlash(to: string, message: string, init: { headers?: HeadersInit } = {}) {
  const headers = new Headers(init.headers);
  headers.append("Set-Cookie", await flash.set(message));
  return redirect(sameOriginPath(to, SELF), { headers });
}
