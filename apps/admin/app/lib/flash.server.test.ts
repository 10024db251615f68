import { describe, expect, it } from "vitest";
import { makeFlashCookie } from "./cookies.server.ts";
import { makeFlash, parseFlash, redirectWithFlash } from "./flash.server.ts";

const cookie = makeFlashCookie({ secret: "test-secret-test-secret", secure: false });
const flash = makeFlash(cookie);

/** The Cookie header a browser would send back after receiving `setCookie`. */
const cookieHeader = (setCookie: string) => setCookie.split(";")[0]!;

describe("flash messages", () => {
  it("carries a message to the next request and then clears it", async () => {
    const setCookie = await flash.set("Påståendet är sparat.");
    const request = new Request("http://admin.test/varmland/malbild", { headers: { Cookie: cookieHeader(setCookie) } });
    const { message, headers } = await flash.read(request);
    expect(message).toBe("Påståendet är sparat.");
    expect(headers.get("Set-Cookie")).toMatch(/naravard_admin_flash=;.*Max-Age=0/);
  });

  it("has nothing to say, and sets no cookie, when there is no message", async () => {
    const { message, headers } = await flash.read(new Request("http://admin.test/"));
    expect(message).toBeNull();
    expect(headers.has("Set-Cookie")).toBe(false);
  });

  it("ignores a message whose signature does not match", async () => {
    const forged = `naravard_admin_flash=${Buffer.from(JSON.stringify("Hej")).toString("base64")}.forged`;
    const { message } = await flash.read(new Request("http://admin.test/", { headers: { Cookie: forged } }));
    expect(message).toBeNull();
  });

  it("accepts only short texts", () => {
    expect(parseFlash("Visionen är sparad.")).toBe("Visionen är sparad.");
    expect(parseFlash("   ")).toBeNull();
    expect(parseFlash(42)).toBeNull();
    expect(parseFlash("x".repeat(301))).toBeNull();
  });

  it("redirects with the message attached", async () => {
    const response = await redirectWithFlash("/varmland/malbild", "Visionen är sparad.");
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/varmland/malbild");
    expect(response.headers.get("Set-Cookie")).toMatch(/^naravard_admin_flash=/);
  });
});
