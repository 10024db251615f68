import type { TRPCRouterRecord } from "@trpc/server";
import { AuditListInputSchema } from "@naravard/domain";
import { listAuditEntries, withTenant } from "@naravard/db";
import { coordinatorProcedure } from "../trpc.ts";

export const auditRouter = {
  /** The tenant's audit trail, newest first; filter by kind of item or by person; page with `before`. */
  list: coordinatorProcedure.input(AuditListInputSchema).query(({ ctx, input }) =>
    withTenant(ctx.db, ctx.tenant.id, (tx) => listAuditEntries(tx, { tenantId: ctx.tenant.id, ...input })),
  ),
} satisfies TRPCRouterRecord;
