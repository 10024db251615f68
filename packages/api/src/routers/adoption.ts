import type { TRPCRouterRecord } from "@trpc/server";
import {
  AdoptionDecisionInputSchema,
  AdoptionOverviewInputSchema,
  DeleteAdoptionDecisionInputSchema,
  UpdateAdoptionDecisionInputSchema,
  adoptionProgress,
  statusOn,
  timelineDays,
} from "@naravard/domain";
import { createDecision, deleteDecision, listDecisions, listMembers, updateDecision, withTenant } from "@naravard/db";
import { countyMap } from "../geo/county-map.ts";
import { unwrapEdit } from "../results.ts";
import { refuseAdoptionTransition } from "../status-rules.ts";
import { editorProcedure, tenantProcedure } from "../trpc.ts";

export const adoptionRouter = {
  /**
   * Who has adopted the målbild, as of today or as of `date` (the timeline replays the map):
   * every member with its status, the decisions, the progress sentence and the timeline's days.
   */
  overview: tenantProcedure.input(AdoptionOverviewInputSchema).query(async ({ ctx, input }) => {
    const day = input.date ?? null;
    const { members, decisions } = await withTenant(ctx.db, ctx.tenant.id, async (tx) => ({
      members: await listMembers(tx, { tenantId: ctx.tenant.id }),
      decisions: await listDecisions(tx, { tenantId: ctx.tenant.id }),
    }));
    const byMember = new Map<string, typeof decisions>();
    for (const d of decisions) byMember.set(d.memberId, [...(byMember.get(d.memberId) ?? []), d]);
    const statuses = members.map((m) => ({ ...m, ...statusOn(byMember.get(m.id) ?? [], day) }));
    const nameOf = new Map(members.map((m) => [m.id, m.name]));
    const map = countyMap(
      ctx.tenant.countyCode,
      members.filter((m) => m.kind === "municipality").map((m) => m.officialCode),
    );
    return {
      day,
      countyCode: ctx.tenant.countyCode,
      map,
      members: statuses,
      progress: adoptionProgress(statuses.map((s) => s.status)),
      decisions: decisions
        .filter((d) => day === null || (d.decidedOn !== null && d.decidedOn <= day))
        .map((d) => ({ ...d, memberName: nameOf.get(d.memberId) ?? "" })),
      timeline: timelineDays(decisions),
      undatedCount: decisions.filter((d) => d.decidedOn === null).length,
    };
  }),

  create: editorProcedure.input(AdoptionDecisionInputSchema).mutation(async ({ ctx, input }) => {
    const result = await withTenant(
      ctx.db,
      ctx.tenant.id,
      (tx) => createDecision(tx, { tenantId: ctx.tenant.id, ...input }),
      ctx.actor,
    );
    return unwrapEdit(result, "Parten");
  }),

  update: editorProcedure.input(UpdateAdoptionDecisionInputSchema).mutation(async ({ ctx, input }) => {
    const result = await withTenant(
      ctx.db,
      ctx.tenant.id,
      async (tx) => {
        await refuseAdoptionTransition(tx, ctx.tenant.id, input);
        return updateDecision(tx, { tenantId: ctx.tenant.id, ...input });
      },
      ctx.actor,
    );
    return unwrapEdit(result, "Beslutet");
  }),

  delete: editorProcedure.input(DeleteAdoptionDecisionInputSchema).mutation(async ({ ctx, input }) => {
    const result = await withTenant(
      ctx.db,
      ctx.tenant.id,
      (tx) => deleteDecision(tx, { tenantId: ctx.tenant.id, ...input }),
      ctx.actor,
    );
    return unwrapEdit(result, "Beslutet");
  }),
} satisfies TRPCRouterRecord;
