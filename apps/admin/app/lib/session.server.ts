import { redirect } from "@remix-run/node";
import type { RouterOutputs } from "@naravard/api";
import type { Role } from "@naravard/domain";
import { apiErrorCode, apiFor, rethrowUnexpected } from "./api.server.ts";
import { sessionCookie } from "./cookies.server.ts";
import { loginUrlFor } from "./redirect-to.ts";
import { assertSameOrigin } from "./security.server.ts";

export type Membership = RouterOutputs["auth"]["me"]["memberships"][number];

export interface SignedInUser {
  token: string;
  user: { id: string; email: string; name: string; isPlatformAdmin: boolean };
  memberships: Membership[];
}

export async function getSessionToken(request: Request): Promise<string | null> {
  const value: unknown = await sessionCookie.parse(request.headers.get("Cookie"));
  return typeof value === "string" && value.length > 0 ? value : null;
}

export const commitSessionToken = (token: string, expiresAt?: Date) =>
  sessionCookie.serialize(token, expiresAt ? { expires: expiresAt } : undefined);

export const clearSessionCookie = () => sessionCookie.serialize("", { maxAge: 0 });

// Every loader of a page asks who the user is; with single fetch they share one Request, so one
// call to the API answers them all.
const lookups = new WeakMap<Request, Promise<SignedInUser | null>>();

/**
 * The signed-in user, or null when there is no session or the API no longer knows it. Other
 * failures (the API is down) propagate: they must not look like being signed out.
 */
export function getOptionalUser(request: Request): Promise<SignedInUser | null> {
  let lookup = lookups.get(request);
  if (!lookup) {
    lookup = lookupUser(request);
    lookups.set(request, lookup);
  }
  return lookup;
}

async function lookupUser(request: Request): Promise<SignedInUser | null> {
  const token = await getSessionToken(request);
  if (!token) return null;
  try {
    const { user, memberships } = await apiFor({ token }).auth.me.query();
    return { token, user: { id: user.id, email: user.email, name: user.name, isPlatformAdmin: user.isPlatformAdmin }, memberships };
  } catch (error) {
    if (apiErrorCode(error) === "UNAUTHORIZED") return null;
    return rethrowUnexpected(error);
  }
}

/** The signed-in user; otherwise a redirect to the login page that comes back here afterwards. */
export async function requireUser(request: Request): Promise<SignedInUser> {
  // Every signed-in action passes here first: the one place that stops cross-site posts.
  assertSameOrigin(request);
  const user = await getOptionalUser(request);
  if (user) return user;
  const hadCookie = (await getSessionToken(request)) !== null;
  throw redirect(loginUrlFor(request.url), hadCookie ? { headers: { "Set-Cookie": await clearSessionCookie() } } : undefined);
}

/**
 * The user's membership of the programme `slug`. A programme they do not belong to answers 404,
 * exactly like one that does not exist, so the admin never confirms another tenant's existence.
 */
export async function requireMembership(request: Request, slug: string | undefined) {
  const signedIn = await requireUser(request);
  const membership = signedIn.memberships.find((m) => m.slug === slug);
  if (!membership) throw notFound();
  return { ...signedIn, membership };
}

/**
 * The platform administrator; anyone else gets 404, as the API answers, so the platform pages do
 * not even confirm that they exist.
 */
export async function requirePlatformAdmin(request: Request) {
  const signedIn = await requireUser(request);
  if (!signedIn.user.isPlatformAdmin) throw notFound();
  return signedIn;
}

export const notFound = () => new Response("Sidan finns inte.", { status: 404, statusText: "Not Found" });

/** Editors and coordinators change content; viewers only read. The API enforces the same rule. */
export const canEdit = (role: Role) => role === "editor" || role === "coordinator";
