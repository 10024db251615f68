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
 * progress of the activities below, each activity weighing the same.
 */
export function rollUp(activities: readonly { status: ActivityStatus; progress: number }[]): RollUp {
  const values = activities.map(effectiveProgress).filter((v): v is number => v !== null);
  if (!values.length) return { progress: null, counted: 0 };
  return { progress: Math.round(values.reduce((a, b) => a + b, 0) / values.length), counted: values.length };
}
