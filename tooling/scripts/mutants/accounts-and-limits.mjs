// Issue 20, classes 1, 2 and 8: shared accounts, the one password limiter, limits per real client.
import { api } from "./commands.js";

const appServer = (file) => `pnpm --filter @naravard/app-server exec vitest run ${file}`;

const suite = api("src/accounts-and-limits.test.ts");

export default [
  {
    name: "account-reset-shared",
    what: "a coordinator may reset the password of an account that belongs to another programme too (the cross-programme takeover)",
    edits: [
      {
        file: "packages/api/src/routers/users.ts",
        find: "  if (await isSharedAccount(tx, { userId, tenantId }))",
        replace: "  if (false as boolean)",
      },
    ],
    command: suite,
    expect: /cannot be taken over by one programme's coordinator/,
  },
  {
    name: "account-reset-link-outlives-sharing",
    what: "a reset link made while the account was one programme's still works after the person joined another",
    edits: [
      {
        file: "packages/db/src/queries/users.ts",
        find: "  if (row.tenantId !== null && (await isSharedAccount(tx, { userId: row.userId, tenantId: row.tenantId }))) return null;",
        replace: "",
      },
    ],
    command: suite,
    expect: /stops working once the person joins another programme/,
  },
  {
    name: "password-check-unthrottled",
    what: "accepting an invitation checks an existing account's password without the limiter",
    edits: [
      {
        file: "packages/api/src/routers/account.ts",
        find: "    if (existing && !(await checkPassword(ctx.db, { email: invitation.email, address: ctx.clientAddress }, () => verifyPassword(existing.passwordHash, input.password))))",
        replace: "    if (existing && !(await verifyPassword(existing.passwordHash, input.password)))",
      },
    ],
    command: suite,
    expect: /accepting an invitation with an existing account's password is counted like a sign-in/,
  },
  {
    name: "invitation-reveals-account",
    what: "the invitation page tells its holder whether the address already has an account",
    edits: [
      {
        file: "packages/api/src/routers/account.ts",
        find: "    return { email: found.email, role: found.role, roleLabel: roleLabel[found.role], tenantName: ctx.tenant.name };",
        replace:
          "    const existingAccount = !!(await withoutTenant(ctx.db, (tx) => findUserByEmail(tx, found.email)));\n    return { email: found.email, role: found.role, roleLabel: roleLabel[found.role], tenantName: ctx.tenant.name, existingAccount };",
      },
    ],
    command: suite,
    expect: /does not tell its holder whether the address has an account/,
  },
  {
    name: "lockout-by-anyone",
    what: "the limit per account alone is as low as the one per account and address: anyone can lock a coordinator out",
    edits: [
      {
        file: "packages/api/src/limits.ts",
        find: "  passwordPerAccount: { points: 100, duration: 15 * 60 },",
        replace: "  passwordPerAccount: { points: 10, duration: 15 * 60 },",
      },
    ],
    command: suite,
    expect: /the owner elsewhere is not/,
  },
  {
    name: "client-address-forgeable",
    what: "the API believes any X-Naravard-Client-Address header, signed or not (rotating it escapes every limit)",
    edits: [
      {
        file: "packages/api/src/headers.ts",
        find: "  if (address && signature && secret) {",
        replace: "  if (address) return address;\n  if (address && signature && secret) {",
      },
    ],
    command: suite,
    expect: /a forged header counts as the connection/,
  },
  {
    name: "feedback-unlimited",
    what: "page feedback is not limited",
    edits: [
      {
        file: "packages/api/src/routers/participation.ts",
        find: "    await limitFeedback(ctx.db, { tenantId: ctx.tenant.id, address: ctx.clientAddress });\n",
        replace: "",
      },
    ],
    command: suite,
    expect: /page feedback is limited per address and programme/,
  },
  {
    name: "client-address-leftmost-hop",
    what: "the apps' server takes the leftmost X-Forwarded-For entry (anyone writes it) as the visitor's address",
    edits: [
      {
        file: "packages/app-server/src/client-address.ts",
        find: "  const address = req.ip ?? req.socket.remoteAddress;",
        replace: '  const address = String(req.headers["x-forwarded-for"] ?? "").split(",")[0]?.trim() || req.ip;',
      },
    ],
    command: appServer("src/client-address.test.ts"),
    expect: /a forged X-Forwarded-For or address header changes nothing/,
  },
  {
    name: "limits-per-ipv6-address",
    what: "an IPv6 client counts per address, not per /64 (a new address for every guess escapes the limits)",
    edits: [
      {
        file: "packages/api/src/limits.ts",
        find: '  if (parsed.kind() === "ipv4") return parsed.toString();',
        replace: "  return parsed.toString();",
      },
    ],
    command: suite,
    expect: /counts an IPv6 client by its \/64/,
  },
];
