import { and, eq, inArray, max, sql } from "drizzle-orm";
import { type MalbildStatus, canTransition } from "@naravard/domain";
import * as s from "../schema/index.ts";
import type { Tx } from "../scope.ts";

export type VersionResult =
  | { status: "ok"; id: string; versionNumber: number }
  | { status: "not_found" }
  | { status: "open_version_exists"; versionNumber: number }
  | { status: "invalid_transition"; from: MalbildStatus };

/**
 * Starts a new version as a draft copy of an existing one (usually the adopted version). Only one
 * version may be in the works at a time.
 */
export async function createDraftVersion(tx: Tx, input: { tenantId: string; fromMalbildId: string }): Promise<VersionResult> {
  const { tenantId } = input;
  // Serialise version creation per tenant: the tenant row is the lock.
  await tx.execute(sql`select 1 from malbild where tenant_id = ${tenantId} for update`);
  const [open] = await tx
    .select({ versionNumber: s.malbild.versionNumber })
    .from(s.malbild)
    .where(and(eq(s.malbild.tenantId, tenantId), inArray(s.malbild.status, ["draft", "consultation"])));
  if (open) return { status: "open_version_exists", versionNumber: open.versionNumber };
  const [source] = await tx.select().from(s.malbild).where(and(eq(s.malbild.tenantId, tenantId), eq(s.malbild.id, input.fromMalbildId)));
  if (!source) return { status: "not_found" };
  const [last] = await tx.select({ n: max(s.malbild.versionNumber) }).from(s.malbild).where(eq(s.malbild.tenantId, tenantId));
  const versionNumber = (last?.n ?? 0) + 1;
  const [draft] = await tx
    .insert(s.malbild)
    .values({
      tenantId,
      versionNumber,
      title: source.title,
      vision: source.vision,
      goal: source.goal,
      introduction: source.introduction,
      sourceNote: source.sourceNote,
      status: "draft",
    })
    .returning({ id: s.malbild.id });
  const to = draft!.id;
  const from = source.id;
  const own = <T extends { tenantId: unknown; malbildId: unknown }>(table: T) => and(eq(table.tenantId as never, tenantId), eq(table.malbildId as never, from));

  // Copy the content, keeping each statement under the copy of its perspective.
  const perspectives = await tx.select().from(s.perspective).where(own(s.perspective));
  const perspectiveMap = new Map<string, string>();
  for (const p of perspectives) {
    const [copy] = await tx
      .insert(s.perspective)
      .values({ tenantId, malbildId: to, position: p.position, title: p.title, description: p.description })
      .returning({ id: s.perspective.id });
    perspectiveMap.set(p.id, copy!.id);
  }
  const statements = await tx.select().from(s.statement).where(own(s.statement));
  if (statements.length)
    await tx.insert(s.statement).values(
      statements.map((st) => ({
        tenantId,
        malbildId: to,
        perspectiveId: st.perspectiveId ? (perspectiveMap.get(st.perspectiveId) ?? null) : null,
        position: st.position,
        text: st.text,
      })),
    );
  const shifts = await tx.select().from(s.shift).where(own(s.shift));
  if (shifts.length) await tx.insert(s.shift).values(shifts.map((x) => ({ tenantId, malbildId: to, position: x.position, fromText: x.fromText, toText: x.toText })));
  const principles = await tx.select().from(s.principle).where(own(s.principle));
  if (principles.length) await tx.insert(s.principle).values(principles.map((x) => ({ tenantId, malbildId: to, position: x.position, text: x.text })));
  const journey = await tx.select().from(s.journeyStage).where(own(s.journeyStage));
  if (journey.length) await tx.insert(s.journeyStage).values(journey.map((x) => ({ tenantId, malbildId: to, position: x.position, title: x.title })));
  const faq = await tx.select().from(s.faqEntry).where(own(s.faqEntry));
  if (faq.length) await tx.insert(s.faqEntry).values(faq.map((x) => ({ tenantId, malbildId: to, position: x.position, question: x.question, answer: x.answer })));
  return { status: "ok", id: to, versionNumber };
}

/**
 * Moves a version along its life cycle. Adopting supersedes the previously adopted version in the
 * same transaction, so there is never more than one adopted version.
 */
export async function changeMalbildStatus(
  tx: Tx,
  input: { tenantId: string; malbildId: string; status: "draft" | "consultation" | "adopted"; adoptedOn?: string },
): Promise<VersionResult> {
  const [current] = await tx
    .select({ id: s.malbild.id, status: s.malbild.status, versionNumber: s.malbild.versionNumber })
    .from(s.malbild)
    .where(and(eq(s.malbild.tenantId, input.tenantId), eq(s.malbild.id, input.malbildId)))
    .for("update");
  if (!current) return { status: "not_found" };
  if (!canTransition(current.status, input.status)) return { status: "invalid_transition", from: current.status };
  if (input.status === "adopted") {
    await tx
      .update(s.malbild)
      .set({ status: "superseded", revision: sql`${s.malbild.revision} + 1`, updatedAt: new Date() })
      .where(and(eq(s.malbild.tenantId, input.tenantId), eq(s.malbild.status, "adopted")));
  }
  await tx
    .update(s.malbild)
    .set({
      status: input.status,
      adoptedOn: input.status === "adopted" ? (input.adoptedOn ?? null) : null,
      revision: sql`${s.malbild.revision} + 1`,
      updatedAt: new Date(),
    })
    .where(and(eq(s.malbild.tenantId, input.tenantId), eq(s.malbild.id, input.malbildId)));
  return { status: "ok", id: current.id, versionNumber: current.versionNumber };
}
