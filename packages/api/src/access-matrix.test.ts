import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_PASSWORD, type TestDatabase, createTestDatabase } from "@naravard/db/testing";
import { createContextInner } from "./context.ts";
import { type Caller, access, allowed, refusal } from "./access-rules.ts";
import { appRouter, createCaller } from "./root.ts";

/** Who may call what is declared in access-rules.ts, shared with the isolation matrix. */
const callers: Caller[] = ["anonymous", "viewer", "editor", "coordinator", "otherCoordinator", "platform"];

let t: TestDatabase;
const tokens: Partial<Record<Caller, string>> = {};

beforeAll(async () => {
  t = await createTestDatabase();
  const login = (email: string, password = TEST_PASSWORD) => createCaller(createContextInner({ db: t.db })).auth.login({ email, password });
  tokens.coordinator = (await login("samordnare@varmland.demo")).token;
  tokens.otherCoordinator = (await login("samordnare@orebro.demo")).token;
  tokens.platform = (await login("plattform@naravard.demo")).token;
  const admin = createCaller(createContextInner({ db: t.db, tenantSlug: "varmland", sessionToken: tokens.coordinator }));
  for (const role of ["editor", "viewer"] as const) {
    const { path } = await admin.users.invite({ email: `${role}@matris.se`, role });
    await createCaller(createContextInner({ db: t.db, tenantSlug: "varmland" })).account.acceptInvitation({
      token: path.split("/").at(-1)!,
      name: `Matris ${role}`,
      password: "ett långt lösenord",
    });
    tokens[role] = (await login(`${role}@matris.se`, "ett långt lösenord")).token;
  }
});
afterAll(() => t?.close());

const procedures = Object.keys(appRouter._def.procedures).sort();

describe("access matrix: every procedure × every kind of caller", () => {
  it("has a declared rule for every procedure, and no rule for a procedure that does not exist", () => {
    expect(procedures.filter((p) => !(p in access))).toEqual([]);
    expect(Object.keys(access).filter((p) => !procedures.includes(p))).toEqual([]);
  });

  it.each(callers)("lets %s through exactly the procedures it may call", async (who) => {
    const caller = createCaller(createContextInner({ db: t.db, tenantSlug: "varmland", sessionToken: tokens[who] ?? null })) as unknown as Record<
      string,
      Record<string, (input: unknown) => Promise<unknown>>
    >;
    const wrong: string[] = [];
    for (const path of procedures) {
      const [router, name] = path.split(".") as [string, string];
      // Garbage input: a procedure the caller may use answers BAD_REQUEST (or succeeds when it takes none);
      // one it may not use refuses before it even looks at the input.
      const rule = access[path]!;
      // These would end the session the rest of the matrix uses; the sign-out tests cover them.
      if ((path === "auth.logout" || path === "account.signOutEverywhere") && allowed(rule, who)) continue;
      const outcome = await caller[router]![name]!({ garbage: "x".repeat(5) }).then(
        () => "OK",
        (e: unknown) => (e instanceof TRPCError ? e.code : `crash: ${String(e)}`),
      );
      const expected = allowed(rule, who) ? ["OK", "BAD_REQUEST"] : [refusal(rule, who)];
      if (!expected.includes(outcome)) wrong.push(`${path}: got ${outcome}, expected ${expected.join(" or ")}`);
    }
    expect(wrong).toEqual([]);
  });
});
