// Issue 20, the Remix apps' routes and their shared server: redirects built from user input, the
// page-feedback path, and the body limit (see tooling/scripts/mutants/README.md for the format).
import { portal } from "./commands.js";

const fuzz = portal("server/routes-fuzz.test.ts");

export default [
  {
    name: "redirect-raw-target",
    what: "sameOriginPath returns the user's text as given instead of the parsed, encoded path (tab-slash open redirect, CR/LF 500)",
    edits: [
      {
        file: "packages/app-server/src/same-origin.ts",
        find: '  const path = `${url.pathname.replace(/^\\/+/, "/")}${url.search}${url.hash}`;',
        replace: "  const path = value;",
      },
    ],
    command: fuzz,
    expect: /answers the reported tricks without a 5xx or a redirect off the site/,
  },
  {
    name: "feedback-path-unchecked",
    what: "the page-feedback path accepts any non-space text again (non-Latin-1 stored, then a 500 on the redirect)",
    edits: [
      {
        file: "packages/domain/src/participation.ts",
        find: "  .regex(/^\\/(?:[!$%&'()*+,\\-.0-9:;=@A-Z_a-z~][!$%&'()*+,\\-./0-9:;=@A-Z_a-z~]*)?$/, { error: \"Ogiltig sida.\" })",
        replace: '  .regex(/^\\/[^\\s]*$/, { error: "Ogiltig sida." })',
      },
    ],
    command: fuzz,
    expect: /refuses a feedback path with CR\/LF or non-Latin-1 characters/,
  },
  {
    name: "body-limit-chunked-unbounded",
    what: "a body without a declared length is passed on whole, however large",
    edits: [
      {
        file: "packages/app-server/src/index.ts",
        find: "    if (this.seen <= this.max) return callback(null, chunk);",
        replace: "    return callback(null, chunk);",
      },
    ],
    command: fuzz,
    expect: /cuts off a chunked post at the limit with 413/,
  },
  {
    name: "path-control-characters",
    what: "an address that decodes to a control character reaches Remix (/%0A was an empty 500)",
    edits: [{ file: "packages/app-server/src/index.ts", find: "  app.use(refuseMalformedPaths);\n", replace: "" }],
    command: fuzz,
    expect: /never answers a generated GET or form post with a 5xx or a redirect off the site/,
  },
  {
    name: "tenant-slug-unchecked",
    what: "a programme name that no programme can have goes to the API in a header (a false 503)",
    edits: [
      {
        file: "apps/portal/app/lib/api.server.ts",
        find: "  if (tenant && !TenantSlugSchema.safeParse(tenant).success) throw",
        replace: "  if (false as boolean) throw",
      },
    ],
    command: fuzz,
    expect: /never answers a generated GET or form post with a 5xx or a redirect off the site/,
  },
];
