// Issue 20, classes 1, 2 and 8: who may change a shared account, every password check behind the
// one limiter, limits kept in PostgreSQL and counted per real client (decision 016).
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { type TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows, sql } from "@naravard/db";
import { TEST_PASSWORD, type TestDatabase, createTestDatabase } from "@naravard/db/testing";
import { createContextFromHeaders, createContextInner } from "./context.ts";
import { CLIENT_ADDRESS_HEADER, CLIENT_SIGNATURE_HEADER, signClientAddress } from "./headers.ts";
import { LIMITS, clientKey, passwordThrottledMessage, sweepRateLimits } from "./limits.ts";
import { createCaller } from "./root.ts";
import { callerFor, coordinatorEmail, signIn } from "./test-helpers.ts";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t?.close());

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "OK",
    (e: TRPCError) => e.code,
  );
const tokenOf = (path: string) => path.split("/").at(-1)!;
const from = (clientAddress: string, tenantSlug: string | null = null, sessionToken: string | null = null) =>
  createCaller(createContextInner({ db: t.db, tenantSlug, sessionToken, clientAddress }));
const login = (email: string, password: string, address: string) => from(address).auth.login({ email, password });

/** A person invited to `tenant` by its coordinator, who accepts; returns their user id. */
async function member(
  tenant: "varmland" | "orebro" | "fyrbodal",
  email: string,
  password: string,
  role: "viewer" | "editor" = "viewer",
) {
  const coordinator = await signIn(t.db, tenant);
  const { path } = await callerFor(t.db, tenant, coordinator).users.invite({ email, role });
  await callerFor(t.db, tenant).account.acceptInvitation({ token: tokenOf(path), name: email.split("@")[0]!, password });
  const { members } = await callerFor(t.db, tenant, coordinator).users.list();
  return members.find((m) => m.email === email)!.userId;
}

describe("an account that belongs to several programmes (decision 016)", () => {
  it("cannot be taken over by one programme's coordinator: no reset link, no sign-out, and Örebro's data stays closed", async () => {
    const password = "mitt eget långa lösenord";
    const userId = await member("varmland", "delad@region.se", password);
    await member("orebro", "delad@region.se", password, "editor");
    const varmland = callerFor(t.db, "varmland", await signIn(t.db, "varmland"));

    expect(await codeOf(varmland.users.createResetLink({ userId }))).toBe("PRECONDITION_FAILED");
    expect(await codeOf(varmland.users.signOutMember({ userId }))).toBe("PRECONDITION_FAILED");
    // The person's own password still works, and nothing Värmland did reached Örebro.
    const { token } = await login("delad@region.se", password, "192.0.2.1");
    expect(await codeOf(callerFor(t.db, "orebro", token).publicInput.queue({ status: "pending" }))).toBe("OK");
    // Värmland still manages the person's place in Värmland.
    expect(await codeOf(varmland.users.changeRole({ userId, role: "editor" }))).toBe("OK");
  });

  it("a link made while the account was Värmland's alone stops working once the person joins another programme", async () => {
    const password = "ett lösenord bara jag vet";
    const userId = await member("varmland", "snart-delad@region.se", password);
    const varmland = callerFor(t.db, "varmland", await signIn(t.db, "varmland"));
    const { path } = await varmland.users.createResetLink({ userId });
    await member("fyrbodal", "snart-delad@region.se", password);
    expect(
      await codeOf(callerFor(t.db).account.resetPassword({ token: tokenOf(path), password: "coordinatorns val av lösenord" })),
    ).toBe("NOT_FOUND");
    await expect(login("snart-delad@region.se", password, "192.0.2.2")).resolves.toMatchObject({ token: expect.any(String) });
  });

  it("a platform administrator's account is never a programme coordinator's to reset", async () => {
    const platform = callerFor(
      t.db,
      null,
      (await callerFor(t.db).auth.login({ email: "plattform@naravard.demo", password: TEST_PASSWORD })).token,
    );
    const me = await platform.auth.me();
    // The administrator joins Värmland as a viewer (through an invitation, as anyone would).
    const coordinator = await signIn(t.db, "varmland");
    const { path } = await callerFor(t.db, "varmland", coordinator).users.invite({ email: me.user.email, role: "viewer" });
    await callerFor(t.db, "varmland").account.acceptInvitation({
      token: tokenOf(path),
      name: "Plattformen",
      password: TEST_PASSWORD,
    });
    expect(await codeOf(callerFor(t.db, "varmland", coordinator).users.createResetLink({ userId: me.user.id }))).toBe(
      "PRECONDITION_FAILED",
    );
  });

  it("an account of one programme alone is still reset by its coordinator", async () => {
    const userId = await member("varmland", "bara-varmland@region.se", "glömt bort det här lösenordet");
    const { path } = await callerFor(t.db, "varmland", await signIn(t.db, "varmland")).users.createResetLink({ userId });
    await callerFor(t.db).account.resetPassword({ token: tokenOf(path), password: "ett helt nytt lösenord" });
    await expect(login("bara-varmland@region.se", "ett helt nytt lösenord", "192.0.2.3")).resolves.toMatchObject({
      token: expect.any(String),
    });
  });

  it("an invitation's page does not tell its holder whether the address has an account", async () => {
    const coordinator = callerFor(t.db, "varmland", await signIn(t.db, "varmland"));
    const known = await coordinator.users.invite({ email: coordinatorEmail.orebro, role: "viewer" });
    const unknown = await coordinator.users.invite({ email: "finns-inte@region.se", role: "viewer" });
    const shown = async (path: string) => {
      const { email: _email, ...rest } = await callerFor(t.db, "varmland").account.invitation({ token: tokenOf(path) });
      return rest;
    };
    expect(await shown(known.path)).toEqual(await shown(unknown.path));
  });
});

describe("every password check goes through the one limiter", () => {
  const limit = LIMITS.passwordPerAccountAndAddress.points;

  it("login: an address that guesses one account is stopped, even with the right password; the owner elsewhere is not", async () => {
    for (let i = 0; i < limit; i++)
      expect(await codeOf(login(coordinatorEmail.orebro, "fel lösenord", "203.0.113.1"))).toBe("UNAUTHORIZED");
    await expect(login(coordinatorEmail.orebro, TEST_PASSWORD, "203.0.113.1")).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
      message: passwordThrottledMessage,
    });
    // Anyone can make those guesses; they must not lock the coordinator out from their own address.
    await expect(login(coordinatorEmail.orebro, TEST_PASSWORD, "198.51.100.1")).resolves.toMatchObject({
      token: expect.any(String),
    });
  });

  it("login: an address that guesses across accounts is stopped", async () => {
    for (let i = 0; i < LIMITS.passwordPerAddress.points; i++)
      await login(`gissning${i}@example.se`, "fel", "203.0.113.2").catch(() => null);
    expect(await codeOf(login(coordinatorEmail.fyrbodal, TEST_PASSWORD, "203.0.113.2"))).toBe("TOO_MANY_REQUESTS");
    expect(await codeOf(login(coordinatorEmail.fyrbodal, TEST_PASSWORD, "203.0.113.3"))).toBe("OK");
  }, 120_000);

  it("accepting an invitation with an existing account's password is counted like a sign-in", async () => {
    const coordinator = callerFor(t.db, "fyrbodal", await signIn(t.db, "fyrbodal"));
    const { path } = await coordinator.users.invite({ email: coordinatorEmail.varmland, role: "viewer" });
    const accept = (password: string) =>
      from("203.0.113.4", "fyrbodal").account.acceptInvitation({ token: tokenOf(path), name: "Gissare", password });
    for (let i = 0; i < limit; i++) expect(await codeOf(accept(`fel lösenord nummer ${i}`))).toBe("UNAUTHORIZED");
    expect(await codeOf(accept(TEST_PASSWORD))).toBe("TOO_MANY_REQUESTS");
    // The failed guesses count against the account at sign-in too: the same limiter.
    expect(await codeOf(login(coordinatorEmail.varmland, TEST_PASSWORD, "203.0.113.4"))).toBe("TOO_MANY_REQUESTS");
  });

  it("changing one's password checks the current one behind the limiter", async () => {
    const token = (await login(coordinatorEmail.fyrbodal, TEST_PASSWORD, "192.0.2.9")).token;
    const me = from("203.0.113.5", null, token);
    for (let i = 0; i < limit; i++)
      expect(
        await codeOf(me.account.changePassword({ currentPassword: `fel ${i}`, newPassword: "ett nytt långt lösenord" })),
      ).toBe("BAD_REQUEST");
    expect(
      await codeOf(me.account.changePassword({ currentPassword: TEST_PASSWORD, newPassword: "ett nytt långt lösenord" })),
    ).toBe("TOO_MANY_REQUESTS");
  });

  it("no code checks a password without the limiter (every verifyPassword call sits inside checkPassword)", () => {
    const root = join(import.meta.dirname, "..", "..", "..");
    const sources: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (["node_modules", "build", "dist", ".turbo", "e2e"].includes(entry.name)) continue;
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) sources.push(path);
      }
    };
    for (const dir of ["packages/api/src", "apps/api/src", "apps/admin/app", "apps/portal/app"]) walk(join(root, dir));
    const unguarded = sources.flatMap((path) => {
      const text = readFileSync(path, "utf8");
      return [...text.matchAll(/verifyPassword\(/g)]
        .filter((m) => !text.slice(Math.max(0, m.index - 300), m.index).includes("checkPassword("))
        .map((m) => `${path}:${text.slice(0, m.index).split("\n").length}`);
    });
    expect(sources.length).toBeGreaterThan(50);
    expect(unguarded).toEqual([]);
  });
});

describe("limits kept in PostgreSQL, per real client", () => {
  it("counts in the database (every API process sees the same counts), keyed by hashes, never the address or e-mail", async () => {
    await login("raknas@example.se", "fel", "203.0.113.77").catch(() => null);
    const rows = await queryRows<{ key: string; points: number }>(t.db, sql`select key, points from rate_limit`);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((r) => r.key.includes("203.0.113.77") || r.key.includes("raknas"))).toBe(false);
  });

  it("sweeps the counters whose window has ended, and only those", async () => {
    await queryRows(
      t.db,
      sql`insert into rate_limit (key, points, expire) values ('gammal', 3, now() - interval '1 minute'), ('pågående', 3, now() + interval '1 minute')`,
    );
    expect(await sweepRateLimits(t.db)).toBeGreaterThanOrEqual(1);
    const keys = (
      await queryRows<{ key: string }>(t.db, sql`select key from rate_limit where key in ('gammal', 'pågående')`)
    ).map((r) => r.key);
    expect(keys).toEqual(["pågående"]);
  });

  it("takes the visitor's address only when the apps vouch for it; a forged header counts as the connection", () => {
    const secret = "en-delad-hemlighet";
    process.env.API_APP_SECRET = secret;
    try {
      const address = (headers: Record<string, string>) =>
        createContextFromHeaders(t.db, headers, undefined, "10.1.1.1").clientAddress;
      expect(address({})).toBe("10.1.1.1");
      expect(address({ [CLIENT_ADDRESS_HEADER]: "203.0.113.9" })).toBe("10.1.1.1");
      expect(
        address({ [CLIENT_ADDRESS_HEADER]: "203.0.113.9", [CLIENT_SIGNATURE_HEADER]: signClientAddress("203.0.113.8", secret) }),
      ).toBe("10.1.1.1");
      expect(
        address({
          [CLIENT_ADDRESS_HEADER]: "203.0.113.9",
          [CLIENT_SIGNATURE_HEADER]: signClientAddress("203.0.113.9", "fel hemlighet"),
        }),
      ).toBe("10.1.1.1");
      expect(
        address({ [CLIENT_ADDRESS_HEADER]: "203.0.113.9", [CLIENT_SIGNATURE_HEADER]: signClientAddress("203.0.113.9", secret) }),
      ).toBe("203.0.113.9");
    } finally {
      delete process.env.API_APP_SECRET;
    }
  });

  it("counts an IPv6 client by its /64, so a new address per guess buys nothing; IPv4 written as IPv6 is the IPv4 address", async () => {
    expect(clientKey("2001:db8:1:2:aaaa::1")).toBe(clientKey("2001:db8:1:2:ffff:eeee:dddd:cccc"));
    expect(clientKey("2001:db8:1:2::1")).not.toBe(clientKey("2001:db8:1:3::1"));
    expect(clientKey("::ffff:203.0.113.5")).toBe(clientKey("203.0.113.5"));
    expect(clientKey("203.0.113.5")).not.toBe(clientKey("203.0.113.6"));
    // Ten guesses, each from another address of one /64, and the eleventh is refused there.
    for (let i = 0; i < LIMITS.passwordPerAccountAndAddress.points; i++)
      expect(await codeOf(login(coordinatorEmail.fyrbodal, "fel lösenord", `2001:db8:77:1::${(i + 1).toString(16)}`))).toBe(
        "UNAUTHORIZED",
      );
    expect(await codeOf(login(coordinatorEmail.fyrbodal, TEST_PASSWORD, "2001:db8:77:1:dead:beef:0:1"))).toBe(
      "TOO_MANY_REQUESTS",
    );
    expect(await codeOf(login(coordinatorEmail.fyrbodal, TEST_PASSWORD, "2001:db8:77:2::1"))).toBe("OK");
  });

  it("page feedback is limited per address and programme; other visitors are not affected", async () => {
    const send = (address: string, tenant = "varmland") =>
      from(address, tenant).feedback.submit({ path: `/${tenant}/malbild`, useful: "yes", comment: "" });
    for (let i = 0; i < LIMITS.feedbackPerAddress.points; i++) expect(await codeOf(send("203.0.113.20"))).toBe("OK");
    expect(await codeOf(send("203.0.113.20"))).toBe("TOO_MANY_REQUESTS");
    expect(await codeOf(send("203.0.113.21"))).toBe("OK");
    expect(await codeOf(send("203.0.113.20", "orebro"))).toBe("OK");
  }, 120_000);

  it("search is limited per address", async () => {
    const search = (address: string) => from(address, "fyrbodal").search.query({ q: "vård" });
    for (let i = 0; i < LIMITS.searchPerAddress.points; i++) expect(await codeOf(search("203.0.113.30"))).toBe("OK");
    expect(await codeOf(search("203.0.113.30"))).toBe("TOO_MANY_REQUESTS");
    expect(await codeOf(search("203.0.113.31"))).toBe("OK");
  }, 120_000);
});
