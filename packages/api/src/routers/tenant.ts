import type { TRPCRouterRecord } from "@trpc/server";
import { listMembers, listTenants, withTenant, withoutTenant } from "@naravard/db";
import { publicProcedure, tenantProcedure } from "../trpc.ts";

export const tenantRouter = {
  /** Every programme on the platform, for the portal's front page. */
  list: publicProcedure.query(({ ctx }) => withoutTenant(ctx.db, (tx) => listTenants(tx))),

  /** The requested programme with its member organisations. */
  current: tenantProcedure.query(async ({ ctx }) => {
    const members = await withTenant(ctx.db, ctx.tenant.id, (tx) => listMembers(tx, { tenantId: ctx.tenant.id }));
    return { ...ctx.tenant, members };
  }),
} satisfies TRPCRouterRecord;
