import { describe, expect, it } from "vitest";
import { securityHeaders } from "./security.server.ts";

describe("security headers", () => {
  it("allows scripts only from this origin or with the nonce, and forbids framing by others", () => {
    const headers = securityHeaders(new Request("http://localhost:3000/varmland"), "abc123");
    const scriptSrc = headers["Content-Security-Policy"]!.split("; ").find((d) => d.startsWith("script-src"));
    expect(scriptSrc).toBe("script-src 'self' 'nonce-abc123'");
    expect(headers["Content-Security-Policy"]).toContain("frame-ancestors 'self'");
    expect(headers["Strict-Transport-Security"]).toBeUndefined();
  });

  it("sends every protective header and directive (a removed one fails here, not only in a browser test)", () => {
    const headers = securityHeaders(new Request("http://localhost:3000/varmland"), "n");
    expect(headers).toMatchObject({
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "X-Frame-Options": "SAMEORIGIN",
      "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
    });
    expect(headers["Content-Security-Policy"]!.split("; ")).toEqual(
      expect.arrayContaining(["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'self'"]),
    );
  });

  it("adds HSTS behind TLS", () => {
    const headers = securityHeaders(new Request("http://localhost/", { headers: { "x-forwarded-proto": "https" } }), "n");
    expect(headers["Strict-Transport-Security"]).toMatch(/max-age=31536000/);
  });
});
