import { type SQL, and, asc, desc, eq, isNull, ne, sql } from "drizzle-orm";
import type { MalbildVersionSummary, MalbildView } from "@naravard/domain";
import * as s from "../schema/index.ts";
import type { Tx } from "../scope.ts";

const content = {
  perspectives: {
    orderBy: [asc(s.perspective.position)],
    with: { statements: { orderBy: [asc(s.statement.position)] } },
  },
  statements: { where: isNull(s.statement.perspectiveId), orderBy: [asc(s.statement.position)] },
  shifts: { orderBy: [asc(s.shift.position)] },
  principles: { orderBy: [asc(s.principle.position)] },
  journey: { orderBy: [asc(s.journeyStage.position)] },
  faq: { orderBy: [asc(s.faqEntry.position)] },
};

/** One SQL statement: drizzle's relational query builds the nested content as JSON. */
async function loadMalbild(tx: Tx, where: SQL | undefined, orderBy: SQL[] = []): Promise<MalbildView | null> {
  const row = await tx.query.malbild.findFirst({ where, orderBy, with: content });
  if (!row) return null;
  const strip = <T extends { tenantId: string; malbildId: string }>({ tenantId: _t, malbildId: _m, ...rest }: T) => rest;
  const statement = ({ updatedAt: _u, ...st }: (typeof row.statements)[number]) => strip(st);
  return {
    id: row.id,
    versionNumber: row.versionNumber,
    revision: row.revision,
    title: row.title,
    vision: row.vision,
    goal: row.goal,
    introduction: row.introduction,
    sourceNote: row.sourceNote,
    status: row.status,
    adoptedOn: row.adoptedOn,
    updatedAt: row.updatedAt,
    perspectives: row.perspectives.map((p) => ({ ...strip(p), statements: p.statements.map(statement) })),
    statements: row.statements.map(statement),
    shifts: row.shifts.map(strip),
    principles: row.principles.map(strip),
    journey: row.journey.map(strip),
    faq: row.faq.map(strip),
  };
}

/** The målbild the portal shows: the adopted version, or else the newest draft or consultation version. */
export function getCurrentMalbild(tx: Tx, { tenantId }: { tenantId: string }): Promise<MalbildView | null> {
  return loadMalbild(tx, and(eq(s.malbild.tenantId, tenantId), ne(s.malbild.status, "superseded")), [
    desc(sql`${s.malbild.status} = 'adopted'`),
    desc(s.malbild.versionNumber),
  ]);
}

export function getMalbildVersion(tx: Tx, { tenantId, versionNumber }: { tenantId: string; versionNumber: number }) {
  return loadMalbild(tx, and(eq(s.malbild.tenantId, tenantId), eq(s.malbild.versionNumber, versionNumber)));
}

export function getMalbildById(tx: Tx, { tenantId, malbildId }: { tenantId: string; malbildId: string }) {
  return loadMalbild(tx, and(eq(s.malbild.tenantId, tenantId), eq(s.malbild.id, malbildId)));
}

/** Every version of the programme's målbild, newest first. */
export function listMalbildVersions(tx: Tx, { tenantId }: { tenantId: string }): Promise<MalbildVersionSummary[]> {
  return tx
    .select({
      id: s.malbild.id,
      versionNumber: s.malbild.versionNumber,
      title: s.malbild.title,
      status: s.malbild.status,
      adoptedOn: s.malbild.adoptedOn,
      updatedAt: s.malbild.updatedAt,
    })
    .from(s.malbild)
    .where(eq(s.malbild.tenantId, tenantId))
    .orderBy(desc(s.malbild.versionNumber));
}
