import { and, asc, eq, max } from "drizzle-orm";
import type { ActivityStatus, Audience, StrategyActivityKind, StrategyMode } from "@naravard/domain";
import * as s from "../schema/index.ts";
import type { Tx } from "../scope.ts";
import type { EditResult } from "./malbild-edit.ts";

export interface StrategyFields {
  title: string;
  mode: StrategyMode;
  focusArea: string;
  description: string;
  fundingSource: string;
  fundingArea: string;
  periodStart?: number | null;
  periodEnd?: number | null;
  commissionedBy: string;
  steeringGroup: string;
}

/** The tenant's strategies with their activities and governance meetings (three statements). */
export async function listStrategies(tx: Tx, { tenantId }: { tenantId: string }) {
  const strategies = await tx.select().from(s.strategy).where(eq(s.strategy.tenantId, tenantId)).orderBy(asc(s.strategy.position));
  const activities = await tx
    .select()
    .from(s.strategyActivity)
    .where(eq(s.strategyActivity.tenantId, tenantId))
    .orderBy(asc(s.strategyActivity.heldOn), asc(s.strategyActivity.createdAt));
  const meetings = await tx
    .select()
    .from(s.strategyMeeting)
    .where(eq(s.strategyMeeting.tenantId, tenantId))
    .orderBy(asc(s.strategyMeeting.heldOn), asc(s.strategyMeeting.createdAt));
  const strip = <T extends { tenantId: string }>({ tenantId: _t, ...rest }: T) => rest;
  return strategies.map((st) => ({
    ...strip(st),
    activities: activities.filter((a) => a.strategyId === st.id).map(strip),
    meetings: meetings.filter((m) => m.strategyId === st.id).map(strip),
  }));
}

export async function createStrategy(tx: Tx, input: { tenantId: string } & StrategyFields) {
  const [last] = await tx.select({ p: max(s.strategy.position) }).from(s.strategy).where(eq(s.strategy.tenantId, input.tenantId));
  const [row] = await tx
    .insert(s.strategy)
    .values({ ...input, position: (last?.p ?? -1) + 1 })
    .returning({ id: s.strategy.id });
  return row!;
}

export async function updateStrategy(
  tx: Tx,
  input: { tenantId: string; strategyId: string; expectedRevision: number } & StrategyFields,
): Promise<EditResult<{ id: string; revision: number } & Partial<StrategyFields>>> {
  const { tenantId, strategyId, expectedRevision, ...fields } = input;
  const [current] = await tx
    .select({
      id: s.strategy.id,
      revision: s.strategy.revision,
      title: s.strategy.title,
      mode: s.strategy.mode,
      focusArea: s.strategy.focusArea,
      description: s.strategy.description,
      fundingSource: s.strategy.fundingSource,
      fundingArea: s.strategy.fundingArea,
      periodStart: s.strategy.periodStart,
      periodEnd: s.strategy.periodEnd,
      commissionedBy: s.strategy.commissionedBy,
      steeringGroup: s.strategy.steeringGroup,
    })
    .from(s.strategy)
    .where(and(eq(s.strategy.tenantId, tenantId), eq(s.strategy.id, strategyId)))
    .for("update");
  if (!current) return { status: "not_found" };
  if (expectedRevision !== current.revision) return { status: "conflict", current };
  const [row] = await tx
    .update(s.strategy)
    .set({ ...fields, revision: current.revision + 1, updatedAt: new Date() })
    .where(and(eq(s.strategy.tenantId, tenantId), eq(s.strategy.id, strategyId)))
    .returning({ id: s.strategy.id, revision: s.strategy.revision });
  return { status: "ok", row: row! };
}

export async function deleteStrategy(tx: Tx, input: { tenantId: string; strategyId: string }): Promise<EditResult<{ id: string }>> {
  const [row] = await tx
    .delete(s.strategy)
    .where(and(eq(s.strategy.tenantId, input.tenantId), eq(s.strategy.id, input.strategyId)))
    .returning({ id: s.strategy.id });
  return row ? { status: "ok", row } : { status: "not_found" };
}

async function strategyExists(tx: Tx, tenantId: string, strategyId: string) {
  const [row] = await tx.select({ id: s.strategy.id }).from(s.strategy).where(and(eq(s.strategy.tenantId, tenantId), eq(s.strategy.id, strategyId)));
  return !!row;
}

export async function addStrategyActivity(
  tx: Tx,
  input: { tenantId: string; strategyId: string; kind: StrategyActivityKind; title: string; audiences: Audience[]; status: ActivityStatus; heldOn?: string | null },
): Promise<EditResult<{ id: string }>> {
  if (!(await strategyExists(tx, input.tenantId, input.strategyId))) return { status: "not_found" };
  const [row] = await tx
    .insert(s.strategyActivity)
    .values({ ...input, audiences: [...new Set(input.audiences)] })
    .returning({ id: s.strategyActivity.id });
  return { status: "ok", row: row! };
}

export async function setStrategyActivityStatus(
  tx: Tx,
  input: { tenantId: string; activityId: string; status: ActivityStatus; heldOn?: string | null },
): Promise<EditResult<{ id: string }>> {
  const [row] = await tx
    .update(s.strategyActivity)
    .set({ status: input.status, ...(input.heldOn !== undefined ? { heldOn: input.heldOn } : {}) })
    .where(and(eq(s.strategyActivity.tenantId, input.tenantId), eq(s.strategyActivity.id, input.activityId)))
    .returning({ id: s.strategyActivity.id });
  return row ? { status: "ok", row } : { status: "not_found" };
}

export async function deleteStrategyActivity(tx: Tx, input: { tenantId: string; activityId: string }): Promise<EditResult<{ id: string }>> {
  const [row] = await tx
    .delete(s.strategyActivity)
    .where(and(eq(s.strategyActivity.tenantId, input.tenantId), eq(s.strategyActivity.id, input.activityId)))
    .returning({ id: s.strategyActivity.id });
  return row ? { status: "ok", row } : { status: "not_found" };
}

export async function addStrategyMeeting(
  tx: Tx,
  input: { tenantId: string; strategyId: string; body: string; title: string; heldOn?: string | null; decisions: string[] },
): Promise<EditResult<{ id: string }>> {
  if (!(await strategyExists(tx, input.tenantId, input.strategyId))) return { status: "not_found" };
  const [row] = await tx.insert(s.strategyMeeting).values(input).returning({ id: s.strategyMeeting.id });
  return { status: "ok", row: row! };
}

/** Logs a decision taken at a governance meeting. */
export async function addMeetingDecision(tx: Tx, input: { tenantId: string; meetingId: string; decision: string }): Promise<EditResult<{ id: string }>> {
  const [current] = await tx
    .select({ decisions: s.strategyMeeting.decisions })
    .from(s.strategyMeeting)
    .where(and(eq(s.strategyMeeting.tenantId, input.tenantId), eq(s.strategyMeeting.id, input.meetingId)))
    .for("update");
  if (!current) return { status: "not_found" };
  const [row] = await tx
    .update(s.strategyMeeting)
    .set({ decisions: [...current.decisions, input.decision] })
    .where(and(eq(s.strategyMeeting.tenantId, input.tenantId), eq(s.strategyMeeting.id, input.meetingId)))
    .returning({ id: s.strategyMeeting.id });
  return { status: "ok", row: row! };
}

export async function deleteStrategyMeeting(tx: Tx, input: { tenantId: string; meetingId: string }): Promise<EditResult<{ id: string }>> {
  const [row] = await tx
    .delete(s.strategyMeeting)
    .where(and(eq(s.strategyMeeting.tenantId, input.tenantId), eq(s.strategyMeeting.id, input.meetingId)))
    .returning({ id: s.strategyMeeting.id });
  return row ? { status: "ok", row } : { status: "not_found" };
}
