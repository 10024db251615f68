import { randomBytes } from "node:crypto";
import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { LoginInputSchema, SESSION_TTL_MS } from "@naravard/domain";
import {
  createSession,
  deleteExpiredSessions,
  deleteSession,
  findUserByEmail,
  getDummyHash,
  listMembershipsOfUser,
  verifyPassword,
  withoutTenant,
} from "@naravard/db";
import { checkPassword } from "../limits.ts";
import { authedProcedure, hashSessionToken, publicProcedure } from "../trpc.ts";

export const authRouter = {
  /**
   * Checks the password (argon2id) and opens a session. The token goes back to the admin app,
   * which keeps it in an HttpOnly cookie; the database keeps only its hash.
   */
  login: publicProcedure.input(LoginInputSchema).mutation(async ({ ctx, input }) => {
    const user = await withoutTenant(ctx.db, (tx) => findUserByEmail(tx, input.email));
    // Verify against a dummy hash for unknown e-mail so the answer takes as long either way.
    const ok = await checkPassword(ctx.db, { email: input.email, address: ctx.clientAddress }, async () =>
      verifyPassword(user?.passwordHash ?? (await getDummyHash()), input.password),
    );
    if (!user || !ok) throw new TRPCError({ code: "UNAUTHORIZED", message: "Fel e-postadress eller lösenord." });

    const token = randomBytes(32).toString("base64url");
    const expiresAt = new Date(Date.now() + SESSION_TTL_MS);
    const memberships = await withoutTenant(
      ctx.db,
      async (tx) => {
        await deleteExpiredSessions(tx);
        await createSession(tx, { userId: user.id, tokenHash: hashSessionToken(token), expiresAt });
        return listMembershipsOfUser(tx, user.id);
      },
      user.id,
    );
    return { token, expiresAt, user: { id: user.id, email: user.email, name: user.name }, memberships };
  }),

  logout: authedProcedure.mutation(async ({ ctx }) => {
    await withoutTenant(ctx.db, (tx) => deleteSession(tx, ctx.sessionTokenHash));
    return { ok: true as const };
  }),

  /** The signed-in user and the programmes they belong to. */
  me: authedProcedure.query(({ ctx }) => ({ user: ctx.user, memberships: ctx.memberships })),
} satisfies TRPCRouterRecord;
