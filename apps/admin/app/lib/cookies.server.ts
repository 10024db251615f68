import { createCookie } from "@remix-run/node";
import { SESSION_TTL_MS } from "@naravard/domain";
import { env } from "../env.server.ts";

interface CookieOptions {
  secret: string;
  secure: boolean;
}

/**
 * The API's session token. HttpOnly so page scripts never see it; SameSite=Lax so a form posted
 * from another site arrives without it; signed so a tampered value is simply no session.
 */
export const makeSessionCookie = ({ secret, secure }: CookieOptions) =>
  createCookie("naravard_admin_session", {
    httpOnly: true,
    sameSite: "lax",
    secure,
    path: "/",
    secrets: [secret],
    // The API ends the session after the same two weeks.
    maxAge: SESSION_TTL_MS / 1000,
  });

/** A one-time message shown after a redirect ("Påståendet är sparat."). */
export const makeFlashCookie = ({ secret, secure }: CookieOptions) =>
  createCookie("naravard_admin_flash", {
    httpOnly: true,
    sameSite: "lax",
    secure,
    path: "/",
    secrets: [secret],
    // Read on the very next page; a message nobody saw within a minute is no longer news.
    maxAge: 60,
  });

const options = { secret: env.SESSION_SECRET, secure: env.NODE_ENV === "production" };
export const sessionCookie = makeSessionCookie(options);
export const flashCookie = makeFlashCookie(options);
