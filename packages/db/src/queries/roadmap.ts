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

/**
 * The roadmap: areas in order, their activities (filtered by status and owning member when asked),
 * and milestones. Five statements in one transaction, whatever the size of the roadmap.
 */
export async function getRoadmap(tx: Tx, input: { tenantId: string; status?: ActivityStatus | null; memberId?: string | null }) {
  const { tenantId } = input;
  const areas = await tx
    .select({ id: s.roadmapArea.id, position: s.roadmapArea.position, title: s.roadmapArea.title, description: s.roadmapArea.description, isDemo: s.roadmapArea.isDemo, revision: s.roadmapArea.revision })
    .from(s.roadmapArea)
    .where(eq(s.roadmapArea.tenantId, tenantId))
    .orderBy(asc(s.roadmapArea.position));
  const where = [eq(s.roadmapActivity.tenantId, tenantId)];
  if (input.status) where.push(eq(s.roadmapActivity.status, input.status));
  if (input.memberId)
    where.push(
      sql`exists (select 1 from activity_owner o where o.tenant_id = ${tenantId} and o.activity_id = ${s.roadmapActivity.id} and o.member_id = ${input.memberId})`,
    );
  const activities = await tx
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
    })
    .from(s.roadmapActivity)
    .where(and(...where))
    .orderBy(asc(s.roadmapActivity.position));
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
    .where(eq(s.roadmapMilestone.tenantId, tenantId))
    .orderBy(asc(s.roadmapMilestone.dueOn));

  const full: RoadmapActivityRow[] = activities.map((a) => ({
    ...a,
    owners: owners.filter((o) => o.activityId === a.id).map(({ id, name }) => ({ id, name })),
    links: links.filter((l) => l.activityId === a.id).map(({ kind, id }) => ({ kind, id })),
  }));
  return { areas: areas.map((area) => ({ ...area, activities: full.filter((a) => a.areaId === area.id) })), milestones };
}

/** For each målbild element, the activities that move it (for the målbild page). */
export async function activitiesByElement(tx: Tx, { tenantId }: { tenantId: string }) {
  return tx
    .select({ elementId: s.activityLink.elementId, kind: s.activityLink.elementKind, activityId: s.roadmapActivity.id, title: s.roadmapActivity.title, status: s.roadmapActivity.status })
    .from(s.activityLink)
    .innerJoin(s.roadmapActivity, and(eq(s.roadmapActivity.id, s.activityLink.activityId), eq(s.roadmapActivity.tenantId, tenantId)))
    .where(eq(s.activityLink.tenantId, tenantId))
    .orderBy(asc(s.roadmapActivity.title));
}

export async function activityHistory(tx: Tx, { tenantId, activityId }: { tenantId: string; activityId: string }) {
  return tx
    .select({ at: s.activityProgress.at, status: s.activityProgress.status, progress: s.activityProgress.progress, byName: s.appUser.name })
    .from(s.activityProgress)
    .leftJoin(s.appUser, eq(s.appUser.id, s.activityProgress.byUserId))
    .where(and(eq(s.activityProgress.tenantId, tenantId), eq(s.activityProgress.activityId, activityId)))
    .orderBy(asc(s.activityProgress.at));
}

/** Status and progress of every activity: all a roll-up needs. */
export function activityProgressFigures(tx: Tx, { tenantId }: { tenantId: string }) {
  return tx.select({ status: s.roadmapActivity.status, progress: s.roadmapActivity.progress }).from(s.roadmapActivity).where(eq(s.roadmapActivity.tenantId, tenantId));
}
