import { sql } from "drizzle-orm";
import type { MemberKind, TenantKind } from "@naravard/domain";
import { queryRows } from "../client.ts";
import * as s from "../schema/index.ts";
import type { Tx } from "../scope.ts";

/** Registers a tenant; null when the slug is taken. Runs under the application role via a narrow function. */
export async function registerTenant(
  tx: Tx,
  input: { slug: string; name: string; programmeName: string; kind: TenantKind; countyCode: string; description: string },
): Promise<string | null> {
  const [row] = await queryRows<{ id: string | null }>(
    tx,
    sql`select naravard_register_tenant(${input.slug}, ${input.name}, ${input.programmeName}, ${input.kind}::tenant_kind, ${input.countyCode}, ${input.description}) as id`,
  );
  return row?.id ?? null;
}

export async function insertMembers(tx: Tx, tenantId: string, members: { kind: MemberKind; officialCode: string; name: string }[]) {
  if (members.length) await tx.insert(s.memberOrganisation).values(members.map((m) => ({ ...m, tenantId }))).onConflictDoNothing();
}
