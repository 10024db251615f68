import { and, asc, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Audience, EventKind } from "@naravard/domain";
import * as s from "../schema/index.ts";
import type { Tx } from "../scope.ts";
import type { EditResult } from "./malbild-edit.ts";

const eventColumns = {
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
  revision: s.event.revision,
};
const materialColumns = {
  id: s.eventMaterial.id,
  eventId: s.eventMaterial.eventId,
  title: s.eventMaterial.title,
  url: s.eventMaterial.url,
  fileName: s.eventMaterial.fileName,
  mimeType: s.eventMaterial.mimeType,
  size: s.eventMaterial.size,
  missing: s.eventMaterial.missing,
};

/** Every event with its materials (file contents left out), dated ones by date, undated last. */
export async function listEvents(tx: Tx, { tenantId }: { tenantId: string }) {
  const events = await tx
    .select(eventColumns)
    .from(s.event)
    .where(eq(s.event.tenantId, tenantId))
    .orderBy(sql`${s.event.startsOn} asc nulls last`, asc(s.event.year), asc(s.event.createdAt));
  const materials = await tx.select(materialColumns).from(s.eventMaterial).where(eq(s.eventMaterial.tenantId, tenantId)).orderBy(asc(s.eventMaterial.createdAt));
  return events.map((e) => ({ ...e, materials: materials.filter((m) => m.eventId === e.id) }));
}

export async function getMaterialFile(tx: Tx, { tenantId, materialId }: { tenantId: string; materialId: string }) {
  const [row] = await tx
    .select({ fileName: s.eventMaterial.fileName, mimeType: s.eventMaterial.mimeType, size: s.eventMaterial.size, content: s.eventMaterial.content })
    .from(s.eventMaterial)
    .where(and(eq(s.eventMaterial.tenantId, tenantId), eq(s.eventMaterial.id, materialId)));
  return row?.content ? row : null;
}

export interface EventFields {
  kind: EventKind;
  title: string;
  description: string;
  scope: "regional" | "local";
  audiences: Audience[];
  startsOn?: string | null;
  endsOn?: string | null;
  place: string;
  onlineUrl?: string | null;
  parentId?: string | null;
}

async function parentOk(tx: Tx, tenantId: string, parentId: string | null | undefined) {
  if (!parentId) return true;
  const [p] = await tx
    .select({ id: s.event.id })
    .from(s.event)
    .where(and(eq(s.event.tenantId, tenantId), eq(s.event.id, parentId), eq(s.event.kind, "focus_week"), isNull(s.event.parentId)));
  return !!p;
}

export async function createEvent(tx: Tx, input: { tenantId: string } & EventFields): Promise<EditResult<{ id: string }>> {
  if (!(await parentOk(tx, input.tenantId, input.parentId))) return { status: "not_found" };
  const year = input.startsOn ? Number(input.startsOn.slice(0, 4)) : null;
  const [row] = await tx
    .insert(s.event)
    .values({ ...input, audiences: [...new Set(input.audiences)], year })
    .returning({ id: s.event.id });
  return { status: "ok", row: row! };
}

/** Changes an event; `expectedRevision` is the revision the editor started from, an older one is a conflict. */
export async function updateEvent(
  tx: Tx,
  input: { tenantId: string; eventId: string; expectedRevision: number } & EventFields,
): Promise<EditResult<{ id: string; revision: number } & Partial<EventFields>>> {
  const { tenantId, eventId, expectedRevision, ...fields } = input;
  const { year: _y, ...columns } = eventColumns;
  const [current] = await tx
    .select(columns)
    .from(s.event)
    .where(and(eq(s.event.tenantId, tenantId), eq(s.event.id, eventId)))
    .for("update");
  if (!current) return { status: "not_found" };
  if (expectedRevision !== current.revision) return { status: "conflict", current };
  if (fields.parentId === eventId || !(await parentOk(tx, tenantId, fields.parentId))) return { status: "not_found" };
  const [row] = await tx
    .update(s.event)
    .set({
      ...fields,
      audiences: [...new Set(fields.audiences)],
      ...(fields.startsOn ? { year: Number(fields.startsOn.slice(0, 4)) } : {}),
      revision: current.revision + 1,
    })
    .where(and(eq(s.event.tenantId, tenantId), eq(s.event.id, eventId)))
    .returning({ id: s.event.id, revision: s.event.revision });
  return { status: "ok", row: row! };
}

export async function deleteEvent(tx: Tx, input: { tenantId: string; eventId: string }): Promise<EditResult<{ id: string }>> {
  const [row] = await tx.delete(s.event).where(and(eq(s.event.tenantId, input.tenantId), eq(s.event.id, input.eventId))).returning({ id: s.event.id });
  return row ? { status: "ok", row } : { status: "not_found" };
}

export async function addMaterial(
  tx: Tx,
  input: { tenantId: string; eventId: string; title: string; url?: string | null; fileName?: string; mimeType?: string; content?: Uint8Array },
): Promise<EditResult<{ id: string }>> {
  const [e] = await tx.select({ id: s.event.id }).from(s.event).where(and(eq(s.event.tenantId, input.tenantId), eq(s.event.id, input.eventId)));
  if (!e) return { status: "not_found" };
  const [row] = await tx
    .insert(s.eventMaterial)
    .values({ ...input, size: input.content?.length ?? null })
    .returning({ id: s.eventMaterial.id });
  return { status: "ok", row: row! };
}

export async function deleteMaterial(tx: Tx, input: { tenantId: string; materialId: string }): Promise<EditResult<{ id: string }>> {
  const [row] = await tx
    .delete(s.eventMaterial)
    .where(and(eq(s.eventMaterial.tenantId, input.tenantId), eq(s.eventMaterial.id, input.materialId)))
    .returning({ id: s.eventMaterial.id });
  return row ? { status: "ok", row } : { status: "not_found" };
}

// ---- Articles (news, good examples) and contacts ------------------------------------------------

export async function listArticles(tx: Tx, { tenantId, kind }: { tenantId: string; kind?: "news" | "good_example" }) {
  const articles = await tx
    .select({
      id: s.article.id,
      kind: s.article.kind,
      title: s.article.title,
      lead: s.article.lead,
      body: s.article.body,
      publishedOn: s.article.publishedOn,
      tags: s.article.tags,
      revision: s.article.revision,
    })
    .from(s.article)
    .where(and(eq(s.article.tenantId, tenantId), kind ? eq(s.article.kind, kind) : undefined))
    .orderBy(sql`${s.article.publishedOn} desc nulls last`, desc(s.article.createdAt));
  const ids = articles.map((a) => a.id);
  const members = ids.length
    ? await tx
        .select({ articleId: s.articleMember.articleId, id: s.memberOrganisation.id, name: s.memberOrganisation.name })
        .from(s.articleMember)
        .innerJoin(s.memberOrganisation, and(eq(s.memberOrganisation.id, s.articleMember.memberId), eq(s.memberOrganisation.tenantId, tenantId)))
        .where(and(eq(s.articleMember.tenantId, tenantId), inArray(s.articleMember.articleId, ids)))
    : [];
  return articles.map((a) => ({ ...a, members: members.filter((m) => m.articleId === a.id).map(({ id, name }) => ({ id, name })) }));
}

export async function saveArticle(
  tx: Tx,
  input: {
    tenantId: string;
    /** With `expectedRevision`, the revision the editor started from: an older one is a conflict. */
    articleId?: string;
    expectedRevision?: number;
    kind: "news" | "good_example";
    title: string;
    lead: string;
    body: string;
    publishedOn: string | null;
    tags: string[];
    memberIds: string[];
  },
): Promise<EditResult<{ id: string; revision: number } & Record<string, unknown>>> {
  const { tenantId, articleId, expectedRevision, memberIds, ...fields } = input;
  const uniqueMembers = [...new Set(memberIds)];
  if (uniqueMembers.length) {
    const found = await tx
      .select({ id: s.memberOrganisation.id })
      .from(s.memberOrganisation)
      .where(and(eq(s.memberOrganisation.tenantId, tenantId), inArray(s.memberOrganisation.id, uniqueMembers)));
    if (found.length !== uniqueMembers.length) return { status: "not_found" };
  }
  let saved: { id: string; revision: number };
  if (articleId) {
    const [current] = await tx
      .select({
        id: s.article.id,
        revision: s.article.revision,
        kind: s.article.kind,
        title: s.article.title,
        lead: s.article.lead,
        body: s.article.body,
        publishedOn: s.article.publishedOn,
        tags: s.article.tags,
      })
      .from(s.article)
      .where(and(eq(s.article.tenantId, tenantId), eq(s.article.id, articleId)))
      .for("update");
    if (!current) return { status: "not_found" };
    if (expectedRevision !== current.revision) return { status: "conflict", current };
    const [row] = await tx
      .update(s.article)
      .set({ ...fields, revision: current.revision + 1 })
      .where(and(eq(s.article.tenantId, tenantId), eq(s.article.id, articleId)))
      .returning({ id: s.article.id, revision: s.article.revision });
    saved = row!;
    await tx.delete(s.articleMember).where(and(eq(s.articleMember.tenantId, tenantId), eq(s.articleMember.articleId, saved.id)));
  } else {
    const [row] = await tx.insert(s.article).values({ tenantId, ...fields }).returning({ id: s.article.id, revision: s.article.revision });
    saved = row!;
  }
  if (uniqueMembers.length) await tx.insert(s.articleMember).values(uniqueMembers.map((memberId) => ({ tenantId, articleId: saved.id, memberId })));
  return { status: "ok", row: saved };
}

export async function deleteArticle(tx: Tx, input: { tenantId: string; articleId: string }): Promise<EditResult<{ id: string }>> {
  const [row] = await tx.delete(s.article).where(and(eq(s.article.tenantId, input.tenantId), eq(s.article.id, input.articleId))).returning({ id: s.article.id });
  return row ? { status: "ok", row } : { status: "not_found" };
}

const contactColumns = {
  id: s.contact.id,
  name: s.contact.name,
  role: s.contact.role,
  organisation: s.contact.organisation,
  email: s.contact.email,
  phone: s.contact.phone,
  revision: s.contact.revision,
};

export function listContacts(tx: Tx, { tenantId }: { tenantId: string }) {
  return tx
    .select(contactColumns)
    .from(s.contact)
    .where(eq(s.contact.tenantId, tenantId))
    .orderBy(asc(s.contact.position), asc(s.contact.name));
}

export async function saveContact(
  tx: Tx,
  input: {
    tenantId: string;
    /** With `expectedRevision`, the revision the editor started from: an older one is a conflict. */
    contactId?: string;
    expectedRevision?: number;
    name: string;
    role: string;
    organisation: string;
    email?: string | null;
    phone?: string | null;
  },
): Promise<EditResult<{ id: string; revision: number } & Record<string, unknown>>> {
  const { tenantId, contactId, expectedRevision, ...fields } = input;
  if (contactId) {
    const [current] = await tx
      .select(contactColumns)
      .from(s.contact)
      .where(and(eq(s.contact.tenantId, tenantId), eq(s.contact.id, contactId)))
      .for("update");
    if (!current) return { status: "not_found" };
    if (expectedRevision !== current.revision) return { status: "conflict", current };
    const [row] = await tx
      .update(s.contact)
      .set({ ...fields, revision: current.revision + 1 })
      .where(and(eq(s.contact.tenantId, tenantId), eq(s.contact.id, contactId)))
      .returning({ id: s.contact.id, revision: s.contact.revision });
    return { status: "ok", row: row! };
  }
  const [row] = await tx.insert(s.contact).values({ tenantId, ...fields }).returning({ id: s.contact.id, revision: s.contact.revision });
  return { status: "ok", row: row! };
}

export async function deleteContact(tx: Tx, input: { tenantId: string; contactId: string }): Promise<EditResult<{ id: string }>> {
  const [row] = await tx.delete(s.contact).where(and(eq(s.contact.tenantId, input.tenantId), eq(s.contact.id, input.contactId))).returning({ id: s.contact.id });
  return row ? { status: "ok", row } : { status: "not_found" };
}
