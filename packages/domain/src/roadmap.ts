import { z } from "zod";
import { isoDate } from "./dates.ts";

export const ActivityStatusSchema = z.enum(["planned", "ongoing", "done", "paused"], {
  error: "Välj en status: planerad, pågår, klar eller pausad.",
});
export type ActivityStatus = z.infer<typeof ActivityStatusSchema>;

export const MalbildElementKindSchema = z.enum(["perspective", "statement", "shift"]);
export type MalbildElementKind = z.infer<typeof MalbildElementKindSchema>;

/** A period as months: "2023-01" … "2024-06". */
const MonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: "Ange månaden som ÅÅÅÅ-MM, till exempel 2023-09." });

const text = (min: number, max: number, label: string) =>
  z
    .string({ error: `Skriv ${label}.` })
    .trim()
    .min(min, { error: min <= 1 ? `Skriv ${label}.` : `${label[0]!.toUpperCase()}${label.slice(1)} måste ha minst ${min} tecken.` })
    .max(max, { error: `${label[0]!.toUpperCase()}${label.slice(1)} får vara högst ${max} tecken.` });

export const AreaInputSchema = z.object({
  title: text(2, 160, "en rubrik"),
  description: z.string().trim().max(2000, { error: "Beskrivningen får vara högst 2000 tecken." }).default(""),
});

export const ActivityInputSchema = z
  .object({
    areaId: z.uuid({ error: "Välj ett område." }),
    title: text(2, 200, "en rubrik"),
    description: z.string().trim().max(4000, { error: "Beskrivningen får vara högst 4000 tecken." }).default(""),
    status: ActivityStatusSchema,
    progress: z.coerce.number({ error: "Ange hur långt aktiviteten har kommit i procent." }).int().min(0, { error: "Minst 0 %." }).max(100, { error: "Högst 100 %." }).default(0),
    startMonth: z.union([z.literal(""), MonthSchema]).transform((v) => v || null).nullish(),
    endMonth: z.union([z.literal(""), MonthSchema]).transform((v) => v || null).nullish(),
    ownerMemberIds: z.array(z.uuid({ error: "Ogiltig part." })).max(60).default([]),
    links: z.array(z.object({ kind: MalbildElementKindSchema, id: z.uuid({ error: "Ogiltigt målbildselement." }) })).max(40).default([]),
  })
  .refine((v) => !v.startMonth || !v.endMonth || v.startMonth <= v.endMonth, { path: ["endMonth"], error: "Perioden kan inte sluta innan den börjar." });
export type ActivityInput = z.infer<typeof ActivityInputSchema>;

export const MilestoneInputSchema = z.object({
  title: text(2, 200, "en rubrik"),
  dueOn: isoDate("Ange datumet som ÅÅÅÅ-MM-DD."),
  done: z.coerce.boolean().default(false),
  areaId: z.uuid().nullish(),
});

export const RoadmapFilterSchema = z
  .object({
    status: ActivityStatusSchema.nullish(),
    memberId: z.uuid({ error: "Ogiltig part." }).nullish(),
    /** Only this area. */
    areaId: z.uuid({ error: "Ogiltigt område." }).nullish(),
    /** At most this many activities per area (a page of them); absent: all. */
    perArea: z.coerce.number().int().min(1).max(500).nullish(),
    /** Which page of `perArea` activities, from 1. */
    page: z.coerce.number().int().min(1, { error: "Sidan finns inte." }).max(100_000, { error: "Sidan finns inte." }).nullish(),
  })
  .default({});
export type RoadmapFilter = z.infer<typeof RoadmapFilterSchema>;

export const MoveInputSchema = z.object({ id: z.uuid({ error: "Ogiltig identitet." }), direction: z.enum(["up", "down"]) });
