import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { assertSameOrigin, securityHeaders } from "./security.server.ts";
import { requireUser } from "./session.server.ts";

const post = (headers: Record<string, string>, url = "http://admin.test/varmland/malbild") => new Request(url, { method: "POST", headers });

function refusal(request: Request): number | null {
  try {
    assertSameOrigin(request);
    return null;
  } catch (error) {
    if (error instanceof Response) return error.status;
    throw error;
  }
}

describe("admin security headers", () => {
  it("allow scripts only from the admin or with the nonce, and forbid framing", () => {
    const headers = securityHeaders(new Request("http://admin.test/"), "abc123");
    const csp = headers["Content-Security-Policy"]!;
    expect(csp).toContain("script-src 'self' 'nonce-abc123'");
    const scriptSrc = csp.split("; ").find((d) => d.startsWith("script-src "))!;
    expect(scriptSrc).not.toContain("unsafe-inline");
    expect(csp).toContain("style-src 'self';");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(headers).toMatchObject({ "X-Content-Type-Options": "nosniff", "Referrer-Policy": "same-origin", "X-Frame-Options": "DENY" });
    expect(headers["Strict-Transport-Security"]).toBeUndefined();
  });

  it("include every protective header and directive (a removed one fails here, not only in a browser test)", () => {
    const headers = securityHeaders(new Request("http://admin.test/"), "n");
    expect(headers).toMatchObject({
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "same-origin",
      "X-Frame-Options": "DENY",
      "Cross-Origin-Opener-Policy": "same-origin",
      "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
      "Cache-Control": "private, no-store",
    });
    expect(headers["Content-Security-Policy"]!.split("; ")).toEqual(
      expect.arrayContaining(["default-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'"]),
    );
  });

  it("add HSTS only when the request came over TLS", () => {
    expect(securityHeaders(new Request("https://admin.test/"), "n")["Strict-Transport-Security"]).toMatch(/max-age=\d{8}/);
    expect(securityHeaders(new Request("http://admin.test/", { headers: { "x-forwarded-proto": "https" } }), "n")["Strict-Transport-Security"]).toBeDefined();
  });
});

describe("cross-site request forgery", () => {
  it("refuses a post from another site, by Sec-Fetch-Site or by Origin", () => {
    expect(refusal(post({ "sec-fetch-site": "cross-site", origin: "https://ond.example" }))).toBe(403);
    expect(refusal(post({ "sec-fetch-site": "same-site" }))).toBe(403);
    expect(refusal(post({ origin: "https://ond.example" }))).toBe(403);
    expect(refusal(post({ origin: "null" }))).toBe(403);
  });

  it("lets the admin's own forms through, behind a proxy too, and never checks a GET", () => {
    expect(refusal(post({ "sec-fetch-site": "same-origin", origin: "http://admin.test" }))).toBeNull();
    expect(refusal(post({ origin: "http://admin.test" }))).toBeNull();
    expect(refusal(post({ origin: "https://admin.region.se", "x-forwarded-host": "admin.region.se" }, "http://127.0.0.1:3001/logga-in"))).toBeNull();
    expect(refusal(new Request("http://admin.test/", { headers: { "sec-fetch-site": "cross-site" } }))).toBeNull();
    // No browser headers at all is not a browser, so no victim's cookie rides along.
    expect(refusal(post({}))).toBeNull();
  });

  it("refuses headers that contradict each other with 403, and never fails otherwise, whatever the headers", () => {
    expect(refusal(post({ "sec-fetch-site": "same-origin", origin: "https://ond.example" }))).toBe(403);
    const value = fc.oneof(fc.constantFrom("", "null", "same-origin", "none", "cross-site", "http://admin.test", "https://ond.example", "admin.test", " , admin.test"), fc.string({ maxLength: 20 }));
    fc.assert(
      fc.property(fc.record({ "sec-fetch-site": value, origin: value, "x-forwarded-host": value, host: value }, { requiredKeys: [] }), (headers) => {
        let request: Request;
        try {
          request = post(headers);
        } catch {
          return; // not a header value a Request can carry
        }
        // refusal() rethrows anything but a Response, so an error thrown here fails the property.
        expect([null, 403]).toContain(refusal(request));
      }),
      { numRuns: 500 },
    );
  });

  it("is enforced by requireUser, which every signed-in action calls first", async () => {
    const outcome = await requireUser(post({ origin: "https://ond.example", Cookie: "naravard_admin_session=x" })).catch((e: unknown) => e);
    expect(outcome).toBeInstanceOf(Response);
    expect((outcome as Response).status).toBe(403);
  });
});

describe("session cookie", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it("is HttpOnly and SameSite=Lax, and Secure in production", async () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("SESSION_SECRET", "en-hemlighet-som-är-lång-nog");
    vi.stubEnv("API_APP_SECRET", "en-annan-hemlighet-som-är-lång-nog");
    vi.resetModules();
    const { commitSessionToken } = await import("./session.server.ts");
    const cookie = await commitSessionToken("token");
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Secure/);
  });

  it("is not Secure in development, where the admin runs on plain http://localhost", async () => {
    vi.stubEnv("NODE_ENV", "development");
    vi.resetModules();
    const { commitSessionToken } = await import("./session.server.ts");
    const cookie = await commitSessionToken("token");
    expect(cookie).toMatch(/HttpOnly; SameSite=Lax|SameSite=Lax.*HttpOnly|HttpOnly.*SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
  });
});
