// Issue 20, what public callers may see: the mutant re-opens the hole (a draft målbild served as the
// programme's målbild) and names the test that catches it.
import { server } from "./commands.js";

export default [
  {
    name: "public-status-draft-current",
    what: "the målbild the public sees may be a draft again (the portal's målbild page, the open-data målbild and FAQ)",
    edits: [
      {
        file: "packages/db/src/queries/malbild.ts",
        find: `inArray(s.malbild.status, ["adopted", "consultation"] satisfies PublicMalbildStatus[])`,
        replace: `ne(s.malbild.status, "superseded")`,
      },
    ],
    command: server("src/public-content.test.ts"),
    expect: /serves no non-public status, id or text through any public query/,
  },
];
