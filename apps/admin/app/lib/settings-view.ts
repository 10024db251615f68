import {
  RevisionSchema,
  type TermKey,
  type TenantSettings,
  TenantSettingsInputSchema,
  contrastRatio,
  defaultTerms,
} from "@naravard/domain";

/** The installningar page's form id. */
export const SETTINGS_FORM = "installningar";

/** Each term the programme may rename, as the form asks for it, in the portal menu's order. */
export const termFields: { key: TermKey; label: string }[] = [
  { key: "malbild", label: "Ord för målbild" },
  { key: "adoption", label: "Ord för beslut" },
  { key: "roadmap", label: "Ord för färdplan" },
  { key: "strategies", label: "Ord för strategier" },
  { key: "followUp", label: "Ord för uppföljning" },
];

export const termHint = (key: TermKey) =>
  `Standard: ”${defaultTerms[key]}”. Skrivs med liten bokstav; portalen gör stor bokstav i menyn.`;

const ratio = new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 1, minimumFractionDigits: 1 });

/**
 * "Kontrast mot vitt: 7,2:1 (minst 4,5:1 krävs)": the rule the save checks, stated for the colour
 * saved now, so a coordinator sees how much room there is before choosing another.
 */
export function contrastText(hex: string): string {
  if (!/^#[0-9a-f]{6}$/i.test(hex)) return "";
  return `Kontrast mot vitt: ${ratio.format(Math.floor(contrastRatio(hex.toLowerCase(), "#ffffff") * 10) / 10)}:1 (minst 4,5:1 krävs).`;
}

/** The form's starting values: what is saved now. */
export const settingsDefaults = (s: TenantSettings) => ({
  accentColor: s.accentColor,
  logoText: s.logoText,
  terms: { ...s.terms },
});

/** The retention form's id (a form of its own: saving it erases personal data at once). */
export const RETENTION_FORM = "gallring";

/** The flash after a new retention period: how many answers lost their name and e-mail just now. */
export const retentionSaved = (days: number, erased: number) =>
  `Gallringstiden är ${days} dagar.${erased > 0 ? ` Namn och e-post togs bort ur ${erased} ${erased === 1 ? "synpunkt" : "synpunkter"}.` : ""}`;

/** The settings form posts the revision it was opened at: a save over someone else's newer one is a conflict. */
export const SettingsFormSchema = TenantSettingsInputSchema.extend({ expectedRevision: RevisionSchema });

/** What is saved now, after someone else saved first: shown under the form, label by label. */
export const settingsFacts = (s: Pick<TenantSettings, "accentColor" | "logoText" | "terms">) => [
  { label: "Temafärg", value: s.accentColor },
  { label: "Logotyptext", value: s.logoText },
  ...termFields.map((t) => ({ label: t.label, value: s.terms[t.key] })),
];
