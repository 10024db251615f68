import { z } from "zod";
import { ActivityInputSchema, AreaInputSchema, RevisionSchema as Revision } from "@naravard/domain";
import { askAnchor, pageParams } from "./roadmap-form-data.ts";

/**
 * What the färdplan page and its action share: the forms' ids, where each change returns, and the
 * schemas of the API's inputs that the domain package does not name (an edit adds the row's id
 * and the revision the user saw to the domain's own schema).
 */
export const UpdateAreaSchema = AreaInputSchema.extend({
  areaId: z.uuid({ error: "Ogiltigt område." }),
  expectedRevision: Revision,
});
export const UpdateActivitySchema = ActivityInputSchema.and(
  z.object({ activityId: z.uuid({ error: "Ogiltig aktivitet." }), expectedRevision: Revision }),
);
export const AreaIdSchema = z.object({ areaId: z.uuid() });
export const ActivityIdSchema = z.object({ activityId: z.uuid() });
export const MilestoneIdSchema = z.object({ milestoneId: z.uuid() });
export const MilestoneDoneSchema = MilestoneIdSchema.extend({ done: z.enum(["true", "false"]).transform((v) => v === "true") });

export const roadmapFormIds = {
  createArea: "nytt-omrade",
  createActivity: "ny-aktivitet",
  createMilestone: "ny-milstolpe",
  editArea: (id: string) => `omrade-form-${id}`,
  editActivity: (id: string) => `aktivitet-form-${id}`,
  remove: (id: string) => `ta-bort-form-${id}`,
  move: (id: string) => `flytta-form-${id}`,
  milestone: (id: string) => `milstolpe-form-${id}`,
};

export const roadmapAnchors = {
  areas: "omraden",
  milestones: "milstolpar",
  area: (id: string) => `omrade-${id}`,
  activity: (id: string) => `aktivitet-${id}`,
  milestone: (id: string) => `milstolpe-${id}`,
  /** The button that marks a milestone reached or not: it keeps its id when its label changes. */
  milestoneToggle: (id: string) => `klar-${id}`,
  /** After a save: the row's "Ändra" button, where the user was. */
  edited: (id: string) => askAnchor(pageParams.edit, id),
};
