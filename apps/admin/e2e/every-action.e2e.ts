/**
 * Every form action of the admin, found in the production build, gets garbage posted to it as a
 * signed-in coordinator: empty bodies, random fields, huge and odd values, wrong intents, bodies
 * that are not forms. Every answer is a redirect or a 4xx — never a 5xx — and none shows a stack
 * trace or SQL. Then the web-security basics on the running server: posts from another site are
 * refused, every response carries the security headers, and the session cookie is locked down.
 * No browser needed: plain HTTP, as an attacker would send it.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createApiClient } from "@naravard/api/client";
import { type ActionRoute, actionRoutes, adminUrl, leaks, postGarbage, urlFor } from "@naravard/e2e";

const apiUrl = process.env.API_URL ?? "http://127.0.0.1:4000";
const coordinator = { email: "samordnare@varmland.demo", password: "nara-vard-demo" };

let routes: ActionRoute[];
let samples: Record<string, string>;
let setCookie: string;

async function signIn(): Promise<{ cookie: string; setCookie: string }> {
  const response = await fetch(`${adminUrl}/logga-in`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", origin: adminUrl },
    body: new URLSearchParams(coordinator).toString(),
    redirect: "manual",
  });
  const header = response.headers.getSetCookie().find((c) => c.startsWith("naravard_admin_session="));
  if (response.status !== 302 || !header) throw new Error(`Inloggningen misslyckades: ${response.status}`);
  return { cookie: header.split(";")[0]!, setCookie: header };
}

beforeAll(async () => {
  routes = await actionRoutes("admin");
  const strategies = await createApiClient({ baseUrl: apiUrl, tenantSlug: "varmland" }).strategy.list.query();
  samples = { tenant: "varmland", strategyId: strategies[0]?.id ?? "00000000-0000-4000-8000-000000000000" };
  setCookie = (await signIn()).setCookie;
});

describe("garbage to every admin action", () => {
  it("finds the actions in the build", () => {
    expect(routes.map((r) => r.id)).toEqual(expect.arrayContaining(["routes/logga-in", "routes/logga-ut", "routes/$tenant.malbild"]));
  });

  it("answers every garbage post with a redirect or a 4xx, and never shows a stack trace or SQL", async () => {
    const problems: string[] = [];
    for (const route of routes) {
      // A fresh session per route: posting to logga-ut (or a garbage sign-in) ends the last one.
      problems.push(...(await postGarbage(adminUrl, route, { samples, cookie: (await signIn()).cookie })));
    }
    expect(problems).toEqual([]);
  }, 600_000);
});

describe("admin web security on the running server", () => {
  it("refuses every action posted from another site, before it does anything", async () => {
    const { cookie } = await signIn();
    const wrong: string[] = [];
    const forge = (route: ActionRoute, headers: Record<string, string>) =>
      fetch(`${adminUrl}${urlFor(route.pattern, samples)}`, {
        method: "POST",
        headers: { cookie, "content-type": "application/x-www-form-urlencoded", ...headers },
        body: "intent=delete",
        redirect: "manual",
      });
    for (const route of routes) {
      // What a browser sends from another site: the server refuses it before Remix (whose own
      // origin check would answer an empty 500), with our 403 and sentence.
      const fromElsewhere = await forge(route, { origin: "https://ond.example", "sec-fetch-site": "cross-site" });
      const body = await fromElsewhere.text();
      if (fromElsewhere.status !== 403 || !body.includes("annan webbplats")) wrong.push(`${route.id} from another origin: ${fromElsewhere.status} ${body.slice(0, 80)}`);
      // Only an Origin, as older browsers send: the same.
      const onlyOrigin = await forge(route, { origin: "https://ond.example" });
      if (onlyOrigin.status !== 403) wrong.push(`${route.id} with another Origin: ${onlyOrigin.status}`);
      // Marked cross-site by the browser, with no Origin.
      const marked = await forge(route, { "sec-fetch-site": "cross-site" });
      if (marked.status !== 403) wrong.push(`${route.id} marked cross-site: ${marked.status}`);
    }
    expect(wrong).toEqual([]);
    // The session survived: the forged sign-outs were refused too.
    expect((await fetch(`${adminUrl}/varmland`, { headers: { cookie }, redirect: "manual" })).status).toBe(200);
  });

  it("sends the security headers on pages, data requests and error pages, with a nonce on every inline script", async () => {
    const { cookie } = await signIn();
    // Signed out for the login page (signed in, it redirects), signed in for the rest.
    const urls: [string, string | null][] = [["/logga-in", null], ["/varmland", cookie], ["/varmland/malbild", cookie], ["/finns-inte/alls", cookie], ["/varmland/malbild.data", cookie], ["/varmland/fardplan", cookie]];
    for (const [path, asWho] of urls) {
      const response = await fetch(`${adminUrl}${path}`, { headers: asWho ? { cookie: asWho } : {}, redirect: "manual" });
      expect(response.status, path).toBeLessThan(500);
      const csp = response.headers.get("content-security-policy") ?? "";
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).toMatch(/script-src 'self'( 'nonce-[\w+/=]+')?;/);
      expect(csp.split("; ").find((d) => d.startsWith("script-src ")), path).not.toContain("unsafe-inline");
      expect(response.headers.get("x-content-type-options"), path).toBe("nosniff");
      expect(response.headers.get("referrer-policy"), path).toBe("same-origin");
      const body = await response.text();
      expect(leaks(body), path).toBeNull();
      if (!response.headers.get("content-type")?.includes("text/html")) continue;
      const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
      const scripts = [...body.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      expect(scripts.length, path).toBeGreaterThan(0);
      for (const tag of scripts) if (!/\bsrc=/.test(tag) || /type="module"/.test(tag)) expect(tag, path).toContain(`nonce="${nonce}"`);
    }
    const overTls = await fetch(`${adminUrl}/logga-in`, { headers: { "x-forwarded-proto": "https" } });
    expect(overTls.headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
    expect((await fetch(`${adminUrl}/logga-in`)).headers.get("strict-transport-security")).toBeNull();
  });

  it("sets the session cookie HttpOnly, SameSite=Lax and Secure (the server runs in production mode)", () => {
    expect(setCookie).toMatch(/;\s*HttpOnly/i);
    expect(setCookie).toMatch(/;\s*SameSite=Lax/i);
    expect(setCookie).toMatch(/;\s*Secure/i);
  });

  // An account no other test signs in with: the limit lasts 15 minutes on this server.
  it("limits sign-in attempts with a clear Swedish message", async () => {
    const attempt = () =>
      fetch(`${adminUrl}/logga-in`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ email: "angripare@example.se", password: "fel-lösenord" }).toString(),
        redirect: "manual",
      });
    let last = await attempt();
    for (let i = 0; i < 12 && last.status !== 429; i++) last = await attempt();
    expect(last.status).toBe(429);
    expect(await last.text()).toContain("För många misslyckade inloggningsförsök");
  });
});
