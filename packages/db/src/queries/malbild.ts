import { type SQL, and, asc, desc, eq, inArray, isNull, lt, ne, sql } from "drizzle-orm";
import { type MalbildVersionSummary, type MalbildView, type PublicMalbildStatus, publicMalbildStatuses } from "@naravard/domain";
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

/*
 * What the public may read of the målbild is decided here, in each statement's where clause: only
 * versions with a public status (the domain's `publicMalbildStatuses`: never a draft). Every public
 * read — the portal's procedures and the open-data API — goes through the functions below marked
 * public; the others include drafts and serve the programme's members only.
 */
const isPublic = inArray(s.malbild.status, [...publicMalbildStatuses]);

/** The public versions that can be the current one: the adopted version, else one out for consultation. */
const currentPublic = (tenantId: string) => ({
  where: and(
    eq(s.malbild.tenantId, tenantId),
    inArray(s.malbild.status, ["adopted", "consultation"] satisfies PublicMalbildStatus[]),
  ),
  orderBy: [desc(sql`${s.malbild.status} = 'adopted'`), desc(s.malbild.versionNumber)],
});

/**
 * Public: the målbild the portal shows — the adopted version, else the newest out for
 * consultation. Null while the programme has only a draft: nothing is published yet.
 */
export function getPublicMalbild(tx: Tx, { tenantId }: { tenantId: string }): Promise<MalbildView | null> {
  const { where, orderBy } = currentPublic(tenantId);
  return loadMalbild(tx, where, orderBy);
}

/** Public: the id of the målbild the portal shows, as a subquery for reads of its content (the open-data FAQ). */
export function publicMalbildIdQuery(tx: Tx, { tenantId }: { tenantId: string }) {
  const { where, orderBy } = currentPublic(tenantId);
  return tx
    .select({ id: s.malbild.id })
    .from(s.malbild)
    .where(where)
    .orderBy(...orderBy)
    .limit(1);
}

/**
 * Members only (it may be a draft): the målbild the programme works on — the adopted version, else
 * the newest draft or consultation version. A public read uses getPublicMalbild.
 */
export function getCurrentMalbild(tx: Tx, { tenantId }: { tenantId: string }): Promise<MalbildView | null> {
  return loadMalbild(tx, and(eq(s.malbild.tenantId, tenantId), ne(s.malbild.status, "superseded")), [
    desc(sql`${s.malbild.status} = 'adopted'`),
    desc(s.malbild.versionNumber),
  ]);
}

/** Public: one version of the history; null for a draft, as for a number that does not exist. */
export function getPublicMalbildVersion(tx: Tx, { tenantId, versionNumber }: { tenantId: string; versionNumber: number }) {
  return loadMalbild(tx, and(eq(s.malbild.tenantId, tenantId), eq(s.malbild.versionNumber, versionNumber), isPublic));
}

/** Public: the newest public version before `versionNumber`, what that version's changes are shown against. */
export function getPreviousPublicMalbildVersion(
  tx: Tx,
  { tenantId, versionNumber }: { tenantId: string; versionNumber: number },
) {
  return loadMalbild(tx, and(eq(s.malbild.tenantId, tenantId), lt(s.malbild.versionNumber, versionNumber), isPublic), [
    desc(s.malbild.versionNumber),
  ]);
}

export function getMalbildById(tx: Tx, { tenantId, malbildId }: { tenantId: string; malbildId: string }) {
  return loadMalbild(tx, and(eq(s.malbild.tenantId, tenantId), eq(s.malbild.id, malbildId)));
}

/** Members only: every version of the programme's målbild, drafts included, newest first. */
export function listMalbildVersions(tx: Tx, { tenantId }: { tenantId: string }): Promise<MalbildVersionSummary[]> {
  return selectVersions(tx, eq(s.malbild.tenantId, tenantId));
}

/** Public: the history, every version but drafts, newest first. */
export function listPublicMalbildVersions(tx: Tx, { tenantId }: { tenantId: string }): Promise<MalbildVersionSummary[]> {
  return selectVersions(tx, and(eq(s.malbild.tenantId, tenantId), isPublic));
}

function selectVersions(tx: Tx, where: SQL | undefined): Promise<MalbildVersionSummary[]> {
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
    .where(where)
    .orderBy(desc(s.malbild.versionNumber));
}
