import { eq, sql } from "drizzle-orm";
import { type TenantSettings, type Terms, defaultSettings } from "@naravard/domain";
import * as s from "../schema/index.ts";
import type { Tx } from "../scope.ts";
import type { EditResult } from "./malbild-edit.ts";

/**
 * The programme's theme and terminology, falling back to the platform's defaults; `revision` is 1
 * until a coordinator first saves (the first save stores revision 2), so a stale form is caught
 * from the very first save.
 */
export async function getTenantSettings(
  tx: Tx,
  { tenantId, name, lock = false }: { tenantId: string; name: string; lock?: boolean },
): Promise<TenantSettings & { revision: number }> {
  const query = tx.select().from(s.tenantSetting).where(eq(s.tenantSetting.tenantId, tenantId));
  const [row] = lock ? await query.for("update") : await query;
  const defaults = defaultSettings(name);
  if (!row) return { ...defaults, revision: 1 };
  return {
    accentColor: row.accentColor,
    logoText: row.logoText,
    terms: { ...defaults.terms, ...(row.terms as Partial<Terms>) },
    inputRetentionDays: row.inputRetentionDays,
    revision: row.revision,
  };
}

/** Stores the settings and bumps their revision, so a form opened before this save is stale. */
export async function saveTenantSettings(tx: Tx, input: { tenantId: string } & TenantSettings): Promise<number> {
  const values = {
    tenantId: input.tenantId,
    accentColor: input.accentColor,
    logoText: input.logoText,
    terms: input.terms,
    inputRetentionDays: input.inputRetentionDays,
  };
  const [row] = await tx
    .insert(s.tenantSetting)
    .values({ ...values, revision: 2 })
    .onConflictDoUpdate({
      target: s.tenantSetting.tenantId,
      set: { ...values, revision: sql`${s.tenantSetting.revision} + 1`, updatedAt: new Date() },
    })
    .returning({ revision: s.tenantSetting.revision });
  return row!.revision;
}

/** The coordinator's edit of the theme and terminology; an `expectedRevision` older than the saved one is a conflict. */
export async function updateTenantSettings(
  tx: Tx,
  input: { tenantId: string; name: string; expectedRevision: number } & Pick<
    TenantSettings,
    "accentColor" | "logoText" | "terms"
  >,
): Promise<EditResult<TenantSettings & { revision: number }>> {
  const { tenantId, name, expectedRevision, ...fields } = input;
  const current = await getTenantSettings(tx, { tenantId, name, lock: true });
  if (expectedRevision !== current.revision) return { status: "conflict", current };
  const next = { ...current, ...fields };
  const revision = await saveTenantSettings(tx, { tenantId, ...next });
  return { status: "ok", row: { ...next, revision } };
}
