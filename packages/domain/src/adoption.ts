import { z } from "zod";
import { isoDate } from "./dates.ts";
import { URL_MAX } from "./limits.ts";
import { RevisionSchema } from "./malbild.ts";

export const AdoptionStatusSchema = z.enum(["not_started", "in_preparation", "adopted", "declined"], {
  error: "Välj en status: ej påbörjat, under beredning, antagen eller avslagen.",
});
export type AdoptionStatus = z.infer<typeof AdoptionStatusSchema>;

/** A member with no decision registered has status "none": the platform does not know, so it does not claim. */
export type EffectiveAdoptionStatus = AdoptionStatus | "none";


const today = () => new Date().toISOString().slice(0, 10);

const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, { error: `${label} får vara högst ${max} tecken.` })
    .transform((v) => (v === "" ? null : v))
    .nullish();

export const AdoptionDecisionInputSchema = z
  .object({
    memberId: z.uuid({ error: "Välj en part." }),
    status: AdoptionStatusSchema,
    decidingBody: optionalText(160, "Beslutande organ"),
    decidedOn: z
      .union([z.literal(""), isoDate("Ange datumet som ÅÅÅÅ-MM-DD, till exempel 2022-06-16.")])
      .transform((v) => (v === "" ? null : v))
      .nullish(),
    reference: optionalText(80, "Diarienumret"),
    link: z
      .union([z.literal(""), z.url({ protocol: /^https?$/, error: "Länken måste börja med https:// eller http://." }).max(URL_MAX, { error: `Länken får vara högst ${URL_MAX} tecken.` })])
      .transform((v) => (v === "" ? null : v))
      .nullish(),
    note: optionalText(2000, "Anteckningen"),
  })
  .superRefine((v, ctx) => {
    if (v.decidedOn && v.decidedOn > today())
      ctx.addIssue({ code: "custom", path: ["decidedOn"], message: "Ett beslut kan inte ha fattats i framtiden." });
  });
export type AdoptionDecisionInput = z.infer<typeof AdoptionDecisionInputSchema>;

export interface AdoptionDecision {
  id: string;
  memberId: string;
  status: AdoptionStatus;
  decidingBody: string | null;
  decidedOn: string | null;
  reference: string | null;
  link: string | null;
  note: string | null;
  createdAt: Date;
}

/**
 * A member's status on a given day: its latest decision dated on or before that day. Decisions
 * without a recorded date count only when no day is asked for (today's picture); when replaying
 * the timeline they cannot be placed, so they are reported separately.
 */
export function statusOn(
  decisions: readonly Pick<AdoptionDecision, "status" | "decidedOn" | "createdAt">[],
  day: string | null,
): { status: EffectiveAdoptionStatus; undated: boolean; decidedOn: string | null } {
  const dated = decisions.filter((d) => d.decidedOn !== null && (day === null || d.decidedOn <= day));
  const latestDated = [...dated].sort((a, b) => (a.decidedOn! < b.decidedOn! ? 1 : a.decidedOn! > b.decidedOn! ? -1 : b.createdAt.getTime() - a.createdAt.getTime()))[0];
  const undated = decisions.filter((d) => d.decidedOn === null).sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0];
  if (day === null && undated && (!latestDated || undated.createdAt > latestDated.createdAt))
    return { status: undated.status, undated: true, decidedOn: null };
  if (latestDated) return { status: latestDated.status, undated: false, decidedOn: latestDated.decidedOn };
  if (undated) return { status: "none", undated: true, decidedOn: null };
  return { status: "none", undated: false, decidedOn: null };
}

export interface AdoptionProgress {
  adopted: number;
  total: number;
  /** "17 av 17 har antagit målbilden" */
  sentence: string;
}

export function adoptionProgress(statuses: readonly EffectiveAdoptionStatus[]): AdoptionProgress {
  const adopted = statuses.filter((s) => s === "adopted").length;
  return { adopted, total: statuses.length, sentence: `${adopted} av ${statuses.length} har antagit målbilden` };
}

/** The distinct decision days, oldest first: the steps of the timeline that replays the map. */
export function timelineDays(decisions: readonly Pick<AdoptionDecision, "decidedOn">[]): string[] {
  return [...new Set(decisions.map((d) => d.decidedOn).filter((d): d is string => d !== null))].sort();
}

export const AdoptionOverviewInputSchema = z
  .object({
    /** Show the map as it stood on this day (YYYY-MM-DD); omitted: today. */
    date: isoDate("Ange datumet som ÅÅÅÅ-MM-DD.").nullish(),
  })
  .default({});

export const UpdateAdoptionDecisionInputSchema = AdoptionDecisionInputSchema.and(
  z.object({ decisionId: z.uuid({ error: "Ogiltigt beslut." }), expectedRevision: RevisionSchema }),
);
export const DeleteAdoptionDecisionInputSchema = z.object({ decisionId: z.uuid({ error: "Ogiltigt beslut." }) });
