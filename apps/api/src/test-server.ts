import type { AddressInfo } from "node:net";
import { createTestDatabase } from "@naravard/db/testing";
import { createApiServer } from "./server.ts";

/** The API's real HTTP server on an ephemeral port of 127.0.0.1, over a fresh test database (tests only). */
export async function startTestApi() {
  const t = await createTestDatabase();
  const server = createApiServer(t, () => {});
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    t,
    base,
    server,
    close: async () => {
      server.close();
      await t.close();
    },
  };
}
