/**
 * Which status changes the platform accepts when an existing roadmap activity or adoption decision
 * is edited. Creating one is not a change: any status may be registered from the start (the seeds
 * register activities already done and decisions already adopted). Saving with the same status is
 * never refused: it changes nothing, so it is allowed whatever the rules say.
 *
 * Free of zod so a page's browser bundle can offer the allowed statuses without carrying it.
 */
import type { AdoptionStatus } from "./adoption.ts";
import { activityStatusLabel, adoptionStatusLabel } from "./labels.ts";
import type { ActivityStatus } from "./roadmap.ts";

/**
 * A roadmap activity:
 * - planned → ongoing (work starts) or paused (put on hold before it began). Not straight to done:
 *   the roll-up counts a planned activity as 0 % and a done one as 100 %, and the progress history
 *   should show the work that got it there, so it is marked ongoing first.
 * - ongoing → done or paused.
 * - paused → ongoing (resumed) or planned (back to the plan, not yet restarted). Not straight to
 *   done: a paused activity is resumed before it is finished.
 * - done → ongoing: reopened when more work turns out to be needed. A finished activity is not
 *   paused or planned again.
 */
const activityTransitions: Record<ActivityStatus, readonly ActivityStatus[]> = {
  planned: ["ongoing", "paused"],
  ongoing: ["done", "paused"],
  paused: ["ongoing", "planned"],
  done: ["ongoing"],
};

/**
 * An adoption decision:
 * - not started → in preparation, adopted or declined (a body may decide without a registered
 *   preparation).
 * - in preparation → adopted, declined, or back to not started when the preparation is halted.
 * - adopted ⇄ declined: once a body has decided, the decision stays a decision. A later decision
 *   may revoke it (or the registration is corrected), but it never goes back to "not started" or
 *   "in preparation"; a renewed preparation is registered as a new decision.
 */
const adoptionTransitions: Record<AdoptionStatus, readonly AdoptionStatus[]> = {
  not_started: ["in_preparation", "adopted", "declined"],
  in_preparation: ["adopted", "declined", "not_started"],
  adopted: ["declined"],
  declined: ["adopted"],
};

export const canChangeActivityStatus = (from: ActivityStatus, to: ActivityStatus): boolean =>
  from === to || activityTransitions[from].includes(to);

/** The statuses an activity with status `from` may be given next, not counting keeping `from`. */
export const nextActivityStatuses = (from: ActivityStatus): readonly ActivityStatus[] => activityTransitions[from];

export const canChangeAdoptionStatus = (from: AdoptionStatus, to: AdoptionStatus): boolean =>
  from === to || adoptionTransitions[from].includes(to);

/** The statuses a decision with status `from` may be given next, not counting keeping `from`. */
export const nextAdoptionStatuses = (from: AdoptionStatus): readonly AdoptionStatus[] => adoptionTransitions[from];

/** ”A”, ”B” eller ”C” */
const list = (labels: readonly string[]) => {
  const quoted = labels.map((l) => `”${l}”`);
  return quoted.length < 2 ? quoted.join("") : `${quoted.slice(0, -1).join(", ")} eller ${quoted.at(-1)}`;
};

/** Why a change of an activity's status is refused, in Swedish; null when it is allowed. */
export function activityTransitionError(from: ActivityStatus, to: ActivityStatus): string | null {
  if (canChangeActivityStatus(from, to)) return null;
  const next = nextActivityStatuses(from).map((s) => activityStatusLabel[s]);
  return `En aktivitet med status ”${activityStatusLabel[from]}” kan inte bli ”${activityStatusLabel[to]}”. Välj ${list(next)}.`;
}

/** Why a change of a decision's status is refused, in Swedish; null when it is allowed. */
export function adoptionTransitionError(from: AdoptionStatus, to: AdoptionStatus): string | null {
  if (canChangeAdoptionStatus(from, to)) return null;
  const next = nextAdoptionStatuses(from).map((s) => adoptionStatusLabel[s]);
  return `Ett beslut med status ”${adoptionStatusLabel[from]}” kan inte ändras till ”${adoptionStatusLabel[to]}”. Välj ${list(next)}.`;
}
