import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { IndicatorInputSchema, KoladaFileSchema, RevisionSchema, diffImport, parseKolada } from "@naravard/domain";
import { deleteIndicator, importContext, listIndicators, saveIndicator, upsertIndicatorValues, withTenant } from "@naravard/db";
import { unwrapEdit } from "../results.ts";
import { editorProcedure, tenantProcedure } from "../trpc.ts";

/** 5 MB of JSON is tens of thousands of Kolada rows: plenty for a county, and bounded. */
const MAX_IMPORT_CHARS = 5_000_000;

export const ImportInputSchema = z.object({
  content: z.string({ error: "Välj en fil." }).min(2, { error: "Filen är tom." }).max(MAX_IMPORT_CHARS, { error: "Filen är för stor (högst 5 MB)." }),
  dryRun: z.boolean().default(true),
});

export const indicatorRouter = {
  /** Indicators with baseline, target, values per period and member, and their målbild links. */
  list: tenantProcedure.query(({ ctx }) => withTenant(ctx.db, ctx.tenant.id, (tx) => listIndicators(tx, { tenantId: ctx.tenant.id }))),

  /** Creates an indicator, or (with the revision the editor started from) changes the one with the same code. */
  save: editorProcedure.input(IndicatorInputSchema.and(z.object({ expectedRevision: RevisionSchema.optional() }))).mutation(async ({ ctx, input }) =>
    unwrapEdit(await withTenant(ctx.db, ctx.tenant.id, (tx) => saveIndicator(tx, { tenantId: ctx.tenant.id, ...input }), ctx.actor), "Målbildselementet"),
  ),

  delete: editorProcedure.input(z.object({ indicatorId: z.uuid({ error: "Ogiltig indikator." }) })).mutation(async ({ ctx, input }) =>
    unwrapEdit(await withTenant(ctx.db, ctx.tenant.id, (tx) => deleteIndicator(tx, { tenantId: ctx.tenant.id, ...input }), ctx.actor), "Indikatorn"),
  ),

  /**
   * Imports values from a file in Kolada's API format. A dry run reports what would change; a real
   * run writes everything or, if any row has an error, nothing.
   */
  importKolada: editorProcedure.input(ImportInputSchema).mutation(async ({ ctx, input }) => {
    let json: unknown;
    try {
      json = JSON.parse(input.content);
    } catch {
      throw new TRPCError({ code: "BAD_REQUEST", message: "Filen är inte giltig JSON. Exportera den igen från Kolada." });
    }
    const file = KoladaFileSchema.safeParse(json);
    if (!file.success)
      throw new TRPCError({
        code: "BAD_REQUEST",
        message: `Filen följer inte Koladas format ({"values":[{"kpi","municipality","period","values":[{"gender","status","value"}]}]}): ${file.error.issues[0]?.path.join(".") ?? ""} är fel.`,
      });
    return withTenant(
      ctx.db,
      ctx.tenant.id,
      async (tx) => {
        const known = await importContext(tx, { tenantId: ctx.tenant.id });
        const { rows, errors } = parseKolada(file.data, { indicatorCodes: new Set(known.indicatorIds.keys()), memberCodes: new Set(known.memberIds.keys()) });
        const diff = diffImport(rows, known.existing);
        const write = !input.dryRun && errors.length === 0;
        if (write)
          await upsertIndicatorValues(
            tx,
            ctx.tenant.id,
            diff.changes.map((c) => ({ indicatorId: known.indicatorIds.get(c.indicatorCode)!, memberId: known.memberIds.get(c.memberCode)!, period: c.period, value: c.after })),
          );
        return {
          dryRun: input.dryRun,
          imported: write,
          rows: file.data.values.length,
          errors: errors.slice(0, 200),
          errorCount: errors.length,
          added: diff.added,
          updated: diff.updated,
          unchanged: diff.unchanged,
          changes: diff.changes.slice(0, 200),
        };
      },
      ctx.actor,
    );
  }),
} satisfies TRPCRouterRecord;
