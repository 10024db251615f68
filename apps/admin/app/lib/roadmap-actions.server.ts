import { parseWithZod } from "@conform-to/zod/v4";
import { ActivityInputSchema, AreaInputSchema, MilestoneInputSchema, MoveInputSchema } from "@naravard/domain";
import { redirectWithFlash } from "./flash.server.ts";
import { malbildElementGroups } from "./roadmap-elements.server.ts";
import { type PageContext, invalid, refused, runIntent } from "./roadmap-form-actions.server.ts";
import { clearMissing, moveAnchor, withElementLinks } from "./roadmap-form-data.ts";
import {
  ActivityIdSchema,
  AreaIdSchema,
  MilestoneDoneSchema,
  MilestoneIdSchema,
  UpdateActivitySchema,
  UpdateAreaSchema,
  roadmapAnchors,
  roadmapFormIds,
} from "./roadmap-forms.ts";
import { activityFacts } from "./roadmap-view.ts";
import { notFound } from "./session.server.ts";

const areaFields = ["title", "description"] as const;
const activityFields = ["areaId", "title", "description", "status", "progress", "startMonth", "endMonth", "ownerMemberIds", "links"] as const;
const milestoneFields = ["title", "dueOn", "areaId"] as const;
const back = (ctx: PageContext, anchor: string) => `${ctx.pageUrl}#${anchor}`;

/** The area or activity as saved now, read afresh after a conflict. */
async function savedArea(ctx: PageContext, areaId: string) {
  const area = (await ctx.api.roadmap.get.query({})).areas.find((a) => a.id === areaId);
  return area ? [{ label: "Rubrik", value: area.title }, { label: "Beskrivning", value: area.description }] : null;
}

async function savedActivity(ctx: PageContext, activityId: string) {
  const [roadmap, groups] = await Promise.all([ctx.api.roadmap.get.query({}), malbildElementGroups(ctx.api)]);
  const area = roadmap.areas.find((a) => a.activities.some((x) => x.id === activityId));
  const activity = area?.activities.find((x) => x.id === activityId);
  return area && activity ? activityFacts(activity, area.title, groups) : null;
}

async function createArea(ctx: PageContext, formData: FormData) {
  const formId = roadmapFormIds.createArea;
  const submission = parseWithZod(formData, { schema: AreaInputSchema });
  if (submission.status !== "success") return invalid(formId, submission, areaFields);
  let created: { id: string };
  try {
    created = await ctx.api.roadmap.createArea.mutate(submission.value);
  } catch (error) {
    return refused(ctx, formId, submission, error, { visibleFields: areaFields });
  }
  return redirectWithFlash(back(ctx, roadmapAnchors.edited(created.id)), "Området är tillagt.");
}

async function updateArea(ctx: PageContext, formData: FormData) {
  const areaId = String(formData.get("areaId"));
  const formId = roadmapFormIds.editArea(areaId);
  const submission = parseWithZod(formData, { schema: UpdateAreaSchema });
  if (submission.status !== "success") return invalid(formId, submission, areaFields);
  try {
    await ctx.api.roadmap.updateArea.mutate(submission.value);
  } catch (error) {
    return refused(ctx, formId, submission, error, { visibleFields: areaFields, savedNow: () => savedArea(ctx, areaId) });
  }
  return redirectWithFlash(back(ctx, roadmapAnchors.edited(areaId)), "Området är sparat.");
}

async function deleteArea(ctx: PageContext, formData: FormData) {
  const submission = parseWithZod(formData, { schema: AreaIdSchema });
  // The id comes from the page, not from typing: an unusable one is a row that is not there.
  if (submission.status !== "success") throw notFound();
  try {
    await ctx.api.roadmap.deleteArea.mutate(submission.value);
  } catch (error) {
    return refused(ctx, roadmapFormIds.remove(submission.value.areaId), submission, error, { visibleFields: [] });
  }
  return redirectWithFlash(back(ctx, roadmapAnchors.areas), "Området och dess aktiviteter är borttagna.");
}

async function createActivity(ctx: PageContext, formData: FormData) {
  const formId = roadmapFormIds.createActivity;
  const submission = parseWithZod(withElementLinks(formData), { schema: ActivityInputSchema });
  if (submission.status !== "success") return invalid(formId, submission, activityFields);
  let created: { id: string };
  try {
    created = await ctx.api.roadmap.createActivity.mutate(submission.value);
  } catch (error) {
    return refused(ctx, formId, submission, error, { visibleFields: activityFields });
  }
  return redirectWithFlash(back(ctx, roadmapAnchors.edited(created.id)), "Aktiviteten är tillagd.");
}

async function updateActivity(ctx: PageContext, formData: FormData) {
  const activityId = String(formData.get("activityId"));
  const formId = roadmapFormIds.editActivity(activityId);
  const submission = parseWithZod(withElementLinks(formData), { schema: UpdateActivitySchema });
  if (submission.status !== "success") return invalid(formId, submission, activityFields);
  try {
    await ctx.api.roadmap.updateActivity.mutate(clearMissing(submission.value, ["startMonth", "endMonth"]));
  } catch (error) {
    return refused(ctx, formId, submission, error, { visibleFields: activityFields, savedNow: () => savedActivity(ctx, activityId) });
  }
  return redirectWithFlash(back(ctx, roadmapAnchors.edited(activityId)), "Aktiviteten är sparad.");
}

async function deleteActivity(ctx: PageContext, formData: FormData) {
  const submission = parseWithZod(formData, { schema: ActivityIdSchema.extend({ areaId: AreaIdSchema.shape.areaId }) });
  if (submission.status !== "success") throw notFound();
  const { activityId, areaId } = submission.value;
  try {
    await ctx.api.roadmap.deleteActivity.mutate({ activityId });
  } catch (error) {
    return refused(ctx, roadmapFormIds.remove(activityId), submission, error, { visibleFields: [] });
  }
  return redirectWithFlash(back(ctx, roadmapAnchors.area(areaId)), "Aktiviteten är borttagen.");
}

function move(what: "area" | "activity") {
  return async (ctx: PageContext, formData: FormData) => {
    const submission = parseWithZod(formData, { schema: MoveInputSchema });
    if (submission.status !== "success") throw notFound();
    const { id, direction } = submission.value;
    try {
      await (what === "area" ? ctx.api.roadmap.moveArea : ctx.api.roadmap.moveActivity).mutate(submission.value);
    } catch (error) {
      return refused(ctx, roadmapFormIds.move(id), submission, error, { visibleFields: [] });
    }
    const moved = direction === "up" ? "uppåt" : "nedåt";
    return redirectWithFlash(back(ctx, moveAnchor(id, direction)), what === "area" ? `Området är flyttat ${moved}.` : `Aktiviteten är flyttad ${moved}.`);
  };
}

async function createMilestone(ctx: PageContext, formData: FormData) {
  const formId = roadmapFormIds.createMilestone;
  const submission = parseWithZod(formData, { schema: MilestoneInputSchema });
  if (submission.status !== "success") return invalid(formId, submission, milestoneFields);
  let created: { id: string };
  try {
    created = await ctx.api.roadmap.createMilestone.mutate(submission.value);
  } catch (error) {
    return refused(ctx, formId, submission, error, { visibleFields: milestoneFields });
  }
  return redirectWithFlash(back(ctx, roadmapAnchors.milestone(created.id)), "Milstolpen är tillagd.");
}

async function setMilestoneDone(ctx: PageContext, formData: FormData) {
  const submission = parseWithZod(formData, { schema: MilestoneDoneSchema });
  if (submission.status !== "success") throw notFound();
  const { milestoneId, done } = submission.value;
  try {
    await ctx.api.roadmap.setMilestoneDone.mutate({ milestoneId, done });
  } catch (error) {
    return refused(ctx, roadmapFormIds.milestone(milestoneId), submission, error, { visibleFields: [] });
  }
  return redirectWithFlash(back(ctx, roadmapAnchors.milestoneToggle(milestoneId)), done ? "Milstolpen är markerad som nådd." : "Milstolpen är markerad som inte nådd.");
}

async function deleteMilestone(ctx: PageContext, formData: FormData) {
  const submission = parseWithZod(formData, { schema: MilestoneIdSchema });
  if (submission.status !== "success") throw notFound();
  try {
    await ctx.api.roadmap.deleteMilestone.mutate(submission.value);
  } catch (error) {
    return refused(ctx, roadmapFormIds.remove(submission.value.milestoneId), submission, error, { visibleFields: [] });
  }
  return redirectWithFlash(back(ctx, roadmapAnchors.milestones), "Milstolpen är borttagen.");
}

const handlers = {
  "create-area": createArea,
  "update-area": updateArea,
  "delete-area": deleteArea,
  "move-area": move("area"),
  "create-activity": createActivity,
  "update-activity": updateActivity,
  "delete-activity": deleteActivity,
  "move-activity": move("activity"),
  "create-milestone": createMilestone,
  "set-milestone-done": setMilestoneDone,
  "delete-milestone": deleteMilestone,
};

/** Runs the change to the färdplan that the posted form names in its `intent`. */
export const runRoadmapAction = (ctx: PageContext, formData: FormData) => runIntent(handlers, ctx, formData);
