import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "@naravard/api";
import { sql } from "@naravard/db";
import { TEST_PASSWORD, type TestDatabase, createTestDatabase } from "@naravard/db/testing";
import { createApiServer } from "./server.ts";

/**
 * Every procedure over real HTTP, given bodies no client would send (not JSON, not superjson,
 * wrong shapes, NUL, a megabyte of text): the answer is never a 500, and no body names a file,
 * a line, a query or the libraries underneath. Procedures come from the router, so new ones are
 * covered too.
 */
let t: TestDatabase;
let base: string;
let server: ReturnType<typeof createApiServer>;
let token: string;

beforeAll(async () => {
  t = await createTestDatabase();
  server = createApiServer(t, () => {});
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const login = await fetch(`${base}/trpc/auth.login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ json: { email: "samordnare@varmland.demo", password: TEST_PASSWORD } }),
  });
  token = ((await login.json()) as { result: { data: { json: { token: string } } } }).result.data.json.token;
}, 60_000);
afterAll(async () => {
  server?.close();
  await t?.close();
});

const leakPatterns = [/\bat [\w.<>]+ \(?[^)\s]*:\d+:\d+\)?/, /node_modules/, /Failed query/i, /\b(insert into|delete from|update \w+ set)\b/i, /\bselect .{1,80} from\b/i, /"stack"/, /ZodError|PostgresError|drizzle/];

const garbage: { label: string; body: string }[] = [
  { label: "not JSON", body: "{inte json" },
  { label: "wrong shape", body: JSON.stringify({ json: [1, { a: null }], meta: { values: { x: ["Date"] } } }) },
  { label: "broken superjson meta", body: JSON.stringify({ json: { id: "x" }, meta: { values: { id: ["bigint"], "__proto__.x": ["Date"] } } }) },
  { label: "NUL", body: JSON.stringify({ json: { title: "a\u0000b", text: "\u0000", id: "\u0000" } }) },
  { label: "a megabyte", body: JSON.stringify({ json: { title: "x".repeat(1_000_000) } }) },
];

describe("API errors over HTTP", () => {
  it("never answer 500 or show a stack trace or SQL, for any procedure", async () => {
    const problems: string[] = [];
    const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>);
    expect(procedures.length).toBeGreaterThan(50);
    for (const [path, procedure] of procedures) {
      if (path === "auth.logout" || path === "account.signOutEverywhere") continue; // would end the session the rest use
      for (const { label, body } of garbage) {
        const headers = { "content-type": "application/json", "x-naravard-tenant": "varmland", authorization: `Bearer ${token}` };
        const response =
          procedure._def.type === "query"
            ? await fetch(`${base}/trpc/${path}?input=${encodeURIComponent(body)}`, { headers })
            : await fetch(`${base}/trpc/${path}`, { method: "POST", headers, body });
        const text = await response.text();
        if (response.status >= 500) problems.push(`${path} (${label}): ${response.status} ${text.slice(0, 200)}`);
        const leak = leakPatterns.find((p) => p.test(text));
        if (leak) problems.push(`${path} (${label}): leaks ${leak.exec(text)?.[0]}`);
      }
    }
    expect(problems).toEqual([]);
  }, 300_000);

  it("answer a real server fault with the Swedish sentence, never the database's or the query's words", async () => {
    // A genuine 500: the database refuses the query (as when a privilege is missing). The client
    // gets the error formatter's sentence; the driver's message and the SQL stay in the server log.
    await t.db.execute(sql`revoke select on contact from naravard_app`);
    try {
      const response = await fetch(`${base}/trpc/contact.list`, { headers: { "x-naravard-tenant": "varmland" } });
      const text = await response.text();
      expect(response.status).toBe(500);
      expect(text).toContain("Något gick fel hos oss. Försök igen om en stund.");
      expect(leakPatterns.filter((p) => p.test(text)).map(String)).toEqual([]);
      expect(text).not.toMatch(/permission denied|naravard_app/);
    } finally {
      await t.db.execute(sql`grant select on contact to naravard_app`);
    }
  });
});
