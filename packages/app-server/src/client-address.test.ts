// Decision 016: whose address the apps pass on to the API's limits. A real Express server, a real
// HTTP request: X-Forwarded-For is believed only for the hops TRUST_PROXY names.
import type { AddressInfo } from "node:net";
import express from "express";
import { describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER, setClientAddress, trustProxySetting } from "./client-address.ts";

async function seen(trustProxy: string | undefined, headers: Record<string, string>) {
  const app = express();
  app.set("trust proxy", trustProxySetting(trustProxy));
  app.use(setClientAddress);
  app.get("/", (req, res) => res.json({ address: req.headers[CLIENT_ADDRESS_HEADER] ?? null }));
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  try {
    const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, { headers });
    return ((await res.json()) as { address: string | null }).address;
  } finally {
    server.close();
  }
}

describe("the visitor's address the apps pass on", () => {
  it("is the connection's without TRUST_PROXY: a forged X-Forwarded-For or address header changes nothing", async () => {
    const forged = { "x-forwarded-for": "203.0.113.7", [CLIENT_ADDRESS_HEADER]: "198.51.100.1" };
    expect(await seen(undefined, forged)).toMatch(/127\.0\.0\.1$/);
    expect(await seen("0", forged)).toMatch(/127\.0\.0\.1$/);
  });

  it("with TRUST_PROXY=1 is the hop the one proxy reported, not the leftmost a client wrote", async () => {
    // The proxy appends the address it saw; whatever the client sent stays to the left.
    expect(await seen("1", { "x-forwarded-for": "6.6.6.6, 203.0.113.7" })).toBe("203.0.113.7");
    expect(await seen("2", { "x-forwarded-for": "6.6.6.6, 203.0.113.7, 10.0.0.2" })).toBe("203.0.113.7");
  });

  it("refuses a TRUST_PROXY that is not a count, with a Swedish message", () => {
    expect(() => trustProxySetting("ja")).toThrow(/TRUST_PROXY/);
    expect(() => trustProxySetting("-1")).toThrow(/TRUST_PROXY/);
    expect(trustProxySetting("")).toBe(false);
    expect(trustProxySetting("3")).toBe(3);
  });
});
