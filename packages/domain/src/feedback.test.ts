import { describe, expect, it } from "vitest";
import { FeedbackInputSchema } from "./participation.ts";

const answer = (path: unknown) => FeedbackInputSchema.safeParse({ path, useful: "yes" });

describe("FeedbackInputSchema's page path", () => {
  it("accepts the paths browsers send, percent-encoded", () => {
    for (const path of ["/varmland", "/varmland/malbild", "/varmland/nyheter/3f0c1e2a-1b2c-4d5e-8f90-123456789abc", "/varmland/s%C3%B6k"])
      expect(answer(path).success, path).toBe(true);
  });

  it.each([
    ["another host, protocol-relative", "//evil.example/x"],
    ["a backslash a browser reads as a slash", "/\\evil.example"],
    ["a tab a browser strips", "/\t/evil.example"],
    ["a newline that would break the Location header", "/varmland\r\nSet-Cookie: x=1"],
    ["a dot segment leaving an empty first segment", "/.//evil.example"],
    ["a full address", "https://evil.example/"],
    ["a script URL", "javascript:alert(1)"],
    ["a relative path", "varmland"],
    ["a query", "/varmland?sidfeedback=tack"],
    ["a non-Latin-1 character", "/varmland/\u2603"],
    ["a long path", `/${"a".repeat(300)}`],
    ["no path", undefined],
  ])("refuses %s with a Swedish message", (_what, path) => {
    const result = answer(path);
    expect(result.success).toBe(false);
    expect(result.error?.issues.find((issue) => issue.path[0] === "path")?.message).toBe("Ogiltig sida.");
  });

  it("lets no control, space or non-ASCII character through, wherever in the path", () => {
    for (let code = 0; code < 0x3000; code += 1) {
      const c = String.fromCharCode(code);
      for (const path of [`/${c}`, `/varmland/${c}x`, `/${c}/evil.example`]) {
        const result = answer(path);
        if (result.success) expect(path, `U+${code.toString(16)}`).toMatch(/^\/[\x21-\x7e]*$/);
        if (result.success) expect(new URL(path, "http://x.invalid").host, `U+${code.toString(16)}`).toBe("x.invalid");
      }
    }
  });
});
