import { TRPCClientError } from "@trpc/client";
import { describe, expect, it, vi } from "vitest";
import { rethrowUnexpected } from "./api.server.ts";

describe("rethrowUnexpected", () => {
  it("turns an unreachable API into a 503 the error page explains", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const unreachable = new TRPCClientError("fetch failed", { cause: new TypeError("fetch failed") });
    let thrown: unknown;
    try {
      rethrowUnexpected(unreachable);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(Response);
    expect((thrown as Response).status).toBe(503);
  });

  it("leaves other errors as they are", () => {
    const bug = new Error("bug");
    expect(() => rethrowUnexpected(bug)).toThrow(bug);
  });
});
