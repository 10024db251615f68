import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import {
  type ActivityStatus,
  ActivityInputSchema,
  AreaInputSchema,
  MilestoneInputSchema,
  MoveInputSchema,
  RevisionSchema,
  RoadmapFilterSchema,
  rollUp,
} from "@naravard/domain";
import {
  type Database,
  activitiesByElement,
  activityProgressFigures,
  activityHistory,
  createActivity,
  createArea,
  createMilestone,
  deleteActivity,
  deleteArea,
  deleteMilestone,
  findSessionUser,
  getRoadmap,
  listMembers,
  listMembershipsOfUser,
  moveActivity,
  moveArea,
  pinUser,
  setMilestoneDone,
  updateActivity,
  updateArea,
  withTenant,
  withoutTenant,
} from "@naravard/db";
import { unwrapEdit } from "../results.ts";
import { refuseActivityTransition } from "../status-rules.ts";
import { editorProcedure, hashSessionToken, notFound, tenantProcedure } from "../trpc.ts";

/** How many activities have each status. */
function countStatuses(activities: readonly { status: ActivityStatus }[]) {
  const counts: Record<ActivityStatus, number> = { planned: 0, ongoing: 0, done: 0, paused: 0 };
  for (const a of activities) counts[a.status] += 1;
  return counts;
}

const Id = (what: string) => z.uuid({ error: `Ogiltig ${what}.` });

/**
 * Whether the session is a member's of the tenant (any role), for the public procedures that
 * show members more. No session, an expired one or another programme's member: false.
 */
async function isMemberOf(db: Database, sessionToken: string | null, tenantId: string): Promise<boolean> {
  if (!sessionToken) return false;
  return withoutTenant(db, async (tx) => {
    const user = await findSessionUser(tx, hashSessionToken(sessionToken));
    if (!user) return false;
    // Memberships are visible only with their user pinned.
    await pinUser(tx, user.userId);
    return (await listMembershipsOfUser(tx, user.userId)).some((m) => m.tenantId === tenantId);
  });
}

export const roadmapRouter = {
  /**
   * The roadmap with progress rolled up per area and overall (one rule, in the domain package).
   * Progress always rolls up over every activity, whatever the filter or page shows.
   */
  get: tenantProcedure.input(RoadmapFilterSchema).query(async ({ ctx, input }) => {
    const { roadmap, members, figures } = await withTenant(ctx.db, ctx.tenant.id, async (tx) => ({
      roadmap: await getRoadmap(tx, { tenantId: ctx.tenant.id, ...input }),
      members: await listMembers(tx, { tenantId: ctx.tenant.id }),
      figures: await activityProgressFigures(tx, { tenantId: ctx.tenant.id }),
    }));
    const figuresOf = new Map<string, typeof figures>();
    for (const f of figures) {
      const list = figuresOf.get(f.areaId);
      if (list) list.push(f);
      else figuresOf.set(f.areaId, [f]);
    }
    const areas = roadmap.areas.map((area) => ({
      ...area,
      progress: rollUp(figuresOf.get(area.id) ?? []),
      statusCounts: countStatuses(figuresOf.get(area.id) ?? []),
    }));
    return {
      areas,
      milestones: roadmap.milestones,
      progress: rollUp(figures),
      statusCounts: countStatuses(figures),
      members,
      filter: input,
    };
  }),

  /** For the målbild page: which activities move each element. */
  byElement: tenantProcedure.query(({ ctx }) =>
    withTenant(ctx.db, ctx.tenant.id, (tx) => activitiesByElement(tx, { tenantId: ctx.tenant.id })),
  ),

  /**
   * How an activity's status and progress changed. Public, but who made each change is the
   * programme's own business: only its signed-in members see the names, anyone else gets null
   * (issue 20: an anonymous caller learnt the administrators' names).
   */
  history: tenantProcedure.input(z.object({ activityId: Id("aktivitet") })).query(async ({ ctx, input }) => {
    const entries = await withTenant(ctx.db, ctx.tenant.id, (tx) => activityHistory(tx, { tenantId: ctx.tenant.id, ...input }));
    const member = await isMemberOf(ctx.db, ctx.sessionToken, ctx.tenant.id);
    return entries.map(({ at, status, progress, byName }) => ({ at, status, progress, byName: member ? byName : null }));
  }),

  createArea: editorProcedure
    .input(AreaInputSchema)
    .mutation(({ ctx, input }) =>
      withTenant(ctx.db, ctx.tenant.id, (tx) => createArea(tx, { tenantId: ctx.tenant.id, ...input }), ctx.actor),
    ),
  updateArea: editorProcedure
    .input(AreaInputSchema.extend({ areaId: Id("område"), expectedRevision: RevisionSchema }))
    .mutation(async ({ ctx, input }) =>
      unwrapEdit(
        await withTenant(ctx.db, ctx.tenant.id, (tx) => updateArea(tx, { tenantId: ctx.tenant.id, ...input }), ctx.actor),
        "Området",
      ),
    ),
  deleteArea: editorProcedure
    .input(z.object({ areaId: Id("område") }))
    .mutation(async ({ ctx, input }) =>
      unwrapEdit(
        await withTenant(ctx.db, ctx.tenant.id, (tx) => deleteArea(tx, { tenantId: ctx.tenant.id, ...input }), ctx.actor),
        "Området",
      ),
    ),
  moveArea: editorProcedure.input(MoveInputSchema).mutation(async ({ ctx, input }) => {
    if (!(await withTenant(ctx.db, ctx.tenant.id, (tx) => moveArea(tx, { tenantId: ctx.tenant.id, ...input }), ctx.actor)))
      throw notFound("Området finns inte.");
    return { ok: true as const };
  }),

  createActivity: editorProcedure
    .input(ActivityInputSchema)
    .mutation(async ({ ctx, input }) =>
      unwrapEdit(
        await withTenant(
          ctx.db,
          ctx.tenant.id,
          (tx) => createActivity(tx, { tenantId: ctx.tenant.id, byUserId: ctx.user.id, ...input }),
          ctx.actor,
        ),
        "Området, parten eller målbildselementet",
      ),
    ),
  updateActivity: editorProcedure
    .input(ActivityInputSchema.and(z.object({ activityId: Id("aktivitet"), expectedRevision: RevisionSchema })))
    .mutation(async ({ ctx, input }) =>
      unwrapEdit(
        await withTenant(
          ctx.db,
          ctx.tenant.id,
          async (tx) => {
            await refuseActivityTransition(tx, ctx.tenant.id, input);
            return updateActivity(tx, { tenantId: ctx.tenant.id, byUserId: ctx.user.id, ...input });
          },
          ctx.actor,
        ),
        "Aktiviteten, området, parten eller målbildselementet",
      ),
    ),
  deleteActivity: editorProcedure
    .input(z.object({ activityId: Id("aktivitet") }))
    .mutation(async ({ ctx, input }) =>
      unwrapEdit(
        await withTenant(ctx.db, ctx.tenant.id, (tx) => deleteActivity(tx, { tenantId: ctx.tenant.id, ...input }), ctx.actor),
        "Aktiviteten",
      ),
    ),
  moveActivity: editorProcedure.input(MoveInputSchema).mutation(async ({ ctx, input }) => {
    if (!(await withTenant(ctx.db, ctx.tenant.id, (tx) => moveActivity(tx, { tenantId: ctx.tenant.id, ...input }), ctx.actor)))
      throw notFound("Aktiviteten finns inte.");
    return { ok: true as const };
  }),

  createMilestone: editorProcedure
    .input(MilestoneInputSchema)
    .mutation(async ({ ctx, input }) =>
      unwrapEdit(
        await withTenant(ctx.db, ctx.tenant.id, (tx) => createMilestone(tx, { tenantId: ctx.tenant.id, ...input }), ctx.actor),
        "Området",
      ),
    ),
  setMilestoneDone: editorProcedure
    .input(z.object({ milestoneId: Id("milstolpe"), done: z.boolean() }))
    .mutation(async ({ ctx, input }) =>
      unwrapEdit(
        await withTenant(ctx.db, ctx.tenant.id, (tx) => setMilestoneDone(tx, { tenantId: ctx.tenant.id, ...input }), ctx.actor),
        "Milstolpen",
      ),
    ),
  deleteMilestone: editorProcedure
    .input(z.object({ milestoneId: Id("milstolpe") }))
    .mutation(async ({ ctx, input }) =>
      unwrapEdit(
        await withTenant(ctx.db, ctx.tenant.id, (tx) => deleteMilestone(tx, { tenantId: ctx.tenant.id, ...input }), ctx.actor),
        "Milstolpen",
      ),
    ),
} satisfies TRPCRouterRecord;
