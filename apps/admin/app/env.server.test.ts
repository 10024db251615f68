import { describe, expect, it } from "vitest";
import { parseEnv } from "./env.server.ts";

describe("parseEnv", () => {
  it("has working defaults for development", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({ NODE_ENV: "development", API_URL: "http://127.0.0.1:4000", PORTAL_URL: "http://localhost:3000" });
    expect(env.SESSION_SECRET.length).toBeGreaterThan(0);
  });

  it("refuses to run in production without a session secret", () => {
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(/SESSION_SECRET/);
    expect(() => parseEnv({ NODE_ENV: "production", SESSION_SECRET: "kort" })).toThrow(/SESSION_SECRET/);
    expect(parseEnv({ NODE_ENV: "production", SESSION_SECRET: "a-long-enough-secret", API_APP_SECRET: "another-long-secret" }).SESSION_SECRET).toBe(
      "a-long-enough-secret",
    );
  });

  it("refuses to run in production without the secret it shares with the API (decision 016)", () => {
    expect(() => parseEnv({ NODE_ENV: "production", SESSION_SECRET: "a-long-enough-secret" })).toThrow(/API_APP_SECRET/);
    expect(() => parseEnv({ NODE_ENV: "production", SESSION_SECRET: "a-long-enough-secret", API_APP_SECRET: "kort" })).toThrow(/API_APP_SECRET/);
  });

  it("rejects an address that is not a URL, and drops a trailing slash", () => {
    expect(() => parseEnv({ API_URL: "api:4000" })).toThrow(/API_URL/);
    expect(parseEnv({ PORTAL_URL: "https://portal.example.se/" }).PORTAL_URL).toBe("https://portal.example.se");
  });
});
