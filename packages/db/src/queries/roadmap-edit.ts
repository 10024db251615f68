import { and, asc, desc, eq, gt, inArray, lt, max } from "drizzle-orm";
import type { ActivityStatus, MalbildElementKind } from "@naravard/domain";
import * as s from "../schema/index.ts";
import type { Tx } from "../scope.ts";
import type { EditResult } from "./malbild-edit.ts";

type AreaFields = { title: string; description: string };
type ActivityFields = {
  areaId: string;
  title: string;
  description: string;
  status: ActivityStatus;
  progress: number;
  startMonth?: string | null;
  endMonth?: string | null;
  ownerMemberIds: string[];
  links: { kind: MalbildElementKind; id: string }[];
};

export async function createArea(tx: Tx, input: { tenantId: string } & AreaFields) {
  const [last] = await tx
    .select({ p: max(s.roadmapArea.position) })
    .from(s.roadmapArea)
    .where(eq(s.roadmapArea.tenantId, input.tenantId));
  const [row] = await tx
    .insert(s.roadmapArea)
    .values({ ...input, position: (last?.p ?? -1) + 1 })
    .returning({ id: s.roadmapArea.id });
  return row!;
}

export async function updateArea(
  tx: Tx,
  input: { tenantId: string; areaId: string; expectedRevision: number } & AreaFields,
): Promise<EditResult<{ id: string; revision: number } & Partial<AreaFields>>> {
  const [current] = await tx
    .select({ id: s.roadmapArea.id, revision: s.roadmapArea.revision, title: s.roadmapArea.title, description: s.roadmapArea.description })
    .from(s.roadmapArea)
    .where(and(eq(s.roadmapArea.tenantId, input.tenantId), eq(s.roadmapArea.id, input.areaId)))
    .for("update");
  if (!current) return { status: "not_found" };
  if (input.expectedRevision !== current.revision) return { status: "conflict", current };
  const [row] = await tx
    .update(s.roadmapArea)
    .set({ title: input.title, description: input.description, revision: current.revision + 1 })
    .where(and(eq(s.roadmapArea.tenantId, input.tenantId), eq(s.roadmapArea.id, input.areaId)))
    .returning({ id: s.roadmapArea.id, revision: s.roadmapArea.revision });
  return { status: "ok", row: row! };
}

export async function deleteArea(tx: Tx, input: { tenantId: string; areaId: string }): Promise<EditResult<{ id: string }>> {
  const [row] = await tx
    .delete(s.roadmapArea)
    .where(and(eq(s.roadmapArea.tenantId, input.tenantId), eq(s.roadmapArea.id, input.areaId)))
    .returning({ id: s.roadmapArea.id });
  return row ? { status: "ok", row } : { status: "not_found" };
}

/** Swaps an item with its neighbour above or below (reordering without JavaScript: one button press, one step). */
async function move(
  tx: Tx,
  table: typeof s.roadmapArea | typeof s.roadmapActivity,
  input: { tenantId: string; id: string; direction: "up" | "down" },
  scope?: { areaId: string },
) {
  const [item] = await tx
    .select({ id: table.id, position: table.position })
    .from(table)
    .where(and(eq(table.tenantId, input.tenantId), eq(table.id, input.id)))
    .for("update");
  if (!item) return false;
  const sameScope = scope && "areaId" in table ? eq(table.areaId, scope.areaId) : undefined;
  const [neighbour] = await tx
    .select({ id: table.id, position: table.position })
    .from(table)
    .where(
      and(
        eq(table.tenantId, input.tenantId),
        sameScope,
        input.direction === "up" ? lt(table.position, item.position) : gt(table.position, item.position),
      ),
    )
    .orderBy(input.direction === "up" ? desc(table.position) : asc(table.position))
    .limit(1)
    .for("update");
  if (!neighbour) return true;
  await tx
    .update(table)
    .set({ position: neighbour.position })
    .where(and(eq(table.tenantId, input.tenantId), eq(table.id, item.id)));
  await tx
    .update(table)
    .set({ position: item.position })
    .where(and(eq(table.tenantId, input.tenantId), eq(table.id, neighbour.id)));
  return true;
}

export const moveArea = (tx: Tx, input: { tenantId: string; id: string; direction: "up" | "down" }) =>
  move(tx, s.roadmapArea, input);

export async function moveActivity(tx: Tx, input: { tenantId: string; id: string; direction: "up" | "down" }) {
  const [a] = await tx
    .select({ areaId: s.roadmapActivity.areaId })
    .from(s.roadmapActivity)
    .where(and(eq(s.roadmapActivity.tenantId, input.tenantId), eq(s.roadmapActivity.id, input.id)));
  return a ? move(tx, s.roadmapActivity, input, { areaId: a.areaId }) : false;
}

/** Checks that the area, owners and linked målbild elements all belong to the tenant. */
async function referencesExist(tx: Tx, tenantId: string, f: ActivityFields) {
  const [area] = await tx
    .select({ id: s.roadmapArea.id })
    .from(s.roadmapArea)
    .where(and(eq(s.roadmapArea.tenantId, tenantId), eq(s.roadmapArea.id, f.areaId)));
  if (!area) return false;
  const owners = [...new Set(f.ownerMemberIds)];
  if (owners.length) {
    const found = await tx
      .select({ id: s.memberOrganisation.id })
      .from(s.memberOrganisation)
      .where(and(eq(s.memberOrganisation.tenantId, tenantId), inArray(s.memberOrganisation.id, owners)));
    if (found.length !== owners.length) return false;
  }
  const tables = { perspective: s.perspective, statement: s.statement, shift: s.shift } as const;
  for (const kind of ["perspective", "statement", "shift"] as const) {
    const ids = [...new Set(f.links.filter((l) => l.kind === kind).map((l) => l.id))];
    if (!ids.length) continue;
    const table = tables[kind];
    const found = await tx
      .select({ id: table.id })
      .from(table)
      .where(and(eq(table.tenantId, tenantId), inArray(table.id, ids)));
    if (found.length !== ids.length) return false;
  }
  return true;
}

async function replaceOwnersAndLinks(tx: Tx, tenantId: string, activityId: string, f: ActivityFields) {
  await tx.delete(s.activityOwner).where(and(eq(s.activityOwner.tenantId, tenantId), eq(s.activityOwner.activityId, activityId)));
  await tx.delete(s.activityLink).where(and(eq(s.activityLink.tenantId, tenantId), eq(s.activityLink.activityId, activityId)));
  const owners = [...new Set(f.ownerMemberIds)];
  if (owners.length) await tx.insert(s.activityOwner).values(owners.map((memberId) => ({ tenantId, activityId, memberId })));
  const links = [...new Map(f.links.map((l) => [`${l.kind}:${l.id}`, l])).values()];
  if (links.length)
    await tx.insert(s.activityLink).values(links.map((l) => ({ tenantId, activityId, elementKind: l.kind, elementId: l.id })));
}

export async function createActivity(
  tx: Tx,
  input: { tenantId: string; byUserId: string | null } & ActivityFields,
): Promise<EditResult<{ id: string }>> {
  const { tenantId, byUserId, ownerMemberIds: _o, links: _l, ...fields } = input;
  if (!(await referencesExist(tx, tenantId, input))) return { status: "not_found" };
  const [last] = await tx
    .select({ p: max(s.roadmapActivity.position) })
    .from(s.roadmapActivity)
    .where(and(eq(s.roadmapActivity.tenantId, tenantId), eq(s.roadmapActivity.areaId, input.areaId)));
  const [row] = await tx
    .insert(s.roadmapActivity)
    .values({ ...fields, tenantId, position: (last?.p ?? -1) + 1 })
    .returning({ id: s.roadmapActivity.id });
  await replaceOwnersAndLinks(tx, tenantId, row!.id, input);
  await tx
    .insert(s.activityProgress)
    .values({ tenantId, activityId: row!.id, status: input.status, progress: input.progress, byUserId });
  return { status: "ok", row: row! };
}

/** Updates an activity; a change of status or progress is added to its history. */
export async function updateActivity(
  tx: Tx,
  input: { tenantId: string; activityId: string; byUserId: string | null; expectedRevision: number } & ActivityFields,
): Promise<EditResult<{ id: string; revision: number } & Partial<Omit<ActivityFields, "ownerMemberIds" | "links">>>> {
  const { tenantId, activityId, byUserId, expectedRevision, ownerMemberIds: _o, links: _l, ...fields } = input;
  const [current] = await tx
    .select({
      id: s.roadmapActivity.id,
      revision: s.roadmapActivity.revision,
      areaId: s.roadmapActivity.areaId,
      title: s.roadmapActivity.title,
      description: s.roadmapActivity.description,
      status: s.roadmapActivity.status,
      progress: s.roadmapActivity.progress,
      startMonth: s.roadmapActivity.startMonth,
      endMonth: s.roadmapActivity.endMonth,
    })
    .from(s.roadmapActivity)
    .where(and(eq(s.roadmapActivity.tenantId, tenantId), eq(s.roadmapActivity.id, activityId)))
    .for("update");
  if (!current) return { status: "not_found" };
  if (expectedRevision !== current.revision) return { status: "conflict", current };
  if (!(await referencesExist(tx, tenantId, input))) return { status: "not_found" };
  const [row] = await tx
    .update(s.roadmapActivity)
    .set({ ...fields, revision: current.revision + 1, updatedAt: new Date() })
    .where(and(eq(s.roadmapActivity.tenantId, tenantId), eq(s.roadmapActivity.id, activityId)))
    .returning({ id: s.roadmapActivity.id, revision: s.roadmapActivity.revision });
  await replaceOwnersAndLinks(tx, tenantId, activityId, input);
  if (current.status !== input.status || current.progress !== input.progress)
    await tx
      .insert(s.activityProgress)
      .values({ tenantId, activityId, status: input.status, progress: input.progress, byUserId });
  return { status: "ok", row: row! };
}

export async function deleteActivity(
  tx: Tx,
  input: { tenantId: string; activityId: string },
): Promise<EditResult<{ id: string }>> {
  const [row] = await tx
    .delete(s.roadmapActivity)
    .where(and(eq(s.roadmapActivity.tenantId, input.tenantId), eq(s.roadmapActivity.id, input.activityId)))
    .returning({ id: s.roadmapActivity.id });
  return row ? { status: "ok", row } : { status: "not_found" };
}

export async function createMilestone(
  tx: Tx,
  input: { tenantId: string; title: string; dueOn: string; done: boolean; areaId?: string | null },
): Promise<EditResult<{ id: string }>> {
  if (input.areaId) {
    const [area] = await tx
      .select({ id: s.roadmapArea.id })
      .from(s.roadmapArea)
      .where(and(eq(s.roadmapArea.tenantId, input.tenantId), eq(s.roadmapArea.id, input.areaId)));
    if (!area) return { status: "not_found" };
  }
  const [row] = await tx
    .insert(s.roadmapMilestone)
    .values({ ...input, areaId: input.areaId ?? null })
    .returning({ id: s.roadmapMilestone.id });
  return { status: "ok", row: row! };
}

export async function setMilestoneDone(
  tx: Tx,
  input: { tenantId: string; milestoneId: string; done: boolean },
): Promise<EditResult<{ id: string }>> {
  const [row] = await tx
    .update(s.roadmapMilestone)
    .set({ done: input.done })
    .where(and(eq(s.roadmapMilestone.tenantId, input.tenantId), eq(s.roadmapMilestone.id, input.milestoneId)))
    .returning({ id: s.roadmapMilestone.id });
  return row ? { status: "ok", row } : { status: "not_found" };
}

export async function deleteMilestone(
  tx: Tx,
  input: { tenantId: string; milestoneId: string },
): Promise<EditResult<{ id: string }>> {
  const [row] = await tx
    .delete(s.roadmapMilestone)
    .where(and(eq(s.roadmapMilestone.tenantId, input.tenantId), eq(s.roadmapMilestone.id, input.milestoneId)))
    .returning({ id: s.roadmapMilestone.id });
  return row ? { status: "ok", row } : { status: "not_found" };
}

/** An activity's status and revision, locked until the transaction ends (to check a change of status before it is written). */
export async function lockActivityStatus(tx: Tx, input: { tenantId: string; activityId: string }) {
  const [row] = await tx
    .select({ status: s.roadmapActivity.status, revision: s.roadmapActivity.revision })
    .from(s.roadmapActivity)
    .where(and(eq(s.roadmapActivity.tenantId, input.tenantId), eq(s.roadmapActivity.id, input.activityId)))
    .for("update");
  return row ?? null;
}
