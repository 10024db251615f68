import { TRPCError } from "@trpc/server";
import { type ActivityStatus, type AdoptionStatus, activityTransitionError, adoptionTransitionError } from "@naravard/domain";
import { type Tx, lockActivityStatus, lockDecisionStatus } from "@naravard/db";

/*
 * The domain's rules for a change of status, checked inside the write's transaction before the
 * write: a refused change answers BAD_REQUEST with the Swedish reason and nothing is stored. A
 * missing row or a stale `expectedRevision` is left to the update itself, which answers NOT_FOUND
 * or CONFLICT (the editor then sees what is saved now, whatever its status).
 */

const stale = (current: { revision: number }, expectedRevision: number | undefined) =>
  expectedRevision !== undefined && expectedRevision !== current.revision;

export async function refuseActivityTransition(
  tx: Tx,
  tenantId: string,
  input: { activityId: string; status: ActivityStatus; expectedRevision?: number },
) {
  const current = await lockActivityStatus(tx, { tenantId, activityId: input.activityId });
  if (!current || stale(current, input.expectedRevision)) return;
  const message = activityTransitionError(current.status, input.status);
  if (message) throw new TRPCError({ code: "BAD_REQUEST", message });
}

export async function refuseAdoptionTransition(
  tx: Tx,
  tenantId: string,
  input: { decisionId: string; status: AdoptionStatus; expectedRevision?: number },
) {
  const current = await lockDecisionStatus(tx, { tenantId, decisionId: input.decisionId });
  if (!current || stale(current, input.expectedRevision)) return;
  const message = adoptionTransitionError(current.status, input.status);
  if (message) throw new TRPCError({ code: "BAD_REQUEST", message });
}
