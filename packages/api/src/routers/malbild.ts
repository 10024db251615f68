import type { TRPCRouterRecord } from "@trpc/server";
import {
  AddStatementInputSchema,
  RemoveStatementInputSchema,
  UpdateStatementInputSchema,
  UpdateVisionInputSchema,
} from "@naravard/domain";
import { addStatement, getCurrentMalbild, getPublicMalbild, removeStatement, updateStatement, updateVision, withTenant } from "@naravard/db";
import { unwrapEdit } from "../results.ts";
import { editorProcedure, notFound, tenantMemberProcedure, tenantProcedure } from "../trpc.ts";

export const malbildRouter = {
  /**
   * The målbild the portal shows: the adopted version, else the newest out for consultation. A
   * draft is not public: while the programme has only a draft, nothing is published yet.
   */
  current: tenantProcedure.query(async ({ ctx }) => {
    const malbild = await withTenant(ctx.db, ctx.tenant.id, (tx) => getPublicMalbild(tx, { tenantId: ctx.tenant.id }));
    if (!malbild) throw notFound("Programmet har inte publicerat någon målbild ännu.");
    return malbild;
  }),

  /**
   * The målbild as the admin edits it, a draft too; members of the tenant only (viewer and up).
   * Another tenant's coordinator gets NOT_FOUND.
   */
  forEdit: tenantMemberProcedure.query(async ({ ctx }) => {
    const malbild = await withTenant(ctx.db, ctx.tenant.id, (tx) => getCurrentMalbild(tx, { tenantId: ctx.tenant.id }));
    if (!malbild) throw notFound("Programmet har ingen målbild ännu.");
    return { malbild, role: ctx.role };
  }),

  updateVision: editorProcedure.input(UpdateVisionInputSchema).mutation(async ({ ctx, input }) => {
    const result = await withTenant(ctx.db, ctx.tenant.id, (tx) => updateVision(tx, { tenantId: ctx.tenant.id, ...input }), ctx.actor);
    return unwrapEdit(result, "Målbilden");
  }),

  updateStatement: editorProcedure.input(UpdateStatementInputSchema).mutation(async ({ ctx, input }) => {
    const result = await withTenant(ctx.db, ctx.tenant.id, (tx) => updateStatement(tx, { tenantId: ctx.tenant.id, ...input }), ctx.actor);
    return unwrapEdit(result, "Påståendet");
  }),

  addStatement: editorProcedure.input(AddStatementInputSchema).mutation(async ({ ctx, input }) => {
    const result = await withTenant(
      ctx.db,
      ctx.tenant.id,
      (tx) => addStatement(tx, { tenantId: ctx.tenant.id, malbildId: input.malbildId, perspectiveId: input.perspectiveId ?? null, text: input.text }),
      ctx.actor,
    );
    return unwrapEdit(result, "Målbilden eller perspektivet");
  }),

  removeStatement: editorProcedure.input(RemoveStatementInputSchema).mutation(async ({ ctx, input }) => {
    const result = await withTenant(ctx.db, ctx.tenant.id, (tx) => removeStatement(tx, { tenantId: ctx.tenant.id, ...input }), ctx.actor);
    return unwrapEdit(result, "Påståendet");
  }),
} satisfies TRPCRouterRecord;
