import { and, asc, desc, eq, isNull, max, ne, sql } from "drizzle-orm";
import type { MalbildView } from "@naravard/domain";
import * as s from "../schema/index.ts";
import type { Tx } from "../scope.ts";

const byPos = { orderBy: (t: { position: typeof s.statement.position }) => [asc(t.position)] } as const;

/**
 * The målbild the portal shows: the adopted version, or else the newest draft or consultation
 * version. One SQL statement (drizzle builds the nested content as JSON).
 */
export async function getCurrentMalbild(tx: Tx, { tenantId }: { tenantId: string }): Promise<MalbildView | null> {
  const row = await tx.query.malbild.findFirst({
    where: and(eq(s.malbild.tenantId, tenantId), ne(s.malbild.status, "superseded")),
    orderBy: [desc(sql`${s.malbild.status} = 'adopted'`), desc(s.malbild.updatedAt)],
    with: {
      perspectives: {
        orderBy: [asc(s.perspective.position)],
        with: { statements: { orderBy: [asc(s.statement.position)] } },
      },
      statements: { where: isNull(s.statement.perspectiveId), ...byPos },
      shifts: { orderBy: [asc(s.shift.position)] },
      principles: { orderBy: [asc(s.principle.position)] },
      journey: { orderBy: [asc(s.journeyStage.position)] },
      faq: { orderBy: [asc(s.faqEntry.position)] },
    },
  });
  if (!row) return null;
  const pick = <T extends { tenantId: string; malbildId: string }>({ tenantId: _t, malbildId: _m, ...rest }: T) => rest;
  return {
    id: row.id,
    title: row.title,
    vision: row.vision,
    goal: row.goal,
    introduction: row.introduction,
    sourceNote: row.sourceNote,
    status: row.status,
    adoptedOn: row.adoptedOn,
    updatedAt: row.updatedAt,
    perspectives: row.perspectives.map((p) => ({ ...pick(p), statements: p.statements.map(({ updatedAt: _u, ...st }) => pick(st)) })),
    statements: row.statements.map(({ updatedAt: _u, ...st }) => pick(st)),
    shifts: row.shifts.map(pick),
    principles: row.principles.map(pick),
    journey: row.journey.map(pick),
    faq: row.faq.map(pick),
  };
}

/** Returns null when no such målbild exists in the tenant (another tenant's id looks missing). */
export async function updateVision(tx: Tx, input: { tenantId: string; malbildId: string; vision: string }) {
  const [row] = await tx
    .update(s.malbild)
    .set({ vision: input.vision, updatedAt: new Date() })
    .where(and(eq(s.malbild.tenantId, input.tenantId), eq(s.malbild.id, input.malbildId)))
    .returning({ id: s.malbild.id, vision: s.malbild.vision });
  return row ?? null;
}

export async function updateStatement(tx: Tx, input: { tenantId: string; statementId: string; text: string }) {
  const [row] = await tx
    .update(s.statement)
    .set({ text: input.text, updatedAt: new Date() })
    .where(and(eq(s.statement.tenantId, input.tenantId), eq(s.statement.id, input.statementId)))
    .returning({ id: s.statement.id, text: s.statement.text });
  if (row) await touchMalbildOfStatement(tx, input.tenantId, row.id);
  return row ?? null;
}

/** Adds a statement last in its list (under a perspective, or among the målbild's own statements). */
export async function addStatement(
  tx: Tx,
  input: { tenantId: string; malbildId: string; perspectiveId: string | null; text: string },
) {
  const [owner] = await tx
    .select({ id: s.malbild.id })
    .from(s.malbild)
    .where(and(eq(s.malbild.tenantId, input.tenantId), eq(s.malbild.id, input.malbildId)));
  if (!owner) return null;
  if (input.perspectiveId) {
    const [p] = await tx
      .select({ id: s.perspective.id })
      .from(s.perspective)
      .where(
        and(eq(s.perspective.tenantId, input.tenantId), eq(s.perspective.malbildId, input.malbildId), eq(s.perspective.id, input.perspectiveId)),
      );
    if (!p) return null;
  }
  const [last] = await tx
    .select({ position: max(s.statement.position) })
    .from(s.statement)
    .where(and(eq(s.statement.tenantId, input.tenantId), eq(s.statement.malbildId, input.malbildId)));
  const [row] = await tx
    .insert(s.statement)
    .values({
      tenantId: input.tenantId,
      malbildId: input.malbildId,
      perspectiveId: input.perspectiveId,
      position: (last?.position ?? -1) + 1,
      text: input.text,
    })
    .returning({ id: s.statement.id, text: s.statement.text });
  await tx.update(s.malbild).set({ updatedAt: new Date() }).where(and(eq(s.malbild.tenantId, input.tenantId), eq(s.malbild.id, input.malbildId)));
  return row ?? null;
}

export async function removeStatement(tx: Tx, input: { tenantId: string; statementId: string }) {
  const [row] = await tx
    .delete(s.statement)
    .where(and(eq(s.statement.tenantId, input.tenantId), eq(s.statement.id, input.statementId)))
    .returning({ id: s.statement.id, malbildId: s.statement.malbildId });
  if (row)
    await tx.update(s.malbild).set({ updatedAt: new Date() }).where(and(eq(s.malbild.tenantId, input.tenantId), eq(s.malbild.id, row.malbildId)));
  return row ?? null;
}

async function touchMalbildOfStatement(tx: Tx, tenantId: string, statementId: string) {
  await tx
    .update(s.malbild)
    .set({ updatedAt: new Date() })
    .where(
      and(
        eq(s.malbild.tenantId, tenantId),
        sql`${s.malbild.id} = (select malbild_id from statement where id = ${statementId} and tenant_id = ${tenantId})`,
      ),
    );
}
