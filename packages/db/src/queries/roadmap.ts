import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { ActivityStatus, MalbildElementKind } from "@naravard/domain";
import * as s from "../schema/index.ts";
import type { Tx } from "../scope.ts";

export interface RoadmapActivityRow {
  id: string;
  areaId: string;
  position: number;
  title: string;
  description: string;
  status: ActivityStatus;
  progress: number;
  startMonth: string | null;
  endMonth: string | null;
  isDemo: boolean;
  revision: number;
  updatedAt: Date;
  owners: { id: string; name: string }[];
  links: { kind: MalbildElementKind; id: string }[];
}

/** Groups rows by a key, keeping their order (Node 20 has no Map.groupBy). */
function groupBy<T>(rows: readonly T[], key: (row: T) => string) {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

export interface RoadmapQuery {
  tenantId: string;
  status?: ActivityStatus | null;
  memberId?: string | null;
  areaId?: string | null;
  /** At most this many activities per area, the `page`th such slice (from 1); absent: all. */
  perArea?: number | null;
  page?: number | null;
}

/**
 * The roadmap: areas in order, their activities (filtered by status, owning member and area when
 * asked, and a page of `perArea` per area), how many activities each area has under the filter,
 * and milestones. Five statements in one transaction, whatever the size of the roadmap.
 */
export async function getRoadmap(tx: Tx, input: RoadmapQuery) {
  const { tenantId } = input;
  const areaWhere = [eq(s.roadmapArea.tenantId, tenantId)];
  if (input.areaId) areaWhere.push(eq(s.roadmapArea.id, input.areaId));
  const areas = await tx
    .select({ id: s.roadmapArea.id, position: s.roadmapArea.position, title: s.roadmapArea.title, description: s.roadmapArea.description, isDemo: s.roadmapArea.isDemo, revision: s.roadmapArea.revision })
    .from(s.roadmapArea)
    .where(and(...areaWhere))
    .orderBy(asc(s.roadmapArea.position));
  const where = [eq(s.roadmapActivity.tenantId, tenantId)];
  if (input.status) where.push(eq(s.roadmapActivity.status, input.status));
  if (input.areaId) where.push(eq(s.roadmapActivity.areaId, input.areaId));
  if (input.memberId)
    where.push(
      sql`exists (select 1 from activity_owner o where o.tenant_id = ${tenantId} and o.activity_id = ${s.roadmapActivity.id} and o.member_id = ${input.memberId})`,
    );
  // Numbered within each area, so one statement returns a page per area and each area's total.
  const ranked = tx
    .select({
      id: s.roadmapActivity.id,
      areaId: s.roadmapActivity.areaId,
      position: s.roadmapActivity.position,
      title: s.roadmapActivity.title,
      description: s.roadmapActivity.description,
      status: s.roadmapActivity.status,
      progress: s.roadmapActivity.progress,
      startMonth: s.roadmapActivity.startMonth,
      endMonth: s.roadmapActivity.endMonth,
      isDemo: s.roadmapActivity.isDemo,
      revision: s.roadmapActivity.revision,
      updatedAt: s.roadmapActivity.updatedAt,
      rank: sql<number>`row_number() over (partition by ${s.roadmapActivity.areaId} order by ${s.roadmapActivity.position}, ${s.roadmapActivity.id})`.as("rank"),
      total: sql<number>`count(*) over (partition by ${s.roadmapActivity.areaId})`.as("total"),
    })
    .from(s.roadmapActivity)
    .where(and(...where))
    .as("ranked");
  const first = input.perArea ? (Math.max(input.page ?? 1, 1) - 1) * input.perArea : 0;
  const rows = await tx
    .select()
    .from(ranked)
    .where(input.perArea ? sql`${ranked.rank} > ${first} and ${ranked.rank} <= ${first + input.perArea}` : undefined)
    .orderBy(asc(ranked.position), asc(ranked.id));
  const activities = rows.map(({ rank: _rank, total: _total, ...a }) => a);
  const totals = new Map(rows.map((r) => [r.areaId, Number(r.total)]));
  if (input.perArea && input.page && input.page > 1) {
    // An area whose page is empty still has a total: count it apart.
    const counts = await tx
      .select({ areaId: s.roadmapActivity.areaId, n: sql<number>`count(*)::int` })
      .from(s.roadmapActivity)
      .where(and(...where))
      .groupBy(s.roadmapActivity.areaId);
    for (const c of counts) totals.set(c.areaId, Number(c.n));
  }
  const ids = activities.map((a) => a.id);
  const owners = ids.length
    ? await tx
        .select({ activityId: s.activityOwner.activityId, id: s.memberOrganisation.id, name: s.memberOrganisation.name })
        .from(s.activityOwner)
        .innerJoin(s.memberOrganisation, and(eq(s.memberOrganisation.id, s.activityOwner.memberId), eq(s.memberOrganisation.tenantId, tenantId)))
        .where(and(eq(s.activityOwner.tenantId, tenantId), inArray(s.activityOwner.activityId, ids)))
    : [];
  const links = ids.length
    ? await tx
        .select({ activityId: s.activityLink.activityId, kind: s.activityLink.elementKind, id: s.activityLink.elementId })
        .from(s.activityLink)
        .where(and(eq(s.activityLink.tenantId, tenantId), inArray(s.activityLink.activityId, ids)))
    : [];
  const milestones = await tx
    .select({ id: s.roadmapMilestone.id, areaId: s.roadmapMilestone.areaId, title: s.roadmapMilestone.title, dueOn: s.roadmapMilestone.dueOn, done: s.roadmapMilestone.done, isDemo: s.roadmapMilestone.isDemo })
    .from(s.roadmapMilestone)
    .where(and(eq(s.roadmapMilestone.tenantId, tenantId), input.areaId ? eq(s.roadmapMilestone.areaId, input.areaId) : undefined))
    .orderBy(asc(s.roadmapMilestone.dueOn));

  const ownersOf = groupBy(owners, (o) => o.activityId);
  const linksOf = groupBy(links, (l) => l.activityId);
  const full: RoadmapActivityRow[] = activities.map((a) => ({
    ...a,
    owners: (ownersOf.get(a.id) ?? []).map(({ id, name }) => ({ id, name })),
    links: (linksOf.get(a.id) ?? []).map(({ kind, id }) => ({ kind, id })),
  }));
  const activitiesOf = groupBy(full, (a) => a.areaId);
  return {
    areas: areas.map((area) => ({ ...area, activities: activitiesOf.get(area.id) ?? [], activityCount: totals.get(area.id) ?? 0 })),
    milestones,
  };
}

/**
 * For each målbild element, the first `perElement` activities that move it (by title) and how many
 * there are in all (for the målbild page).
 */
export async function activitiesByElement(tx: Tx, { tenantId, perElement = 5 }: { tenantId: string; perElement?: number }) {
  const ranked = tx
    .select({
      elementId: s.activityLink.elementId,
      kind: s.activityLink.elementKind,
      activityId: s.roadmapActivity.id,
      title: s.roadmapActivity.title,
      status: s.roadmapActivity.status,
      rank: sql<number>`row_number() over (partition by ${s.activityLink.elementId} order by ${s.roadmapActivity.title}, ${s.roadmapActivity.id})`.as("rank"),
      total: sql<number>`count(*) over (partition by ${s.activityLink.elementId})`.as("total"),
    })
    .from(s.activityLink)
    .innerJoin(s.roadmapActivity, and(eq(s.roadmapActivity.id, s.activityLink.activityId), eq(s.roadmapActivity.tenantId, tenantId)))
    .where(eq(s.activityLink.tenantId, tenantId))
    .as("ranked");
  const rows = await tx.select().from(ranked).where(sql`${ranked.rank} <= ${perElement}`).orderBy(asc(ranked.title), asc(ranked.activityId));
  return rows.map(({ rank: _rank, total, ...row }) => ({ ...row, total: Number(total) }));
}

export async function activityHistory(tx: Tx, { tenantId, activityId }: { tenantId: string; activityId: string }) {
  return tx
    .select({ at: s.activityProgress.at, status: s.activityProgress.status, progress: s.activityProgress.progress, byName: s.appUser.name })
    .from(s.activityProgress)
    .leftJoin(s.appUser, eq(s.appUser.id, s.activityProgress.byUserId))
    .where(and(eq(s.activityProgress.tenantId, tenantId), eq(s.activityProgress.activityId, activityId)))
    .orderBy(asc(s.activityProgress.at));
}

/** Area, status and progress of every activity: all a roll-up needs. */
export function activityProgressFigures(tx: Tx, { tenantId }: { tenantId: string }) {
  return tx
    .select({ areaId: s.roadmapActivity.areaId, status: s.roadmapActivity.status, progress: s.roadmapActivity.progress })
    .from(s.roadmapActivity)
    .where(eq(s.roadmapActivity.tenantId, tenantId));
}
