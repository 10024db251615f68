import { describe, expect, it } from "vitest";
import { requireUser } from "./session.server.ts";

async function thrownBy(promise: Promise<unknown>): Promise<Response> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof Response) return error;
    throw error;
  }
  throw new Error("expected a thrown response");
}

// These cases are decided before the API is asked, so no API needs to run.
describe("requireUser", () => {
  it("sends someone without a session to the login page and back afterwards", async () => {
    const response = await thrownBy(requireUser(new Request("http://admin.test/varmland/malbild?ta-bort=1")));
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/logga-in?redirectTo=%2Fvarmland%2Fmalbild%3Fta-bort%3D1");
    expect(response.headers.has("Set-Cookie")).toBe(false);
  });

  it("treats a tampered session cookie as no session", async () => {
    const request = new Request("http://admin.test/", { headers: { Cookie: "naravard_admin_session=InRva2VuIg%3D%3D.forged" } });
    const response = await thrownBy(requireUser(request));
    expect(response.headers.get("Location")).toBe("/logga-in");
  });
});
