import { parseWithZod } from "@conform-to/zod/v4";
import { data } from "@remix-run/node";
import { IndicatorInputSchema } from "@naravard/domain";
import { redirectWithFlash } from "./flash.server.ts";
import {
  DECIMAL_FIELDS,
  IndicatorIdSchema,
  UpdateIndicatorSchema,
  indicatorAnchors,
  indicatorFormIds,
  withDecimalPoints,
} from "./indicator-forms.ts";
import { STALE_PAGE_MESSAGE } from "./api-errors.ts";
import { type PageContext, invalid, refused, runIntent } from "./roadmap-form-actions.server.ts";
import { type FormActionData, clearMissing, withElementLinks } from "./roadmap-form-data.ts";
import { indicatorFacts } from "./indicator-view.ts";
import { notFound } from "./session.server.ts";

const fields = [
  "code",
  "title",
  "description",
  "unit",
  "direction",
  "baselineValue",
  "baselinePeriod",
  "targetValue",
  "targetPeriod",
  "links",
] as const;
/** An edit shows the code but does not let it change (values from Kolada hang on it). */
const editFields = fields.filter((f) => f !== "code");
const optional = ["baselineValue", "baselinePeriod", "targetValue", "targetPeriod"] as const;
const back = (ctx: PageContext, anchor: string) => `${ctx.pageUrl}#${anchor}`;
const read = (formData: FormData) => withElementLinks(withDecimalPoints(formData, DECIMAL_FIELDS));

async function createIndicator(ctx: PageContext, formData: FormData) {
  const formId = indicatorFormIds.create;
  const submission = parseWithZod(read(formData), { schema: IndicatorInputSchema });
  if (submission.status !== "success") return invalid(formId, submission, fields);
  const { code } = submission.value;
  // The API saves by code: a new indicator with a code in use would quietly overwrite that one.
  const existing = await ctx.api.indicator.list.query();
  if (existing.some((i) => i.code.toLowerCase() === code.toLowerCase()))
    return data<FormActionData>(
      {
        formId,
        result: submission.reply({
          fieldErrors: { code: [`Det finns redan en indikator med koden ${code}. Ändra den i listan i stället.`] },
        }),
      },
      { status: 400 },
    );
  let saved: { id: string };
  try {
    saved = await ctx.api.indicator.save.mutate(submission.value);
  } catch (error) {
    return refused(ctx, formId, submission, error, { visibleFields: fields });
  }
  return redirectWithFlash(back(ctx, indicatorAnchors.edited(saved.id)), "Indikatorn är tillagd.");
}

async function updateIndicator(ctx: PageContext, formData: FormData) {
  const indicatorId = String(formData.get("indicatorId"));
  const formId = indicatorFormIds.edit(indicatorId);
  const submission = parseWithZod(read(formData), { schema: UpdateIndicatorSchema });
  if (submission.status !== "success") return invalid(formId, submission, editFields);
  const { indicatorId: _id, ...input } = submission.value;
  // Saving by code must reach this indicator: a code that is not its own means the page is out of date.
  const current = (await ctx.api.indicator.list.query()).find((i) => i.id === indicatorId);
  if (!current) throw notFound();
  if (current.code !== input.code)
    return data<FormActionData>({ formId, result: submission.reply({ formErrors: [STALE_PAGE_MESSAGE] }) }, { status: 400 });
  try {
    await ctx.api.indicator.save.mutate(clearMissing(input, optional));
  } catch (error) {
    const savedNow = async () => {
      const found = (await ctx.api.indicator.list.query()).find((i) => i.id === indicatorId);
      return found ? indicatorFacts(found) : null;
    };
    return refused(ctx, formId, submission, error, { visibleFields: editFields, savedNow });
  }
  return redirectWithFlash(back(ctx, indicatorAnchors.edited(indicatorId)), "Indikatorn är sparad.");
}

async function deleteIndicator(ctx: PageContext, formData: FormData) {
  const submission = parseWithZod(formData, { schema: IndicatorIdSchema });
  // The id comes from the page, not from typing: an unusable one is a row that is not there.
  if (submission.status !== "success") throw notFound();
  try {
    await ctx.api.indicator.delete.mutate(submission.value);
  } catch (error) {
    return refused(ctx, indicatorFormIds.remove(submission.value.indicatorId), submission, error, { visibleFields: [] });
  }
  return redirectWithFlash(back(ctx, indicatorAnchors.list), "Indikatorn och dess värden är borttagna.");
}

/** Adds, changes or removes an indicator, as the posted form's `intent` says. */
export const runIndicatorAction = (ctx: PageContext, formData: FormData) =>
  runIntent(
    { "create-indicator": createIndicator, "update-indicator": updateIndicator, "delete-indicator": deleteIndicator },
    ctx,
    formData,
  );
