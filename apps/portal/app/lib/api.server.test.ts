import { TRPCClientError } from "@trpc/client";
import { describe, expect, it } from "vitest";
import { load } from "./api.server.ts";
import { pageTitle } from "./meta.ts";

const apiError = (code: string) =>
  new TRPCClientError(code, { result: { error: { code: -32000, message: code, data: { code, httpStatus: 400, path: "x" } } } } as never);

const statusOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 200,
    (e: unknown) => (e instanceof Response ? e.status : -1),
  );

describe("API failures as pages", () => {
  it("shows NOT_FOUND as the 404 page and bad input as 400", async () => {
    expect(await statusOf(load(Promise.reject(apiError("NOT_FOUND"))))).toBe(404);
    expect(await statusOf(load(Promise.reject(apiError("BAD_REQUEST"))))).toBe(400);
  });

  it("shows an unreachable or unavailable API as 503, never as a crash", async () => {
    expect(await statusOf(load(Promise.reject(new TRPCClientError("fetch failed", { cause: new Error("ECONNREFUSED") }))))).toBe(503);
    expect(await statusOf(load(Promise.reject(apiError("SERVICE_UNAVAILABLE"))))).toBe(503);
  });

  it("passes data through", async () => {
    await expect(load(Promise.resolve({ ok: 1 }))).resolves.toEqual({ ok: 1 });
  });
});

describe("titles", () => {
  it("names the page, the programme and the site", () => {
    expect(pageTitle("Målbild", "Region Värmland")).toBe("Målbild – Region Värmland – Nära vård – målbilder");
    expect(pageTitle()).toBe("Nära vård – målbilder");
  });
});
