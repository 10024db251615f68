import { describe, expect, it } from "vitest";
import { isMultipart, readUpload } from "./request.server.ts";

const upload = (bytes: number) => {
  const form = new FormData();
  form.append("title", "Bildspel");
  form.append("file", new File([new Uint8Array(bytes).fill(37)], "bildspel.pdf", { type: "application/pdf" }));
  return new Request("http://admin.test/varmland/evenemang/x", { method: "POST", body: form });
};

describe("readUpload", () => {
  it("reads a file within the limit", async () => {
    const request = upload(1000);
    expect(isMultipart(request)).toBe(true);
    const form = await readUpload(request, 1000);
    expect(form).not.toBe("too-large");
    const file = (form as FormData).get("file");
    expect(file instanceof File && file.size).toBe(1000);
    expect((form as FormData).get("title")).toBe("Bildspel");
  });

  it("says too large for a file one byte over the limit", async () => {
    expect(await readUpload(upload(1001), 1000)).toBe("too-large");
  });
});
