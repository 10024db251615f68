import type { TRPCRouterRecord } from "@trpc/server";
import { RevisionSchema, TenantSettingsInputSchema, adoptionProgress, rollUp, statusOn } from "@naravard/domain";
import { getTenantSettings, listMembers, listTenants, publicOverviewFigures, updateTenantSettings, withTenant, withoutTenant } from "@naravard/db";
import { unwrapEdit } from "../results.ts";
import { coordinatorProcedure, publicProcedure, tenantProcedure } from "../trpc.ts";

export const tenantRouter = {
  /** Every programme on the platform, for the portal's front page. */
  list: publicProcedure.query(({ ctx }) => withoutTenant(ctx.db, (tx) => listTenants(tx))),

  /**
   * The national overview: every programme side by side with its members, adoption progress,
   * roadmap progress and latest dated decision.
   */
  overview: publicProcedure.query(async ({ ctx }) => {
    // Three statements whatever the number of programmes: the registry, and every programme's
    // figures from one database function that reads each under its own row-level security.
    const { tenants, figures } = await withoutTenant(ctx.db, async (tx) => ({ tenants: await listTenants(tx), figures: await publicOverviewFigures(tx) }));
    return tenants.map((tenant) => {
      const { members, decisions, activities } = figures.get(tenant.id) ?? { members: [], decisions: [], activities: [] };
      const statuses = members.map((m) => statusOn(decisions.filter((d) => d.memberId === m.id), null).status);
      const latest = decisions.filter((d) => d.decidedOn !== null).at(-1);
      return {
        ...tenant,
        memberCount: members.length,
        municipalityCount: members.filter((m) => m.kind === "municipality").length,
        adoption: adoptionProgress(statuses),
        roadmap: rollUp(activities),
        latestDecision: latest
          ? { memberName: members.find((m) => m.id === latest.memberId)?.name ?? "", decidedOn: latest.decidedOn, decidingBody: latest.decidingBody, status: latest.status }
          : null,
      };
    });
  }),

  /** The programme's theme colour, logo text and terminology (defaults until a coordinator sets them). */
  settings: tenantProcedure.query(({ ctx }) =>
    withTenant(ctx.db, ctx.tenant.id, (tx) => getTenantSettings(tx, { tenantId: ctx.tenant.id, name: ctx.tenant.name })),
  ),

  updateSettings: coordinatorProcedure.input(TenantSettingsInputSchema.extend({ expectedRevision: RevisionSchema })).mutation(async ({ ctx, input }) =>
    unwrapEdit(
      await withTenant(ctx.db, ctx.tenant.id, (tx) => updateTenantSettings(tx, { tenantId: ctx.tenant.id, name: ctx.tenant.name, ...input }), ctx.actor),
      "Inställningarna",
    ),
  ),

  /** The requested programme with its member organisations. */
  current: tenantProcedure.query(async ({ ctx }) => {
    const members = await withTenant(ctx.db, ctx.tenant.id, (tx) => listMembers(tx, { tenantId: ctx.tenant.id }));
    return { ...ctx.tenant, members };
  }),
} satisfies TRPCRouterRecord;
