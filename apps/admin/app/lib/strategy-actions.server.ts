import { parseWithZod } from "@conform-to/zod/v4";
import { StrategyActivityInputSchema, StrategyInputSchema, StrategyMeetingInputSchema, activityStatusLabel } from "@naravard/domain";
import { redirectWithFlash } from "./flash.server.ts";
import { type PageContext, invalid, refused, runIntent } from "./roadmap-form-actions.server.ts";
import { clearMissing, withLines } from "./roadmap-form-data.ts";
import { notFound } from "./session.server.ts";
import {
  ActivityStatusInputSchema,
  DECISIONS_TEXT,
  LogDecisionSchema,
  MeetingIdSchema,
  StrategyActivityIdSchema,
  StrategyIdSchema,
  UpdateStrategySchema,
  strategyAnchors,
  strategyFormIds,
} from "./strategy-forms.ts";
import { strategyFacts } from "./strategy-view.ts";

/** The strategy pages: the list (`listUrl`) and one strategy's page (`pageUrl`). */
interface StrategyContext extends PageContext {
  listUrl: string;
}

const strategyFields = ["title", "mode", "focusArea", "description", "fundingSource", "fundingArea", "periodStart", "periodEnd", "commissionedBy", "steeringGroup"] as const;
const activityFields = ["kind", "title", "audiences", "status", "heldOn"] as const;
const meetingFields = ["body", "title", "heldOn", "decisions", DECISIONS_TEXT] as const;
const back = (ctx: StrategyContext, anchor: string) => `${ctx.pageUrl}#${anchor}`;

async function createStrategy(ctx: StrategyContext, formData: FormData) {
  const formId = strategyFormIds.createStrategy;
  const submission = parseWithZod(formData, { schema: StrategyInputSchema });
  if (submission.status !== "success") return invalid(formId, submission, strategyFields);
  let created: { id: string };
  try {
    created = await ctx.api.strategy.create.mutate(submission.value);
  } catch (error) {
    return refused(ctx, formId, submission, error, { visibleFields: strategyFields });
  }
  return redirectWithFlash(`${ctx.listUrl}/${created.id}`, "Strategin är skapad. Lägg till aktiviteter och möten nedan.");
}

async function updateStrategy(ctx: StrategyContext, formData: FormData) {
  const formId = strategyFormIds.editStrategy;
  const submission = parseWithZod(formData, { schema: UpdateStrategySchema });
  if (submission.status !== "success") return invalid(formId, submission, strategyFields);
  const { strategyId } = submission.value;
  try {
    await ctx.api.strategy.update.mutate(clearMissing(submission.value, ["periodStart", "periodEnd"]));
  } catch (error) {
    const savedNow = () => ctx.api.strategy.get.query({ strategyId }).then(strategyFacts);
    return refused(ctx, formId, submission, error, { visibleFields: strategyFields, savedNow });
  }
  return redirectWithFlash(back(ctx, strategyAnchors.edited(strategyId)), "Strategin är sparad.");
}

async function deleteStrategy(ctx: StrategyContext, formData: FormData) {
  const submission = parseWithZod(formData, { schema: StrategyIdSchema });
  // The id comes from the page, not from typing: an unusable one is a row that is not there.
  if (submission.status !== "success") throw notFound();
  try {
    await ctx.api.strategy.delete.mutate(submission.value);
  } catch (error) {
    return refused(ctx, strategyFormIds.remove(submission.value.strategyId), submission, error, { visibleFields: [] });
  }
  return redirectWithFlash(ctx.listUrl, "Strategin, dess aktiviteter och möten är borttagna.");
}

async function addActivity(ctx: StrategyContext, formData: FormData) {
  const formId = strategyFormIds.addActivity;
  const submission = parseWithZod(formData, { schema: StrategyActivityInputSchema });
  if (submission.status !== "success") return invalid(formId, submission, activityFields);
  let created: { id: string };
  try {
    created = await ctx.api.strategy.addActivity.mutate(submission.value);
  } catch (error) {
    return refused(ctx, formId, submission, error, { visibleFields: activityFields });
  }
  return redirectWithFlash(back(ctx, strategyAnchors.activity(created.id)), "Aktiviteten är tillagd.");
}

async function setActivityStatus(ctx: StrategyContext, formData: FormData) {
  const formId = strategyFormIds.activityStatus(String(formData.get("activityId")));
  const submission = parseWithZod(formData, { schema: ActivityStatusInputSchema });
  if (submission.status !== "success") return invalid(formId, submission, ["status", "heldOn"]);
  try {
    // An emptied date is cleared; the API keeps a date that is not sent at all.
    await ctx.api.strategy.setActivityStatus.mutate(clearMissing(submission.value, ["heldOn"]));
  } catch (error) {
    return refused(ctx, formId, submission, error, { visibleFields: ["status", "heldOn"] });
  }
  return redirectWithFlash(back(ctx, formId), `Aktiviteten är sparad som ${activityStatusLabel[submission.value.status].toLowerCase()}.`);
}

async function deleteActivity(ctx: StrategyContext, formData: FormData) {
  const submission = parseWithZod(formData, { schema: StrategyActivityIdSchema });
  if (submission.status !== "success") throw notFound();
  try {
    await ctx.api.strategy.deleteActivity.mutate(submission.value);
  } catch (error) {
    return refused(ctx, strategyFormIds.remove(submission.value.activityId), submission, error, { visibleFields: [] });
  }
  return redirectWithFlash(back(ctx, strategyAnchors.activities), "Aktiviteten är borttagen.");
}

async function addMeeting(ctx: StrategyContext, formData: FormData) {
  const formId = strategyFormIds.addMeeting;
  const submission = parseWithZod(withLines(formData, DECISIONS_TEXT, "decisions"), { schema: StrategyMeetingInputSchema });
  if (submission.status !== "success") return invalid(formId, submission, meetingFields);
  let created: { id: string };
  try {
    created = await ctx.api.strategy.addMeeting.mutate(submission.value);
  } catch (error) {
    return refused(ctx, formId, submission, error, { visibleFields: meetingFields });
  }
  return redirectWithFlash(back(ctx, strategyAnchors.meeting(created.id)), "Mötet är tillagt.");
}

async function logDecision(ctx: StrategyContext, formData: FormData) {
  const formId = strategyFormIds.logDecision(String(formData.get("meetingId")));
  const submission = parseWithZod(formData, { schema: LogDecisionSchema });
  if (submission.status !== "success") return invalid(formId, submission, ["decision"]);
  try {
    await ctx.api.strategy.logDecision.mutate(submission.value);
  } catch (error) {
    return refused(ctx, formId, submission, error, { visibleFields: ["decision"] });
  }
  return redirectWithFlash(back(ctx, formId), "Beslutet är loggat.");
}

async function deleteMeeting(ctx: StrategyContext, formData: FormData) {
  const submission = parseWithZod(formData, { schema: MeetingIdSchema });
  if (submission.status !== "success") throw notFound();
  try {
    await ctx.api.strategy.deleteMeeting.mutate(submission.value);
  } catch (error) {
    return refused(ctx, strategyFormIds.remove(submission.value.meetingId), submission, error, { visibleFields: [] });
  }
  return redirectWithFlash(back(ctx, strategyAnchors.meetings), "Mötet och dess beslut är borttagna.");
}

/** The list page creates strategies. */
export const runStrategyListAction = (ctx: StrategyContext, formData: FormData) => runIntent({ "create-strategy": createStrategy }, ctx, formData);

/** One strategy's page: its facts, activities and governance meetings. */
export const runStrategyAction = (ctx: StrategyContext, formData: FormData) =>
  runIntent(
    {
      "update-strategy": updateStrategy,
      "delete-strategy": deleteStrategy,
      "add-activity": addActivity,
      "set-activity-status": setActivityStatus,
      "delete-activity": deleteActivity,
      "add-meeting": addMeeting,
      "log-decision": logDecision,
      "delete-meeting": deleteMeeting,
    },
    ctx,
    formData,
  );
