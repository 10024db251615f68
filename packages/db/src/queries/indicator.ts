import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { ImportRow, IndicatorDirection, MalbildElementKind } from "@naravard/domain";
import * as s from "../schema/index.ts";
import type { Tx } from "../scope.ts";
import type { EditResult } from "./malbild-edit.ts";

/** Indicators with their values (member name and code included) and målbild links: three statements. */
export async function listIndicators(tx: Tx, { tenantId }: { tenantId: string }) {
  const indicators = await tx.select().from(s.indicator).where(eq(s.indicator.tenantId, tenantId)).orderBy(asc(s.indicator.title));
  const values = await tx
    .select({
      indicatorId: s.indicatorValue.indicatorId,
      memberId: s.indicatorValue.memberId,
      memberName: s.memberOrganisation.name,
      memberCode: s.memberOrganisation.officialCode,
      period: s.indicatorValue.period,
      value: s.indicatorValue.value,
    })
    .from(s.indicatorValue)
    .innerJoin(s.memberOrganisation, and(eq(s.memberOrganisation.id, s.indicatorValue.memberId), eq(s.memberOrganisation.tenantId, tenantId)))
    .where(eq(s.indicatorValue.tenantId, tenantId))
    .orderBy(asc(s.indicatorValue.period));
  const links = await tx
    .select({ indicatorId: s.indicatorLink.indicatorId, kind: s.indicatorLink.elementKind, id: s.indicatorLink.elementId })
    .from(s.indicatorLink)
    .where(eq(s.indicatorLink.tenantId, tenantId));
  return indicators.map(({ tenantId: _t, ...i }) => ({
    ...i,
    values: values.filter((v) => v.indicatorId === i.id).map(({ indicatorId: _i, ...v }) => v),
    links: links.filter((l) => l.indicatorId === i.id).map(({ kind, id }) => ({ kind, id })),
  }));
}

export interface IndicatorFields {
  code: string;
  title: string;
  description: string;
  unit: string;
  direction: IndicatorDirection;
  baselineValue?: number | null;
  baselinePeriod?: string | null;
  targetValue?: number | null;
  targetPeriod?: string | null;
  links: { kind: MalbildElementKind; id: string }[];
}

async function elementsExist(tx: Tx, tenantId: string, links: IndicatorFields["links"]) {
  const tables = { perspective: s.perspective, statement: s.statement, shift: s.shift } as const;
  for (const kind of ["perspective", "statement", "shift"] as const) {
    const ids = [...new Set(links.filter((l) => l.kind === kind).map((l) => l.id))];
    if (!ids.length) continue;
    const table = tables[kind];
    const found = await tx.select({ id: table.id }).from(table).where(and(eq(table.tenantId, tenantId), inArray(table.id, ids)));
    if (found.length !== ids.length) return false;
  }
  return true;
}

/**
 * Creates an indicator, or updates the one with the same code. Updating needs `expectedRevision`,
 * the revision the editor started from: none or an older one is a conflict, never an overwrite
 * (so a new indicator given a code already in use shows what that one holds). Not found when a
 * link is not the tenant's.
 */
export async function saveIndicator(
  tx: Tx,
  input: { tenantId: string; expectedRevision?: number } & IndicatorFields,
): Promise<EditResult<{ id: string; revision: number } & Partial<Omit<IndicatorFields, "links">>>> {
  const { tenantId, links, expectedRevision, ...fields } = input;
  const [current] = await tx
    .select({
      id: s.indicator.id,
      revision: s.indicator.revision,
      code: s.indicator.code,
      title: s.indicator.title,
      description: s.indicator.description,
      unit: s.indicator.unit,
      direction: s.indicator.direction,
      baselineValue: s.indicator.baselineValue,
      baselinePeriod: s.indicator.baselinePeriod,
      targetValue: s.indicator.targetValue,
      targetPeriod: s.indicator.targetPeriod,
    })
    .from(s.indicator)
    .where(and(eq(s.indicator.tenantId, tenantId), eq(s.indicator.code, fields.code)))
    .for("update");
  if (current && expectedRevision !== current.revision) return { status: "conflict", current };
  if (!(await elementsExist(tx, tenantId, links))) return { status: "not_found" };
  const [row] = current
    ? await tx
        .update(s.indicator)
        .set({ ...fields, revision: current.revision + 1 })
        .where(and(eq(s.indicator.tenantId, tenantId), eq(s.indicator.id, current.id)))
        .returning({ id: s.indicator.id, revision: s.indicator.revision })
    : await tx
        .insert(s.indicator)
        .values({ tenantId, ...fields })
        .returning({ id: s.indicator.id, revision: s.indicator.revision });
  const indicatorId = row!.id;
  await tx.delete(s.indicatorLink).where(and(eq(s.indicatorLink.tenantId, tenantId), eq(s.indicatorLink.indicatorId, indicatorId)));
  const unique = [...new Map(links.map((l) => [`${l.kind}:${l.id}`, l])).values()];
  if (unique.length) await tx.insert(s.indicatorLink).values(unique.map((l) => ({ tenantId, indicatorId, elementKind: l.kind, elementId: l.id })));
  return { status: "ok", row: row! };
}

export async function deleteIndicator(tx: Tx, input: { tenantId: string; indicatorId: string }): Promise<EditResult<{ id: string }>> {
  const [row] = await tx
    .delete(s.indicator)
    .where(and(eq(s.indicator.tenantId, input.tenantId), eq(s.indicator.id, input.indicatorId)))
    .returning({ id: s.indicator.id });
  return row ? { status: "ok", row } : { status: "not_found" };
}

/** What the tenant knows for an import: indicator codes, member codes, and the values stored now. */
export async function importContext(tx: Tx, { tenantId }: { tenantId: string }) {
  const indicators = await tx.select({ id: s.indicator.id, code: s.indicator.code }).from(s.indicator).where(eq(s.indicator.tenantId, tenantId));
  const members = await tx
    .select({ id: s.memberOrganisation.id, code: s.memberOrganisation.officialCode })
    .from(s.memberOrganisation)
    .where(eq(s.memberOrganisation.tenantId, tenantId));
  const values = await tx
    .select({ code: s.indicator.code, memberCode: s.memberOrganisation.officialCode, period: s.indicatorValue.period, value: s.indicatorValue.value })
    .from(s.indicatorValue)
    .innerJoin(s.indicator, and(eq(s.indicator.id, s.indicatorValue.indicatorId), eq(s.indicator.tenantId, tenantId)))
    .innerJoin(s.memberOrganisation, and(eq(s.memberOrganisation.id, s.indicatorValue.memberId), eq(s.memberOrganisation.tenantId, tenantId)))
    .where(eq(s.indicatorValue.tenantId, tenantId));
  return {
    indicatorIds: new Map(indicators.map((i) => [i.code, i.id])),
    memberIds: new Map(members.map((m) => [m.code, m.id])),
    existing: new Map(values.map((v) => [`${v.code}|${v.memberCode}|${v.period}`, v.value])),
  };
}

/** Writes imported values (insert or replace) in one statement. */
export async function upsertIndicatorValues(tx: Tx, tenantId: string, rows: { indicatorId: string; memberId: string; period: string; value: number }[]) {
  if (!rows.length) return;
  await tx
    .insert(s.indicatorValue)
    .values(rows.map((r) => ({ tenantId, ...r })))
    .onConflictDoUpdate({
      target: [s.indicatorValue.tenantId, s.indicatorValue.indicatorId, s.indicatorValue.memberId, s.indicatorValue.period],
      set: { value: sql`excluded.value`, importedAt: new Date() },
    });
}

export type { ImportRow };
