import type { TRPCRouterRecord } from "@trpc/server";
import { OpenDataPageInputSchema } from "@naravard/domain";
import {
  type PageArgs,
  type Tx,
  pageArticles,
  pageContacts,
  pageEvents,
  pageFaq,
  pagePublishedInput,
  pageIndicatorValues,
  pageRoadmapActivities,
  withTenant,
} from "@naravard/db";
import { tenantProcedure } from "../trpc.ts";

/**
 * Pages of the public lists for the open-data REST API (/api/v1/{tenant}/…): read in SQL, one page
 * at a time with the number in all, for the tenant resolved by `tenantProcedure` only. Each answers
 * only what the portal's page of the same list shows.
 */
const paged = <T>(read: (tx: Tx, args: PageArgs) => Promise<{ rows: T[]; total: number }>) =>
  tenantProcedure
    .input(OpenDataPageInputSchema)
    .query(({ ctx, input }) =>
      withTenant(ctx.db, ctx.tenant.id, (tx) =>
        read(tx, { tenantId: ctx.tenant.id, limit: input.pageSize, offset: (input.page - 1) * input.pageSize }),
      ),
    );

export const openDataRouter = {
  events: paged(pageEvents),
  news: paged((tx, args) => pageArticles(tx, { ...args, kind: "news" })),
  goodExamples: paged((tx, args) => pageArticles(tx, { ...args, kind: "good_example" })),
  contacts: paged(pageContacts),
  faq: paged(pageFaq),
  publicInput: paged(pagePublishedInput),
  roadmapActivities: paged(pageRoadmapActivities),
  indicatorValues: paged(pageIndicatorValues),
} satisfies TRPCRouterRecord;
