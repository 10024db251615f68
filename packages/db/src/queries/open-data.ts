import { and, asc, count, desc, eq, inArray, sql } from "drizzle-orm";
import * as s from "../schema/index.ts";
import type { Tx } from "../scope.ts";
import { publicMalbildIdQuery } from "./malbild.ts";

/**
 * Pages of the public lists for the open-data API (/api/v1/{tenant}/…), paged in SQL: each
 * function reads one page (`limit`, `offset`) and the number of rows in all. The order is the
 * portal's, made total for paging: rows the portal's order leaves tied (the seed writes a
 * programme's events in one transaction, so they share `created_at`) follow by title, then id. Only what the portal shows is read: no e-mail address or source of
 * public input, and of a published answer only the name its sender chose to show.
 */
export interface PageArgs {
  tenantId: string;
  limit: number;
  offset: number;
}

/** Events in the portal's order (dated by date, undated last), with their materials (no file contents). */
export async function pageEvents(tx: Tx, { tenantId, limit, offset }: PageArgs) {
  const where = eq(s.event.tenantId, tenantId);
  const [{ total } = { total: 0 }] = await tx.select({ total: count() }).from(s.event).where(where);
  const rows = await tx
    .select({
      id: s.event.id,
      parentId: s.event.parentId,
      kind: s.event.kind,
      title: s.event.title,
      description: s.event.description,
      scope: s.event.scope,
      audiences: s.event.audiences,
      startsOn: s.event.startsOn,
      endsOn: s.event.endsOn,
      year: s.event.year,
      place: s.event.place,
      onlineUrl: s.event.onlineUrl,
    })
    .from(s.event)
    .where(where)
    .orderBy(
      sql`${s.event.startsOn} asc nulls last`,
      asc(s.event.year),
      asc(s.event.createdAt),
      asc(s.event.title),
      asc(s.event.id),
    )
    .limit(limit)
    .offset(offset);
  const ids = rows.map((r) => r.id);
  const materials = ids.length
    ? await tx
        .select({
          id: s.eventMaterial.id,
          eventId: s.eventMaterial.eventId,
          title: s.eventMaterial.title,
          url: s.eventMaterial.url,
          fileName: s.eventMaterial.fileName,
          missing: s.eventMaterial.missing,
        })
        .from(s.eventMaterial)
        .where(and(eq(s.eventMaterial.tenantId, tenantId), inArray(s.eventMaterial.eventId, ids)))
        .orderBy(asc(s.eventMaterial.createdAt), asc(s.eventMaterial.id))
    : [];
  return {
    total,
    rows: rows.map((e) => ({ ...e, materials: materials.filter((m) => m.eventId === e.id).map(({ eventId: _e, ...m }) => m) })),
  };
}

/** News or good examples, newest first (undated last), with the members they name. */
export async function pageArticles(tx: Tx, { tenantId, kind, limit, offset }: PageArgs & { kind: "news" | "good_example" }) {
  const where = and(eq(s.article.tenantId, tenantId), eq(s.article.kind, kind));
  const [{ total } = { total: 0 }] = await tx.select({ total: count() }).from(s.article).where(where);
  const rows = await tx
    .select({
      id: s.article.id,
      title: s.article.title,
      lead: s.article.lead,
      body: s.article.body,
      publishedOn: s.article.publishedOn,
      tags: s.article.tags,
    })
    .from(s.article)
    .where(where)
    .orderBy(sql`${s.article.publishedOn} desc nulls last`, desc(s.article.createdAt), asc(s.article.title), asc(s.article.id))
    .limit(limit)
    .offset(offset);
  const ids = rows.map((a) => a.id);
  const members = ids.length
    ? await tx
        .select({ articleId: s.articleMember.articleId, name: s.memberOrganisation.name })
        .from(s.articleMember)
        .innerJoin(
          s.memberOrganisation,
          and(eq(s.memberOrganisation.id, s.articleMember.memberId), eq(s.memberOrganisation.tenantId, tenantId)),
        )
        .where(and(eq(s.articleMember.tenantId, tenantId), inArray(s.articleMember.articleId, ids)))
        .orderBy(asc(s.memberOrganisation.name))
    : [];
  return { total, rows: rows.map((a) => ({ ...a, members: members.filter((m) => m.articleId === a.id).map((m) => m.name) })) };
}

/** Contact persons as the portal lists them (name, role, organisation, e-mail and telephone it shows). */
export async function pageContacts(tx: Tx, { tenantId, limit, offset }: PageArgs) {
  const where = eq(s.contact.tenantId, tenantId);
  const [{ total } = { total: 0 }] = await tx.select({ total: count() }).from(s.contact).where(where);
  const rows = await tx
    .select({
      id: s.contact.id,
      name: s.contact.name,
      role: s.contact.role,
      organisation: s.contact.organisation,
      email: s.contact.email,
      phone: s.contact.phone,
    })
    .from(s.contact)
    .where(where)
    .orderBy(asc(s.contact.position), asc(s.contact.name), asc(s.contact.id))
    .limit(limit)
    .offset(offset);
  return { total, rows };
}

/**
 * The FAQ of the målbild the portal shows (the adopted version, else the newest out for
 * consultation): a draft's questions are not public, so a programme with only a draft has none.
 */
export async function pageFaq(tx: Tx, { tenantId, limit, offset }: PageArgs) {
  const current = publicMalbildIdQuery(tx, { tenantId });
  const where = and(eq(s.faqEntry.tenantId, tenantId), eq(s.faqEntry.malbildId, sql`(${current})`));
  const [{ total } = { total: 0 }] = await tx.select({ total: count() }).from(s.faqEntry).where(where);
  const rows = await tx
    .select({ id: s.faqEntry.id, question: s.faqEntry.question, answer: s.faqEntry.answer })
    .from(s.faqEntry)
    .where(where)
    .orderBy(asc(s.faqEntry.position), asc(s.faqEntry.id))
    .limit(limit)
    .offset(offset);
  return { total, rows };
}

/**
 * Published answers of the public, newest first, with the question they answer. The portal shows
 * the text, the name the sender chose to give (erased after the retention period) and the day;
 * so does this, and never the e-mail address or the source.
 */
export async function pagePublishedInput(tx: Tx, { tenantId, limit, offset }: PageArgs) {
  const where = and(eq(s.inputEntry.tenantId, tenantId), eq(s.inputEntry.status, "published"));
  const [{ total } = { total: 0 }] = await tx.select({ total: count() }).from(s.inputEntry).where(where);
  const rows = await tx
    .select({
      id: s.inputEntry.id,
      questionId: s.inputEntry.questionId,
      question: s.inputQuestion.question,
      text: s.inputEntry.text,
      name: s.inputEntry.name,
      // The day as the portal shows it (the UTC date of the timestamp).
      submittedOn: sql<string>`to_char(${s.inputEntry.createdAt} at time zone 'UTC', 'YYYY-MM-DD')`,
    })
    .from(s.inputEntry)
    .innerJoin(s.inputQuestion, and(eq(s.inputQuestion.tenantId, tenantId), eq(s.inputQuestion.id, s.inputEntry.questionId)))
    .where(where)
    .orderBy(desc(s.inputEntry.createdAt), asc(s.inputEntry.id))
    .limit(limit)
    .offset(offset);
  return { total, rows };
}

/** The roadmap's activities in the roadmap's order (areas by position, then activities by position), with the area's title and the owners' names. */
export async function pageRoadmapActivities(tx: Tx, { tenantId, limit, offset }: PageArgs) {
  const where = eq(s.roadmapActivity.tenantId, tenantId);
  const [{ total } = { total: 0 }] = await tx.select({ total: count() }).from(s.roadmapActivity).where(where);
  const rows = await tx
    .select({
      id: s.roadmapActivity.id,
      area: s.roadmapArea.title,
      title: s.roadmapActivity.title,
      description: s.roadmapActivity.description,
      status: s.roadmapActivity.status,
      progress: s.roadmapActivity.progress,
      startMonth: s.roadmapActivity.startMonth,
      endMonth: s.roadmapActivity.endMonth,
      isDemo: s.roadmapActivity.isDemo,
    })
    .from(s.roadmapActivity)
    .innerJoin(s.roadmapArea, and(eq(s.roadmapArea.tenantId, tenantId), eq(s.roadmapArea.id, s.roadmapActivity.areaId)))
    .where(where)
    .orderBy(asc(s.roadmapArea.position), asc(s.roadmapArea.id), asc(s.roadmapActivity.position), asc(s.roadmapActivity.id))
    .limit(limit)
    .offset(offset);
  const ids = rows.map((a) => a.id);
  const owners = ids.length
    ? await tx
        .select({ activityId: s.activityOwner.activityId, name: s.memberOrganisation.name })
        .from(s.activityOwner)
        .innerJoin(
          s.memberOrganisation,
          and(eq(s.memberOrganisation.id, s.activityOwner.memberId), eq(s.memberOrganisation.tenantId, tenantId)),
        )
        .where(and(eq(s.activityOwner.tenantId, tenantId), inArray(s.activityOwner.activityId, ids)))
        .orderBy(asc(s.memberOrganisation.name))
    : [];
  return { total, rows: rows.map((a) => ({ ...a, owners: owners.filter((o) => o.activityId === a.id).map((o) => o.name) })) };
}

/** Measured values of the indicators: indicators by title, then by period and member, as the follow-up page lists them. */
export async function pageIndicatorValues(tx: Tx, { tenantId, limit, offset }: PageArgs) {
  const where = eq(s.indicatorValue.tenantId, tenantId);
  const [{ total } = { total: 0 }] = await tx.select({ total: count() }).from(s.indicatorValue).where(where);
  const rows = await tx
    .select({
      indicatorCode: s.indicator.code,
      indicatorTitle: s.indicator.title,
      unit: s.indicator.unit,
      isDemo: s.indicator.isDemo,
      memberName: s.memberOrganisation.name,
      memberCode: s.memberOrganisation.officialCode,
      period: s.indicatorValue.period,
      value: s.indicatorValue.value,
    })
    .from(s.indicatorValue)
    .innerJoin(s.indicator, and(eq(s.indicator.tenantId, tenantId), eq(s.indicator.id, s.indicatorValue.indicatorId)))
    .innerJoin(
      s.memberOrganisation,
      and(eq(s.memberOrganisation.tenantId, tenantId), eq(s.memberOrganisation.id, s.indicatorValue.memberId)),
    )
    .where(where)
    .orderBy(
      asc(s.indicator.title),
      asc(s.indicator.id),
      asc(s.indicatorValue.period),
      asc(s.memberOrganisation.name),
      asc(s.indicatorValue.memberId),
    )
    .limit(limit)
    .offset(offset);
  return { total, rows };
}
