import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { ChangeStatusInputSchema, VersionNumberSchema, diffMalbild, malbildStatusLabel } from "@naravard/domain";
import {
  changeMalbildStatus,
  createDraftVersion,
  getPreviousPublicMalbildVersion,
  getPublicMalbildVersion,
  listMalbildVersions,
  listPublicMalbildVersions,
  withTenant,
} from "@naravard/db";
import { coordinatorProcedure, notFound, tenantMemberProcedure, tenantProcedure } from "../trpc.ts";

const today = () => new Date().toISOString().slice(0, 10);

export const malbildVersionRouter = {
  /** The public history: every version but drafts (left out by the query), newest first. */
  list: tenantProcedure.query(({ ctx }) =>
    withTenant(ctx.db, ctx.tenant.id, (tx) => listPublicMalbildVersions(tx, { tenantId: ctx.tenant.id })),
  ),

  /** Every version including drafts, for the programme's members. */
  listAll: tenantMemberProcedure.query(({ ctx }) =>
    withTenant(ctx.db, ctx.tenant.id, (tx) => listMalbildVersions(tx, { tenantId: ctx.tenant.id })),
  ),

  /**
   * One version with what changed from the public version before it. A draft is not public: it
   * answers as a version that does not exist, and no diff is ever taken against one.
   */
  get: tenantProcedure.input(z.object({ versionNumber: VersionNumberSchema })).query(async ({ ctx, input }) => {
    const { version, previous } = await withTenant(ctx.db, ctx.tenant.id, async (tx) => {
      const version = await getPublicMalbildVersion(tx, { tenantId: ctx.tenant.id, versionNumber: input.versionNumber });
      const previous =
        version && version.versionNumber > 1
          ? await getPreviousPublicMalbildVersion(tx, { tenantId: ctx.tenant.id, versionNumber: version.versionNumber })
          : null;
      return { version, previous };
    });
    if (!version) throw notFound("Versionen finns inte.");
    return { version, previousVersionNumber: previous?.versionNumber ?? null, diff: previous ? diffMalbild(previous, version) : null };
  }),

  /** Starts a new version as a draft copy of an existing one. */
  createDraft: coordinatorProcedure.input(z.object({ fromMalbildId: z.uuid({ error: "Ogiltig identitet." }) })).mutation(async ({ ctx, input }) => {
    const result = await withTenant(ctx.db, ctx.tenant.id, (tx) => createDraftVersion(tx, { tenantId: ctx.tenant.id, ...input }), ctx.actor);
    if (result.status === "not_found") throw notFound("Versionen finns inte.");
    if (result.status === "open_version_exists")
      throw new TRPCError({ code: "CONFLICT", message: `Version ${result.versionNumber} är redan under arbete. Gör klart eller anta den först.` });
    if (result.status !== "ok") throw new TRPCError({ code: "BAD_REQUEST", message: "Versionen kunde inte skapas." });
    return { id: result.id, versionNumber: result.versionNumber };
  }),

  /** draft ⇄ consultation → adopted; adopting supersedes the adopted version in the same transaction. */
  changeStatus: coordinatorProcedure.input(ChangeStatusInputSchema).mutation(async ({ ctx, input }) => {
    if (input.adoptedOn && input.adoptedOn > today())
      throw new TRPCError({ code: "BAD_REQUEST", message: "Beslutsdatumet kan inte ligga i framtiden." });
    const result = await withTenant(ctx.db, ctx.tenant.id, (tx) => changeMalbildStatus(tx, { tenantId: ctx.tenant.id, ...input }), ctx.actor);
    if (result.status === "not_found") throw notFound("Versionen finns inte.");
    if (result.status === "invalid_transition")
      throw new TRPCError({
        code: "BAD_REQUEST",
        message: `En version med status ”${malbildStatusLabel[result.from]}” kan inte bli ”${malbildStatusLabel[input.status]}”.`,
      });
    if (result.status !== "ok") throw new TRPCError({ code: "BAD_REQUEST", message: "Statusen kunde inte ändras." });
    return { id: result.id, versionNumber: result.versionNumber, status: input.status };
  }),
} satisfies TRPCRouterRecord;
