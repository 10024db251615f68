import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_PASSWORD, type TestDatabase, createTestDatabase } from "@naravard/db/testing";
import { createContextInner } from "./context.ts";
import { LOGIN_LIMIT_PER_ACCOUNT, LOGIN_LIMIT_PER_ADDRESS, LOGIN_WINDOW_MS, LoginThrottle, loginThrottledMessage } from "./login-throttle.ts";
import { createCaller } from "./root.ts";
import { coordinatorEmail } from "./test-helpers.ts";

describe("login throttle", () => {
  it("blocks an account after its limit of failures, for the window only, and a success clears it", () => {
    let now = 0;
    const throttle = new LoginThrottle(() => now);
    for (let i = 0; i < LOGIN_LIMIT_PER_ACCOUNT; i++) throttle.recordFailure("A@x.se", null);
    expect(throttle.isBlocked("a@x.se", null)).toBe(true);
    expect(throttle.isBlocked("b@x.se", null)).toBe(false);
    now += LOGIN_WINDOW_MS + 1;
    expect(throttle.isBlocked("a@x.se", null)).toBe(false);
    throttle.recordFailure("a@x.se", null);
    throttle.recordSuccess("a@x.se");
    expect(throttle.isBlocked("a@x.se", null)).toBe(false);
  });

  it("blocks an address that tries many accounts", () => {
    const throttle = new LoginThrottle(() => 0);
    for (let i = 0; i < LOGIN_LIMIT_PER_ADDRESS; i++) throttle.recordFailure(`konto${i}@x.se`, "203.0.113.7");
    expect(throttle.isBlocked("ny@x.se", "203.0.113.7")).toBe(true);
    expect(throttle.isBlocked("ny@x.se", "203.0.113.8")).toBe(false);
  });
});

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t?.close());

describe("auth.login under attack", () => {
  const login = (email: string, password: string, clientAddress: string | null = null) =>
    createCaller(createContextInner({ db: t.db, clientAddress })).auth.login({ email, password });

  it("refuses even the right password once an account has had too many failures, with a Swedish message", async () => {
    for (let i = 0; i < LOGIN_LIMIT_PER_ACCOUNT; i++)
      await expect(login(coordinatorEmail.orebro, "fel lösenord")).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(login(coordinatorEmail.orebro, TEST_PASSWORD)).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS", message: loginThrottledMessage });
    // Other accounts are unaffected.
    await expect(login(coordinatorEmail.varmland, TEST_PASSWORD)).resolves.toMatchObject({ token: expect.any(String) });
  });

  it("refuses an address that guesses across accounts", async () => {
    for (let i = 0; i < LOGIN_LIMIT_PER_ADDRESS; i++) await login(`gissning${i}@example.se`, "fel", "198.51.100.9").catch(() => null);
    await expect(login(coordinatorEmail.fyrbodal, TEST_PASSWORD, "198.51.100.9")).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS" });
    await expect(login(coordinatorEmail.fyrbodal, TEST_PASSWORD, "198.51.100.10")).resolves.toMatchObject({ token: expect.any(String) });
  }, 120_000);
});
