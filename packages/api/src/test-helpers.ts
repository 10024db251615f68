import type { Database } from "@naravard/db";
import { TEST_PASSWORD } from "@naravard/db/testing";
import { createContextInner } from "./context.ts";
import { createCaller } from "./root.ts";

export const coordinatorEmail = { varmland: "samordnare@varmland.demo", orebro: "samordnare@orebro.demo", fyrbodal: "utvecklingsledare@fyrbodal.demo" } as const;

/** A caller as the HTTP server would build it: a tenant slug and an optional session token. */
export const callerFor = (db: Database, tenantSlug: string | null = null, sessionToken: string | null = null) =>
  createCaller(createContextInner({ db, tenantSlug, sessionToken }));

export async function signIn(db: Database, tenant: keyof typeof coordinatorEmail) {
  const { token } = await callerFor(db).auth.login({ email: coordinatorEmail[tenant], password: TEST_PASSWORD });
  return token;
}
