import { asc, eq } from "drizzle-orm";
import { type Member, type TenantSummary, sortBySwedishName } from "@naravard/domain";
import * as s from "../schema/index.ts";
import type { Tx } from "../scope.ts";

const tenantColumns = {
  id: s.tenant.id,
  slug: s.tenant.slug,
  name: s.tenant.name,
  programmeName: s.tenant.programmeName,
  kind: s.tenant.kind,
  countyCode: s.tenant.countyCode,
  description: s.tenant.description,
};

export type TenantRow = TenantSummary & { programmeName: string };

export function listTenants(tx: Tx): Promise<TenantRow[]> {
  return tx.select(tenantColumns).from(s.tenant).orderBy(asc(s.tenant.name));
}

export async function findTenantBySlug(tx: Tx, slug: string): Promise<TenantRow | null> {
  const [row] = await tx.select(tenantColumns).from(s.tenant).where(eq(s.tenant.slug, slug)).limit(1);
  return row ?? null;
}

export async function listMembers(tx: Tx, { tenantId }: { tenantId: string }): Promise<Member[]> {
  const rows = await tx
    .select({ id: s.memberOrganisation.id, kind: s.memberOrganisation.kind, officialCode: s.memberOrganisation.officialCode, name: s.memberOrganisation.name })
    .from(s.memberOrganisation)
    .where(eq(s.memberOrganisation.tenantId, tenantId));
  // The parties first (region or federation), then municipalities in Swedish alphabetical order.
  const parties = rows.filter((r) => r.kind !== "municipality");
  return [...sortBySwedishName(parties), ...sortBySwedishName(rows.filter((r) => r.kind === "municipality"))];
}
