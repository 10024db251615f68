import { and, eq, max, sql } from "drizzle-orm";
import * as s from "../schema/index.ts";
import type { Tx } from "../scope.ts";

/**
 * The outcome of an edit. `conflict` carries what is saved now, so the editor can see what the
 * other person changed; `read_only` is a superseded version, kept as the record of what was adopted.
 */
export type EditResult<T> = { status: "ok"; row: T } | { status: "not_found" } | { status: "read_only" } | { status: "conflict"; current: T };

/** Changes the vision of a målbild version; `expectedRevision` guards against overwriting someone else's save. */
export async function updateVision(
  tx: Tx,
  input: { tenantId: string; malbildId: string; vision: string; expectedRevision: number },
): Promise<EditResult<{ id: string; vision: string; revision: number }>> {
  const columns = { id: s.malbild.id, vision: s.malbild.vision, revision: s.malbild.revision, status: s.malbild.status };
  const [current] = await tx
    .select(columns)
    .from(s.malbild)
    .where(and(eq(s.malbild.tenantId, input.tenantId), eq(s.malbild.id, input.malbildId)))
    .for("update");
  if (!current) return { status: "not_found" };
  if (current.status === "superseded") return { status: "read_only" };
  const { status: _s, ...now } = current;
  if (input.expectedRevision !== current.revision) return { status: "conflict", current: now };
  if (current.vision === input.vision) return { status: "ok", row: now };
  const [row] = await tx
    .update(s.malbild)
    .set({ vision: input.vision, revision: sql`${s.malbild.revision} + 1`, updatedAt: new Date() })
    .where(and(eq(s.malbild.tenantId, input.tenantId), eq(s.malbild.id, input.malbildId)))
    .returning({ id: s.malbild.id, vision: s.malbild.vision, revision: s.malbild.revision });
  return { status: "ok", row: row! };
}

async function statementWithVersion(tx: Tx, tenantId: string, statementId: string) {
  const [row] = await tx
    .select({ id: s.statement.id, text: s.statement.text, revision: s.statement.revision, malbildId: s.statement.malbildId, versionStatus: s.malbild.status })
    .from(s.statement)
    .innerJoin(s.malbild, and(eq(s.malbild.id, s.statement.malbildId), eq(s.malbild.tenantId, tenantId)))
    .where(and(eq(s.statement.tenantId, tenantId), eq(s.statement.id, statementId)))
    .for("update", { of: s.statement });
  return row ?? null;
}

async function touchMalbild(tx: Tx, tenantId: string, malbildId: string) {
  await tx
    .update(s.malbild)
    .set({ revision: sql`${s.malbild.revision} + 1`, updatedAt: new Date() })
    .where(and(eq(s.malbild.tenantId, tenantId), eq(s.malbild.id, malbildId)));
}

export async function updateStatement(
  tx: Tx,
  input: { tenantId: string; statementId: string; text: string; expectedRevision: number },
): Promise<EditResult<{ id: string; text: string; revision: number }>> {
  const current = await statementWithVersion(tx, input.tenantId, input.statementId);
  if (!current) return { status: "not_found" };
  if (current.versionStatus === "superseded") return { status: "read_only" };
  const now = { id: current.id, text: current.text, revision: current.revision };
  if (input.expectedRevision !== current.revision) return { status: "conflict", current: now };
  if (current.text === input.text) return { status: "ok", row: now };
  const [row] = await tx
    .update(s.statement)
    .set({ text: input.text, revision: sql`${s.statement.revision} + 1`, updatedAt: new Date() })
    .where(and(eq(s.statement.tenantId, input.tenantId), eq(s.statement.id, input.statementId)))
    .returning({ id: s.statement.id, text: s.statement.text, revision: s.statement.revision });
  await touchMalbild(tx, input.tenantId, current.malbildId);
  return { status: "ok", row: row! };
}

/** Adds a statement last in its list (under a perspective, or among the målbild's own statements). */
export async function addStatement(
  tx: Tx,
  input: { tenantId: string; malbildId: string; perspectiveId: string | null; text: string },
): Promise<EditResult<{ id: string; text: string; revision: number }>> {
  const [owner] = await tx
    .select({ id: s.malbild.id, status: s.malbild.status })
    .from(s.malbild)
    .where(and(eq(s.malbild.tenantId, input.tenantId), eq(s.malbild.id, input.malbildId)))
    .for("update");
  if (!owner) return { status: "not_found" };
  if (owner.status === "superseded") return { status: "read_only" };
  if (input.perspectiveId) {
    const [p] = await tx
      .select({ id: s.perspective.id })
      .from(s.perspective)
      .where(and(eq(s.perspective.tenantId, input.tenantId), eq(s.perspective.malbildId, input.malbildId), eq(s.perspective.id, input.perspectiveId)));
    if (!p) return { status: "not_found" };
  }
  const [last] = await tx
    .select({ position: max(s.statement.position) })
    .from(s.statement)
    .where(and(eq(s.statement.tenantId, input.tenantId), eq(s.statement.malbildId, input.malbildId)));
  const [row] = await tx
    .insert(s.statement)
    .values({ tenantId: input.tenantId, malbildId: input.malbildId, perspectiveId: input.perspectiveId, position: (last?.position ?? -1) + 1, text: input.text })
    .returning({ id: s.statement.id, text: s.statement.text, revision: s.statement.revision });
  await touchMalbild(tx, input.tenantId, input.malbildId);
  return { status: "ok", row: row! };
}

export async function removeStatement(tx: Tx, input: { tenantId: string; statementId: string }): Promise<EditResult<{ id: string }>> {
  const current = await statementWithVersion(tx, input.tenantId, input.statementId);
  if (!current) return { status: "not_found" };
  if (current.versionStatus === "superseded") return { status: "read_only" };
  await tx.delete(s.statement).where(and(eq(s.statement.tenantId, input.tenantId), eq(s.statement.id, input.statementId)));
  await touchMalbild(tx, input.tenantId, current.malbildId);
  return { status: "ok", row: { id: current.id } };
}
