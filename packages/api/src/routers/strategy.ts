import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { ActivityStatusSchema, RevisionSchema, StrategyActivityInputSchema, StrategyInputSchema, StrategyMeetingInputSchema } from "@naravard/domain";
import {
  addMeetingDecision,
  addStrategyActivity,
  addStrategyMeeting,
  createStrategy,
  deleteStrategy,
  deleteStrategyActivity,
  deleteStrategyMeeting,
  listStrategies,
  setStrategyActivityStatus,
  updateStrategy,
  withTenant,
} from "@naravard/db";
import { unwrapEdit } from "../results.ts";
import { editorProcedure, notFound, tenantProcedure } from "../trpc.ts";

const Id = (what: string) => z.uuid({ error: `Ogiltig ${what}.` });

/** Development strategies (Fyrbodal implements one and develops another), their activities and governance meetings. */
export const strategyRouter = {
  list: tenantProcedure.query(({ ctx }) => withTenant(ctx.db, ctx.tenant.id, (tx) => listStrategies(tx, { tenantId: ctx.tenant.id }))),

  get: tenantProcedure.input(z.object({ strategyId: Id("strategi") })).query(async ({ ctx, input }) => {
    const all = await withTenant(ctx.db, ctx.tenant.id, (tx) => listStrategies(tx, { tenantId: ctx.tenant.id }));
    const found = all.find((st) => st.id === input.strategyId);
    if (!found) throw notFound("Strategin finns inte.");
    return found;
  }),

  create: editorProcedure.input(StrategyInputSchema).mutation(({ ctx, input }) =>
    withTenant(ctx.db, ctx.tenant.id, (tx) => createStrategy(tx, { tenantId: ctx.tenant.id, ...input }), ctx.actor),
  ),
  update: editorProcedure
    .input(StrategyInputSchema.and(z.object({ strategyId: Id("strategi"), expectedRevision: RevisionSchema })))
    .mutation(async ({ ctx, input }) =>
      unwrapEdit(await withTenant(ctx.db, ctx.tenant.id, (tx) => updateStrategy(tx, { tenantId: ctx.tenant.id, ...input }), ctx.actor), "Strategin"),
    ),
  delete: editorProcedure.input(z.object({ strategyId: Id("strategi") })).mutation(async ({ ctx, input }) =>
    unwrapEdit(await withTenant(ctx.db, ctx.tenant.id, (tx) => deleteStrategy(tx, { tenantId: ctx.tenant.id, ...input }), ctx.actor), "Strategin"),
  ),

  addActivity: editorProcedure.input(StrategyActivityInputSchema).mutation(async ({ ctx, input }) =>
    unwrapEdit(await withTenant(ctx.db, ctx.tenant.id, (tx) => addStrategyActivity(tx, { tenantId: ctx.tenant.id, ...input }), ctx.actor), "Strategin"),
  ),
  setActivityStatus: editorProcedure
    .input(z.object({ activityId: Id("aktivitet"), status: ActivityStatusSchema, heldOn: StrategyActivityInputSchema.shape.heldOn }))
    .mutation(async ({ ctx, input }) =>
      unwrapEdit(await withTenant(ctx.db, ctx.tenant.id, (tx) => setStrategyActivityStatus(tx, { tenantId: ctx.tenant.id, ...input }), ctx.actor), "Aktiviteten"),
    ),
  deleteActivity: editorProcedure.input(z.object({ activityId: Id("aktivitet") })).mutation(async ({ ctx, input }) =>
    unwrapEdit(await withTenant(ctx.db, ctx.tenant.id, (tx) => deleteStrategyActivity(tx, { tenantId: ctx.tenant.id, ...input }), ctx.actor), "Aktiviteten"),
  ),

  addMeeting: editorProcedure.input(StrategyMeetingInputSchema).mutation(async ({ ctx, input }) =>
    unwrapEdit(await withTenant(ctx.db, ctx.tenant.id, (tx) => addStrategyMeeting(tx, { tenantId: ctx.tenant.id, ...input }), ctx.actor), "Strategin"),
  ),
  logDecision: editorProcedure
    .input(z.object({ meetingId: Id("möte"), decision: z.string({ error: "Skriv beslutet." }).trim().min(3, { error: "Skriv beslutet." }).max(1000) }))
    .mutation(async ({ ctx, input }) =>
      unwrapEdit(await withTenant(ctx.db, ctx.tenant.id, (tx) => addMeetingDecision(tx, { tenantId: ctx.tenant.id, ...input }), ctx.actor), "Mötet"),
    ),
  deleteMeeting: editorProcedure.input(z.object({ meetingId: Id("möte") })).mutation(async ({ ctx, input }) =>
    unwrapEdit(await withTenant(ctx.db, ctx.tenant.id, (tx) => deleteStrategyMeeting(tx, { tenantId: ctx.tenant.id, ...input }), ctx.actor), "Mötet"),
  ),
} satisfies TRPCRouterRecord;
