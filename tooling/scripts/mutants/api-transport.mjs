// Issue 20, the API's transport layer: each mutant re-opens one class of hole and names the test
// that catches it.
import { api, server } from "./commands.js";

const appServer = (file, filter) =>
  `pnpm --filter @naravard/app-server exec vitest run ${file}${filter ? ` -t "${filter}"` : ""}`;

export default [
  {
    name: "transport-superjson-unchecked",
    what: "the router's transformer hands the network's input to superjson without checking its meta (40 bytes run the stack out)",
    edits: [
      {
        file: "packages/api/src/transformer.ts",
        find: "superjson.deserialize(checkedInput(input) as Parameters<typeof superjson.deserialize>[0])",
        replace: "superjson.deserialize(input as Parameters<typeof superjson.deserialize>[0])",
      },
    ],
    command: server("src/transport-limits.test.ts", "40-byte body"),
    expect: /refuses the 40-byte body that sent superjson round a string/,
  },
  {
    name: "transport-batch-unbounded",
    what: "tRPC batches have no size limit again (one POST stores hundreds of rows)",
    edits: [{ file: "apps/api/src/server.ts", find: "    maxBatchSize: MAX_BATCH_SIZE,\n", replace: "" }],
    command: server("src/transport-limits.test.ts", "batch above the limit"),
    expect: /runs nothing of a batch above the limit/,
  },
  {
    name: "transport-history-names-public",
    what: "roadmap.history names the accounts behind each change to anyone",
    edits: [{ file: "packages/api/src/routers/roadmap.ts", find: "byName: member ? byName : null", replace: "byName" }],
    command: api("src/public-answers.test.ts"),
    expect: /never name an account/,
  },
  {
    name: "transport-cross-site-contradiction",
    what: "a same-origin Sec-Fetch-Site excuses a foreign Origin again, and Remix answers it with an empty 500",
    edits: [
      {
        file: "packages/app-server/src/cross-site.ts",
        find: '  if (site && site !== "same-origin" && site !== "none") return true;',
        replace: '  if (site) return site !== "same-origin" && site !== "none";',
      },
    ],
    command: appServer("src/index.test.ts"),
    expect: /never answers 5xx, for any mix of Sec-Fetch-Site, Origin, Host and X-Forwarded-Host/,
  },
  {
    name: "transport-nodes-unbounded",
    what: "an input may hold any number of values (a million-number array kept the API's thread for seconds)",
    edits: [
      {
        file: "packages/api/src/transformer.ts",
        find: "    if ((nodes += items.length) > MAX_NODES) return false;",
        replace: "    nodes += items.length;",
      },
    ],
    command: api("src/transformer.test.ts"),
    expect: /refuses more than MAX_NODES values in all/,
  },
  {
    name: "transport-large-body-everywhere",
    what: "every procedure takes a slide deck's body size, not only the uploads",
    edits: [
      {
        file: "apps/api/src/server.ts",
        find: "    return (LARGE_INPUT_PROCEDURES.has(procedure) ? trpcLarge : trpcSmall)(req, res);",
        replace: "    return trpcLarge(req, res);",
      },
    ],
    command: server("src/transport-limits.test.ts"),
    expect: /takes a large body only for a procedure that takes a file/,
  },
];
