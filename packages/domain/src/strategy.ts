import { z } from "zod";
import { isoDate } from "./dates.ts";
import { ActivityStatusSchema } from "./roadmap.ts";

export const StrategyModeSchema = z.enum(["implement", "develop"], { error: "Välj om strategin ska implementeras eller tas fram." });
export type StrategyMode = z.infer<typeof StrategyModeSchema>;

export const StrategyActivityKindSchema = z.enum(["information", "dialogue_meeting", "workshop", "other"], { error: "Välj typ av aktivitet." });
export type StrategyActivityKind = z.infer<typeof StrategyActivityKindSchema>;

export const AudienceSchema = z.enum(["staff", "managers", "leaders", "politicians", "citizens"]);
export type Audience = z.infer<typeof AudienceSchema>;

const Year = z.coerce.number({ error: "Ange ett årtal." }).int().min(2000, { error: "Ange ett årtal från 2000." }).max(2100, { error: "Ange ett rimligt årtal." });
const optional = (max: number) => z.string().trim().max(max, { error: `Högst ${max} tecken.` }).default("");

export const StrategyInputSchema = z
  .object({
    title: z.string({ error: "Skriv en rubrik." }).trim().min(3, { error: "Rubriken måste ha minst 3 tecken." }).max(200, { error: "Högst 200 tecken." }),
    mode: StrategyModeSchema,
    focusArea: optional(300),
    description: optional(4000),
    fundingSource: optional(300),
    fundingArea: optional(300),
    periodStart: Year.nullish(),
    periodEnd: Year.nullish(),
    commissionedBy: optional(300),
    steeringGroup: optional(300),
  })
  .refine((v) => !v.periodStart || !v.periodEnd || v.periodStart <= v.periodEnd, { path: ["periodEnd"], error: "Perioden kan inte sluta innan den börjar." });

export const StrategyActivityInputSchema = z.object({
  strategyId: z.uuid({ error: "Ogiltig strategi." }),
  kind: StrategyActivityKindSchema,
  title: z.string({ error: "Skriv en rubrik." }).trim().min(3, { error: "Rubriken måste ha minst 3 tecken." }).max(200),
  audiences: z.array(AudienceSchema).max(5).default([]),
  status: ActivityStatusSchema,
  heldOn: z.union([z.literal(""), isoDate("Ange datumet som ÅÅÅÅ-MM-DD.")]).transform((v) => v || null).nullish(),
});

export const StrategyMeetingInputSchema = z.object({
  strategyId: z.uuid({ error: "Ogiltig strategi." }),
  body: z.string({ error: "Ange vem mötet är med." }).trim().min(2, { error: "Ange vem mötet är med." }).max(200),
  title: z.string().trim().max(200).default(""),
  heldOn: z.union([z.literal(""), isoDate("Ange datumet som ÅÅÅÅ-MM-DD.")]).transform((v) => v || null).nullish(),
  decisions: z.array(z.string().trim().min(1).max(1000, { error: "Ett beslut får vara högst 1000 tecken." })).max(50).default([]),
});
