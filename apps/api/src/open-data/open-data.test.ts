import { readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { validate } from "@readme/openapi-parser";
import createClient from "openapi-fetch";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestDatabase, createTestDatabase } from "@naravard/db/testing";
import { createApiServer } from "../server.ts";
import type { paths } from "./client/schema.d.ts";
import { clientSchemaSource } from "./generate-client.ts";

let t: TestDatabase;
let base: string;
let server: ReturnType<typeof createApiServer>;

beforeAll(async () => {
  t = await createTestDatabase();
  server = createApiServer(t, () => {});
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server?.close();
  await t?.close();
});

describe("open data API", () => {
  it("publishes an OpenAPI document that a real validator accepts", async () => {
    const document = (await (await fetch(`${base}/api/v1/openapi.json`)).json()) as { paths: Record<string, unknown> };
    const result = await validate(structuredClone(document) as Parameters<typeof validate>[0]);
    expect(result.valid, JSON.stringify(result)).toBe(true);
    expect(Object.keys(document.paths)).toContain("/api/v1/{tenant}/adoptions");
  });

  it("reads Värmland's adoptions through the client generated from the document", async () => {
    // The committed client schema is what the document generates today.
    expect(readFileSync(new URL("./client/schema.d.ts", import.meta.url), "utf8")).toBe(await clientSchemaSource());
    const client = createClient<paths>({ baseUrl: base });
    const { data, response } = await client.GET("/api/v1/{tenant}/adoptions", { params: { path: { tenant: "varmland" }, query: { pageSize: 10 } } });
    expect(response.status).toBe(200);
    expect(data!.total).toBe(17);
    expect(data!.data).toHaveLength(10);
    const all = await client.GET("/api/v1/{tenant}/adoptions", { params: { path: { tenant: "varmland" }, query: { pageSize: 100 } } });
    expect(all.data!.data.find((d) => d.memberName === "Karlstad")?.decidedOn).toBe("2022-06-16");
  });

  it("paginates, 404s an unknown programme and 400s a bad page", async () => {
    const second = (await (await fetch(`${base}/api/v1/varmland/members?page=2&pageSize=10`)).json()) as { data: unknown[] };
    expect(second).toMatchObject({ page: 2, pageSize: 10, total: 17 });
    expect(second.data).toHaveLength(7);
    expect((await fetch(`${base}/api/v1/gotland/members`)).status).toBe(404);
    expect((await fetch(`${base}/api/v1/varmland/members?pageSize=100000`)).status).toBe(400);
    expect((await fetch(`${base}/api/v1/varmland/nothing`)).status).toBe(404);
    expect((await fetch(`${base}/api/v1/varmland/members`, { method: "POST" })).status).toBe(405);
  });

  it("exports CSV with a BOM, semicolons and Swedish characters intact", async () => {
    const res = await fetch(`${base}/api/v1/varmland/adoptions.csv`);
    expect(res.headers.get("content-type")).toMatch(/^text\/csv/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    const [header, ...rows] = text.trim().split("\r\n");
    expect(header).toBe("part;status;beslutande_organ;datum;diarienummer;lank;anteckning;version");
    expect(rows).toHaveLength(17);
    expect(rows.some((r) => r.startsWith("Årjäng;adopted;"))).toBe(true);
    expect(rows.find((r) => r.startsWith("Karlstad;"))).toContain("2022-06-16");
  });
});
