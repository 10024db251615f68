import { z } from "zod";
import { ActivityStatusSchema, StrategyActivityInputSchema, StrategyInputSchema, RevisionSchema } from "@naravard/domain";
import { askAnchor, pageParams } from "./roadmap-form-data.ts";

/**
 * What the strategy pages and their actions share: form ids, where each change returns, and the
 * schemas of the API inputs that the domain package does not name. Their messages are the API's own.
 */
export const STRATEGY_FORBIDDEN = "Din roll i programmet får inte ändra strategierna.";

const Id = (what: string) => z.uuid({ error: `Ogiltig ${what}.` });

export const UpdateStrategySchema = StrategyInputSchema.and(
  z.object({ strategyId: Id("strategi"), expectedRevision: RevisionSchema }),
);
export const StrategyIdSchema = z.object({ strategyId: Id("strategi") });
export const ActivityStatusInputSchema = z.object({
  activityId: Id("aktivitet"),
  status: ActivityStatusSchema,
  heldOn: StrategyActivityInputSchema.shape.heldOn,
});
export const StrategyActivityIdSchema = z.object({ activityId: Id("aktivitet") });
export const MeetingIdSchema = z.object({ meetingId: Id("möte") });
export const LogDecisionSchema = MeetingIdSchema.extend({
  decision: z
    .string({ error: "Skriv beslutet." })
    .trim()
    .min(3, { error: "Skriv beslutet." })
    .max(1000, { error: "Ett beslut får vara högst 1000 tecken." }),
});

/** The meeting form's textarea: one decision per line, turned into `decisions[]` before parsing. */
export const DECISIONS_TEXT = "decisionsText";

export const strategyFormIds = {
  createStrategy: "ny-strategi",
  editStrategy: "strategi-form",
  addActivity: "ny-aktivitet",
  addMeeting: "nytt-mote",
  activityStatus: (id: string) => `status-form-${id}`,
  logDecision: (id: string) => `beslut-form-${id}`,
  remove: (id: string) => `ta-bort-form-${id}`,
};

export const strategyAnchors = {
  facts: "uppgifter",
  activities: "aktiviteter",
  meetings: "moten",
  activity: (id: string) => `aktivitet-${id}`,
  meeting: (id: string) => `mote-${id}`,
  /** After a save: the "Ändra" button that opened the form. */
  edited: (id: string) => askAnchor(pageParams.edit, id),
};
