import type { ActivityStatus } from "./roadmap.ts";

/**
 * An activity's progress as it counts in roll-ups: a finished activity is 100 %, a planned one
 * 0 %, an ongoing one what its owners report. Paused activities do not count at all.
 */
export function effectiveProgress(a: { status: ActivityStatus; progress: number }): number | null {
  switch (a.status) {
    case "done":
      return 100;
    case "planned":
      return 0;
    case "paused":
      return null;
    case "ongoing":
      return Math.min(100, Math.max(0, a.progress));
  }
}

export interface RollUp {
  /** 0–100, rounded; null when nothing counts (no activities, or all paused). */
  progress: number | null;
  /** How many activities the figure rests on. */
  counted: number;
}

/**
 * The one roll-up rule, used for areas and for the whole roadmap: the mean of the effective
 * progress of the activities below, each activity weighing the same. An entry may stand for
 * `count` activities alike (figures the database counted by status and progress).
 */
export function rollUp(activities: readonly { status: ActivityStatus; progress: number; count?: number }[]): RollUp {
  let sum = 0;
  let counted = 0;
  for (const activity of activities) {
    const value = effectiveProgress(activity);
    if (value === null) continue;
    const count = activity.count ?? 1;
    sum += value * count;
    counted += count;
  }
  if (!counted) return { progress: null, counted: 0 };
  return { progress: Math.round(sum / counted), counted };
}
