import { and, asc, count, desc, eq, gte, inArray, isNull, lt, sql } from "drizzle-orm";
import * as s from "../schema/index.ts";
import type { Database } from "../client.ts";
import { type Tx, withTenant, withoutTenant } from "../scope.ts";
import type { EditResult } from "./malbild-edit.ts";
import { getTenantSettings } from "./settings.ts";

export function listQuestions(tx: Tx, { tenantId }: { tenantId: string }) {
  return tx
    .select({
      id: s.inputQuestion.id,
      question: s.inputQuestion.question,
      purpose: s.inputQuestion.purpose,
      open: s.inputQuestion.open,
      createdAt: s.inputQuestion.createdAt,
      revision: s.inputQuestion.revision,
    })
    .from(s.inputQuestion)
    .where(eq(s.inputQuestion.tenantId, tenantId))
    .orderBy(desc(s.inputQuestion.createdAt));
}

/** Creates a question, or changes one; `expectedRevision` is the revision the editor started from, an older one is a conflict. */
export async function saveQuestion(
  tx: Tx,
  input: { tenantId: string; questionId?: string; expectedRevision?: number; question: string; purpose: string; open: boolean },
): Promise<EditResult<{ id: string; revision: number } & Partial<{ question: string; purpose: string; open: boolean }>>> {
  const { tenantId, questionId, expectedRevision, ...fields } = input;
  if (questionId) {
    const [current] = await tx
      .select({ id: s.inputQuestion.id, revision: s.inputQuestion.revision, question: s.inputQuestion.question, purpose: s.inputQuestion.purpose, open: s.inputQuestion.open })
      .from(s.inputQuestion)
      .where(and(eq(s.inputQuestion.tenantId, tenantId), eq(s.inputQuestion.id, questionId)))
      .for("update");
    if (!current) return { status: "not_found" };
    if (expectedRevision !== current.revision) return { status: "conflict", current };
    const [row] = await tx
      .update(s.inputQuestion)
      .set({ ...fields, revision: current.revision + 1 })
      .where(and(eq(s.inputQuestion.tenantId, tenantId), eq(s.inputQuestion.id, questionId)))
      .returning({ id: s.inputQuestion.id, revision: s.inputQuestion.revision });
    return { status: "ok", row: row! };
  }
  const [row] = await tx.insert(s.inputQuestion).values({ tenantId, ...fields }).returning({ id: s.inputQuestion.id, revision: s.inputQuestion.revision });
  return { status: "ok", row: row! };
}

export async function findOpenQuestion(tx: Tx, { tenantId, questionId }: { tenantId: string; questionId: string }) {
  const [row] = await tx
    .select({ id: s.inputQuestion.id })
    .from(s.inputQuestion)
    .where(and(eq(s.inputQuestion.tenantId, tenantId), eq(s.inputQuestion.id, questionId), eq(s.inputQuestion.open, true)));
  return row ?? null;
}

/** How many entries this source sent to the tenant since `since` (the rate limit). */
export async function countRecentFromSource(tx: Tx, { tenantId, sourceHash, since }: { tenantId: string; sourceHash: string; since: Date }) {
  const [row] = await tx
    .select({ n: count() })
    .from(s.inputEntry)
    .where(and(eq(s.inputEntry.tenantId, tenantId), eq(s.inputEntry.sourceHash, sourceHash), gte(s.inputEntry.createdAt, since)));
  return row?.n ?? 0;
}

export async function insertEntry(tx: Tx, input: { tenantId: string; questionId: string; text: string; name: string | null; email: string | null; sourceHash: string }) {
  const [row] = await tx.insert(s.inputEntry).values(input).returning({ id: s.inputEntry.id });
  return row!;
}

/**
 * Published answers for the portal, newest first, a page of `perPage` at a time (the `page`th, from
 * 1): no personal data but the name the sender chose to give. One row more is read to tell whether
 * older answers follow, so no count of every answer is needed.
 */
export async function listPublishedEntries(tx: Tx, { tenantId, page = 1, perPage = 50 }: { tenantId: string; page?: number; perPage?: number }) {
  const rows = await tx
    .select({ id: s.inputEntry.id, questionId: s.inputEntry.questionId, text: s.inputEntry.text, name: s.inputEntry.name, createdAt: s.inputEntry.createdAt })
    .from(s.inputEntry)
    .where(and(eq(s.inputEntry.tenantId, tenantId), eq(s.inputEntry.status, "published")))
    .orderBy(desc(s.inputEntry.createdAt), desc(s.inputEntry.id))
    .limit(perPage + 1)
    .offset((page - 1) * perPage);
  return { entries: rows.slice(0, perPage), olderExist: rows.length > perPage };
}

/** The moderation queue (or the decided entries), newest first. */
export function listEntriesForModeration(tx: Tx, { tenantId, status }: { tenantId: string; status: "pending" | "published" | "rejected" }) {
  return tx
    .select({
      id: s.inputEntry.id,
      questionId: s.inputEntry.questionId,
      text: s.inputEntry.text,
      name: s.inputEntry.name,
      email: s.inputEntry.email,
      status: s.inputEntry.status,
      reason: s.inputEntry.reason,
      createdAt: s.inputEntry.createdAt,
      personalDataErasedAt: s.inputEntry.personalDataErasedAt,
    })
    .from(s.inputEntry)
    .where(and(eq(s.inputEntry.tenantId, tenantId), eq(s.inputEntry.status, status)))
    .orderBy(status === "pending" ? asc(s.inputEntry.createdAt) : desc(s.inputEntry.moderatedAt))
    .limit(500);
}

export async function moderateEntries(
  tx: Tx,
  input: { tenantId: string; entryIds: string[]; decision: "published" | "rejected"; reason: string; userId: string },
) {
  const rows = await tx
    .update(s.inputEntry)
    .set({ status: input.decision, reason: input.reason || null, moderatedBy: input.userId, moderatedAt: new Date() })
    .where(and(eq(s.inputEntry.tenantId, input.tenantId), inArray(s.inputEntry.id, input.entryIds)))
    .returning({ id: s.inputEntry.id });
  return rows.length;
}

const erase = { name: null, email: null, sourceHash: null, personalDataErasedAt: sql`now()` } as const;

/** Erases the personal data of one entry (on request); the text stays. */
export async function eraseEntryPersonalData(tx: Tx, { tenantId, entryId }: { tenantId: string; entryId: string }) {
  const [row] = await tx
    .update(s.inputEntry)
    .set(erase)
    .where(and(eq(s.inputEntry.tenantId, tenantId), eq(s.inputEntry.id, entryId)))
    .returning({ id: s.inputEntry.id });
  return row ?? null;
}

/** Erases the personal data of every entry older than the retention period. */
export async function eraseExpiredPersonalData(tx: Tx, { tenantId, olderThan }: { tenantId: string; olderThan: Date }) {
  const rows = await tx
    .update(s.inputEntry)
    .set(erase)
    .where(and(eq(s.inputEntry.tenantId, tenantId), lt(s.inputEntry.createdAt, olderThan), isNull(s.inputEntry.personalDataErasedAt)))
    .returning({ id: s.inputEntry.id });
  return rows.length;
}

export async function insertFeedback(tx: Tx, input: { tenantId: string; path: string; useful: boolean; comment: string }) {
  await tx.insert(s.pageFeedback).values(input);
}

/** Answers per page and month, newest months first (the coordinator's view over time). */
export function feedbackSummary(tx: Tx, { tenantId }: { tenantId: string }) {
  return tx
    .select({
      path: s.pageFeedback.path,
      month: sql<string>`to_char(${s.pageFeedback.createdAt}, 'YYYY-MM')`,
      yes: sql<number>`count(*) filter (where ${s.pageFeedback.useful})::int`,
      no: sql<number>`count(*) filter (where not ${s.pageFeedback.useful})::int`,
      comments: sql<string[]>`coalesce(array_agg(${s.pageFeedback.comment}) filter (where ${s.pageFeedback.comment} <> ''), '{}')`,
    })
    .from(s.pageFeedback)
    .where(eq(s.pageFeedback.tenantId, tenantId))
    .groupBy(s.pageFeedback.path, sql`to_char(${s.pageFeedback.createdAt}, 'YYYY-MM')`)
    .orderBy(sql`2 desc`, asc(s.pageFeedback.path));
}

/**
 * The retention sweep: for every tenant, erases the personal data of public input older than the
 * tenant's retention period. Run by the API at start-up and every hour.
 */
export async function sweepExpiredPersonalData(db: Database, now = new Date()): Promise<number> {
  const tenants = await withoutTenant(db, (tx) => tx.select({ id: s.tenant.id, name: s.tenant.name }).from(s.tenant));
  let erased = 0;
  for (const tenant of tenants)
    erased += await withTenant(db, tenant.id, async (tx) => {
      const { inputRetentionDays } = await getTenantSettings(tx, { tenantId: tenant.id, name: tenant.name });
      return eraseExpiredPersonalData(tx, { tenantId: tenant.id, olderThan: new Date(now.getTime() - inputRetentionDays * 86_400_000) });
    });
  return erased;
}
