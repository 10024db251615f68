import { z } from "zod";

/** The words a programme may choose for its own concepts, with the platform's defaults. */
export const defaultTerms = {
  malbild: "målbild",
  roadmap: "färdplan",
  adoption: "beslut",
  strategies: "strategier",
  followUp: "uppföljning",
} as const;
export type TermKey = keyof typeof defaultTerms;
export type Terms = Record<TermKey, string>;

/** Relative luminance of an sRGB colour (WCAG 2.1 definition). */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG contrast ratio between two #rrggbb colours, 1–21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const Hex = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^#[0-9a-f]{6}$/, { error: "Ange färgen som #rrggbb, till exempel #00594f." });

const term = z.string().trim().min(2, { error: "Ett begrepp måste ha minst 2 tecken." }).max(40, { error: "Högst 40 tecken." });

export const TenantSettingsInputSchema = z.object({
  /** The accent colour is used for links and buttons on white: it must reach 4.5:1 (WCAG AA). */
  accentColor: Hex.refine((c) => contrastRatio(c, "#ffffff") >= 4.5, {
    error: "Färgen är för ljus mot vit bakgrund (kontrasten måste vara minst 4,5:1 enligt WCAG AA). Välj en mörkare nyans.",
  }),
  logoText: z.string().trim().min(2, { error: "Skriv en logotyptext." }).max(60, { error: "Högst 60 tecken." }),
  terms: z.object({
    malbild: term.default(defaultTerms.malbild),
    roadmap: term.default(defaultTerms.roadmap),
    adoption: term.default(defaultTerms.adoption),
    strategies: term.default(defaultTerms.strategies),
    followUp: term.default(defaultTerms.followUp),
  }),
});
export type TenantSettingsInput = z.infer<typeof TenantSettingsInputSchema>;

export interface TenantSettings {
  accentColor: string;
  logoText: string;
  terms: Terms;
  /** Days before the personal data of public input is erased. */
  inputRetentionDays: number;
}

/** What a programme looks like before its coordinator chooses: the platform's green and words. */
export const defaultSettings = (name: string): TenantSettings => ({
  accentColor: "#00594f",
  logoText: name,
  terms: { ...defaultTerms },
  inputRetentionDays: 365,
});
