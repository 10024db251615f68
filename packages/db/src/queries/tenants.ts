import { asc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { ActivityStatusSchema, AdoptionStatusSchema, type Member, type TenantSummary, sortBySwedishName } from "@naravard/domain";
import { queryRows } from "../client.ts";
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

const PublicOverviewSchema = z.array(
  z.object({
    tenantId: z.uuid(),
    members: z.array(z.object({ id: z.uuid(), kind: z.string(), name: z.string() })),
    decisions: z.array(
      z.object({
        memberId: z.uuid(),
        status: AdoptionStatusSchema,
        decidedOn: z.string().nullable(),
        decidingBody: z.string().nullable(),
        createdAt: z.coerce.date(),
      }),
    ),
    activities: z.array(z.object({ status: ActivityStatusSchema, progress: z.number(), count: z.number().int() })),
  }),
);
export type PublicOverviewFigures = z.infer<typeof PublicOverviewSchema>[number];

/**
 * The public figures of every programme for the national overview, in one statement: members,
 * adoption decisions (in date order) and the roadmap's activities counted by status and progress.
 * The database function visits each programme with it pinned, so row-level security still
 * decides every row (migration 0014).
 */
export async function publicOverviewFigures(tx: Tx): Promise<Map<string, PublicOverviewFigures>> {
  const [row] = await queryRows<{ figures: unknown }>(tx, sql`select naravard_public_overview() as figures`);
  return new Map(PublicOverviewSchema.parse(row?.figures ?? []).map((figures) => [figures.tenantId, figures]));
}
