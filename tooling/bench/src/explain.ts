import postgres from "postgres";

export interface Explained {
  query: string;
  ms: number;
  plan: string;
}

/**
 * Runs EXPLAIN ANALYZE, as the application role scoped to Värmland like the API does, on every
 * distinct read the pages sent, and returns the slowest with its plan.
 */
export async function explainSlowest(url: string, queries: { query: string; params: unknown[] }[]): Promise<Explained | null> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [tenant] = await sql<{ id: string }[]>`select id from tenant where slug = 'varmland'`;
    let slowest: Explained | null = null;
    for (const { query, params } of queries) {
      if (!/^\s*(select|with)\b/i.test(query) || /set_config/i.test(query)) continue;
      try {
        await sql.begin(async (tx) => {
          await tx`select set_config('role', 'naravard_app', true), set_config('app.tenant_id', ${tenant?.id ?? ""}, true)`;
          const rows = await tx.unsafe(`explain (analyze, buffers, format text) ${query}`, params as never[]);
          const plan = rows.map((r) => String(Object.values(r)[0])).join("\n");
          const ms = Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? 0);
          if (!slowest || ms > slowest.ms) slowest = { query, ms, plan };
          throw new Rollback();
        });
      } catch (error) {
        if (!(error instanceof Rollback)) continue;
      }
    }
    return slowest;
  } finally {
    await sql.end();
  }
}

/** Leaves the EXPLAIN's transaction without keeping anything. */
class Rollback extends Error {}
