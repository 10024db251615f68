/**
 * Every form action of the portal, found in the production build, gets garbage posted to it by an
 * anonymous visitor: empty bodies, random fields, huge and odd values, wrong intents, bodies that
 * are not forms. Every answer is a redirect or a 4xx — never a 5xx — and none shows a stack trace
 * or SQL. Plain HTTP, no browser.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { type ActionRoute, actionRoutes, postGarbage, portalUrl } from "@naravard/e2e";

let routes: ActionRoute[];

beforeAll(async () => {
  routes = await actionRoutes("portal");
});

describe("garbage to every portal action", () => {
  it("finds the actions in the build", () => {
    expect(routes.map((r) => r.id)).toEqual(expect.arrayContaining(["routes/$tenant.synpunkter"]));
  });

  it("answers every garbage post with a redirect or a 4xx, and never shows a stack trace or SQL", async () => {
    const problems: string[] = [];
    for (const route of routes) problems.push(...(await postGarbage(portalUrl, route, { samples: { tenant: "varmland" }, cookie: null })));
    expect(problems).toEqual([]);
  }, 600_000);
});
