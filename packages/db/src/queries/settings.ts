import { eq } from "drizzle-orm";
import { type TenantSettings, type Terms, defaultSettings } from "@naravard/domain";
import * as s from "../schema/index.ts";
import type { Tx } from "../scope.ts";

/** The programme's theme and terminology, falling back to the platform's defaults. */
export async function getTenantSettings(tx: Tx, { tenantId, name }: { tenantId: string; name: string }): Promise<TenantSettings> {
  const [row] = await tx.select().from(s.tenantSetting).where(eq(s.tenantSetting.tenantId, tenantId));
  const defaults = defaultSettings(name);
  if (!row) return defaults;
  return {
    accentColor: row.accentColor,
    logoText: row.logoText,
    terms: { ...defaults.terms, ...(row.terms as Partial<Terms>) },
    inputRetentionDays: row.inputRetentionDays,
  };
}

export async function saveTenantSettings(tx: Tx, input: { tenantId: string } & TenantSettings) {
  await tx
    .insert(s.tenantSetting)
    .values(input)
    .onConflictDoUpdate({
      target: s.tenantSetting.tenantId,
      set: { accentColor: input.accentColor, logoText: input.logoText, terms: input.terms, inputRetentionDays: input.inputRetentionDays, updatedAt: new Date() },
    });
}
