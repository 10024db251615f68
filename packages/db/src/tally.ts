import { sql } from "drizzle-orm";
import type { Database } from "./client.ts";

/**
 * Counts the activity tally (migration 0018) again from the activities: of one programme, or of
 * all. For work done with triggers off — an import, the load generator — which the statement
 * triggers that keep the tally did not see. Runs as the owner, inside the caller's transaction.
 */
export async function recountActivityTally(db: Database, tenantId?: string) {
  const only = tenantId ? sql`where tenant_id = ${tenantId}::uuid` : sql``;
  await db.execute(sql`delete from activity_tally ${only}`);
  await db.execute(
    sql`insert into activity_tally (tenant_id, status, progress, n)
        select tenant_id, status, progress, count(*)::int from roadmap_activity ${only} group by 1, 2, 3`,
  );
}
