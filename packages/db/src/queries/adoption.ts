import { and, asc, desc, eq } from "drizzle-orm";
import type { AdoptionDecision, AdoptionStatus } from "@naravard/domain";
import * as s from "../schema/index.ts";
import type { Tx } from "../scope.ts";
import type { EditResult } from "./malbild-edit.ts";

const columns = {
  id: s.adoptionDecision.id,
  memberId: s.adoptionDecision.memberId,
  malbildId: s.adoptionDecision.malbildId,
  status: s.adoptionDecision.status,
  decidingBody: s.adoptionDecision.decidingBody,
  decidedOn: s.adoptionDecision.decidedOn,
  reference: s.adoptionDecision.reference,
  link: s.adoptionDecision.link,
  note: s.adoptionDecision.note,
  revision: s.adoptionDecision.revision,
  createdAt: s.adoptionDecision.createdAt,
};

export type DecisionRow = AdoptionDecision & { malbildId: string | null; revision: number; versionNumber: number | null };

/** Every decision of the tenant, oldest first (undated ones by when they were registered). */
export function listDecisions(tx: Tx, { tenantId }: { tenantId: string }): Promise<DecisionRow[]> {
  return tx
    .select({ ...columns, versionNumber: s.malbild.versionNumber })
    .from(s.adoptionDecision)
    .leftJoin(s.malbild, and(eq(s.malbild.id, s.adoptionDecision.malbildId), eq(s.malbild.tenantId, tenantId)))
    .where(eq(s.adoptionDecision.tenantId, tenantId))
    .orderBy(asc(s.adoptionDecision.decidedOn), asc(s.adoptionDecision.createdAt));
}

export async function getDecision(tx: Tx, { tenantId, decisionId }: { tenantId: string; decisionId: string }) {
  const [row] = await tx
    .select(columns)
    .from(s.adoptionDecision)
    .where(and(eq(s.adoptionDecision.tenantId, tenantId), eq(s.adoptionDecision.id, decisionId)));
  return row ?? null;
}

interface DecisionFields {
  memberId: string;
  status: AdoptionStatus;
  decidingBody?: string | null;
  decidedOn?: string | null;
  reference?: string | null;
  link?: string | null;
  note?: string | null;
}

async function memberExists(tx: Tx, tenantId: string, memberId: string) {
  const [m] = await tx
    .select({ id: s.memberOrganisation.id })
    .from(s.memberOrganisation)
    .where(and(eq(s.memberOrganisation.tenantId, tenantId), eq(s.memberOrganisation.id, memberId)));
  return !!m;
}

/** The version a new decision is about: the adopted one, else the newest. */
async function currentVersionId(tx: Tx, tenantId: string) {
  const [row] = await tx
    .select({ id: s.malbild.id })
    .from(s.malbild)
    .where(eq(s.malbild.tenantId, tenantId))
    .orderBy(desc(eq(s.malbild.status, "adopted")), desc(s.malbild.versionNumber))
    .limit(1);
  return row?.id ?? null;
}

export async function createDecision(tx: Tx, input: { tenantId: string } & DecisionFields): Promise<EditResult<{ id: string }>> {
  if (!(await memberExists(tx, input.tenantId, input.memberId))) return { status: "not_found" };
  const [row] = await tx
    .insert(s.adoptionDecision)
    .values({ ...input, malbildId: await currentVersionId(tx, input.tenantId) })
    .returning({ id: s.adoptionDecision.id });
  return { status: "ok", row: row! };
}

export async function updateDecision(
  tx: Tx,
  input: { tenantId: string; decisionId: string; expectedRevision: number } & DecisionFields,
): Promise<EditResult<{ id: string; revision: number } & Partial<DecisionFields>>> {
  const { tenantId, decisionId, expectedRevision, ...fields } = input;
  const [current] = await tx
    .select({
      id: s.adoptionDecision.id,
      revision: s.adoptionDecision.revision,
      memberId: s.adoptionDecision.memberId,
      status: s.adoptionDecision.status,
      decidingBody: s.adoptionDecision.decidingBody,
      decidedOn: s.adoptionDecision.decidedOn,
      reference: s.adoptionDecision.reference,
      link: s.adoptionDecision.link,
      note: s.adoptionDecision.note,
    })
    .from(s.adoptionDecision)
    .where(and(eq(s.adoptionDecision.tenantId, tenantId), eq(s.adoptionDecision.id, decisionId)))
    .for("update");
  if (!current) return { status: "not_found" };
  if (expectedRevision !== current.revision) return { status: "conflict", current };
  if (!(await memberExists(tx, tenantId, fields.memberId))) return { status: "not_found" };
  const [row] = await tx
    .update(s.adoptionDecision)
    .set({ ...fields, revision: current.revision + 1, updatedAt: new Date() })
    .where(and(eq(s.adoptionDecision.tenantId, tenantId), eq(s.adoptionDecision.id, decisionId)))
    .returning({ id: s.adoptionDecision.id, revision: s.adoptionDecision.revision });
  return { status: "ok", row: row! };
}

export async function deleteDecision(
  tx: Tx,
  { tenantId, decisionId }: { tenantId: string; decisionId: string },
): Promise<EditResult<{ id: string }>> {
  const [row] = await tx
    .delete(s.adoptionDecision)
    .where(and(eq(s.adoptionDecision.tenantId, tenantId), eq(s.adoptionDecision.id, decisionId)))
    .returning({ id: s.adoptionDecision.id });
  return row ? { status: "ok", row } : { status: "not_found" };
}

/** A decision's status and revision, locked until the transaction ends (to check a change of status before it is written). */
export async function lockDecisionStatus(tx: Tx, { tenantId, decisionId }: { tenantId: string; decisionId: string }) {
  const [row] = await tx
    .select({ status: s.adoptionDecision.status, revision: s.adoptionDecision.revision })
    .from(s.adoptionDecision)
    .where(and(eq(s.adoptionDecision.tenantId, tenantId), eq(s.adoptionDecision.id, decisionId)))
    .for("update");
  return row ?? null;
}
