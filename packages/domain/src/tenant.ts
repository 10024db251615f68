import { z } from "zod";
import { counties } from "./geography.ts";
import { EMAIL_MAX } from "./limits.ts";

export const TenantSlugSchema = z
  .string({ error: "Ange en programkod." })
  .trim()
  .toLowerCase()
  .regex(/^[a-z][a-z0-9-]{1,39}$/, { error: "Programkoden får bara innehålla små bokstäver a–z, siffror och bindestreck." });
export type TenantSlug = z.infer<typeof TenantSlugSchema>;

export const TenantKindSchema = z.enum(["region", "municipal_federation"]);
export type TenantKind = z.infer<typeof TenantKindSchema>;

export const MemberKindSchema = z.enum(["region", "municipality", "federation"]);
export type MemberKind = z.infer<typeof MemberKindSchema>;

/** Two-digit county code (länskod) as SCB writes it, e.g. "17" for Värmland. */
export const CountyCodeSchema = z.string().regex(/^\d{2}$/, { error: "Länskoden ska vara två siffror." });

/** Four-digit municipality code (kommunkod) as SCB writes it, e.g. "1780" for Karlstad. */
export const MunicipalityCodeSchema = z.string().regex(/^\d{4}$/, { error: "Kommunkoden ska vara fyra siffror." });



export interface TenantSummary {
  id: string;
  slug: string;
  name: string;
  kind: TenantKind;
  countyCode: string;
  description: string;
}

export interface Member {
  id: string;
  kind: MemberKind;
  officialCode: string;
  name: string;
}

export const CreateTenantInputSchema = z
  .object({
    slug: TenantSlugSchema,
    name: z.string({ error: "Ange organisationens namn." }).trim().min(2, { error: "Ange organisationens namn." }).max(120),
    programmeName: z.string({ error: "Ange programmets namn." }).trim().min(2, { error: "Ange programmets namn." }).max(160),
    kind: TenantKindSchema,
    countyCode: CountyCodeSchema.refine((c) => c in counties, { error: "Länet finns inte." }),
    description: z.string().trim().max(4000, { error: "Beskrivningen får vara högst 4000 tecken." }).default(""),
    memberCodes: z.array(MunicipalityCodeSchema).max(60).default([]),
    coordinatorEmail: z
      .email({ error: "Ange en giltig e-postadress till den första samordnaren." })
      .max(EMAIL_MAX, { error: "E-postadressen är för lång." })
      .trim()
      .toLowerCase(),
  })
  .refine((v) => v.memberCodes.every((code) => code.startsWith(v.countyCode)), {
    path: ["memberCodes"],
    error: "Alla valda kommuner måste ligga i det valda länet.",
  });
export type CreateTenantInput = z.infer<typeof CreateTenantInputSchema>;
