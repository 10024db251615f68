import { parseWithZod } from "@conform-to/zod/v4";
import { data } from "@remix-run/node";
import { EventInputSchema, MATERIAL_MAX_BYTES, MaterialLinkInputSchema, isPdf } from "@naravard/domain";
import { apiErrorCode, apiErrorMessage } from "./api.server.ts";
import { redirectWithFlash } from "./flash.server.ts";
import {
  EventIdSchema,
  MATERIAL_NOT_PDF,
  MATERIAL_TOO_LARGE,
  MaterialIdSchema,
  MaterialUploadSchema,
  UpdateEventSchema,
  participationAnchors,
  participationFormIds,
} from "./participation-forms.ts";
import { type PageContext, invalid, refused, runIntent } from "./roadmap-form-actions.server.ts";
import { type FormActionData, clearMissing } from "./roadmap-form-data.ts";
import { eventFacts } from "./participation-view.ts";
import { readUpload } from "./request.server.ts";
import { notFound } from "./session.server.ts";

/** The event pages: the list (`listUrl`) and one event's page (`pageUrl`). */
interface EventContext extends PageContext {
  listUrl: string;
}

const eventFields = [
  "kind",
  "title",
  "description",
  "scope",
  "audiences",
  "startsOn",
  "endsOn",
  "place",
  "onlineUrl",
  "parentId",
] as const;
const back = (ctx: EventContext, anchor: string) => `${ctx.pageUrl}#${anchor}`;

async function createEvent(ctx: EventContext, formData: FormData) {
  const formId = participationFormIds.create;
  const submission = parseWithZod(formData, { schema: EventInputSchema });
  if (submission.status !== "success") return invalid(formId, submission, eventFields);
  let created: { id: string };
  try {
    created = await ctx.api.event.create.mutate(submission.value);
  } catch (error) {
    return refused(ctx, formId, submission, error, { visibleFields: eventFields });
  }
  return redirectWithFlash(`${ctx.listUrl}/${created.id}`, "Evenemanget är skapat. Lägg till material nedan.");
}

async function updateEvent(ctx: EventContext, formData: FormData) {
  const formId = participationFormIds.edit(String(formData.get("eventId")));
  const submission = parseWithZod(formData, { schema: UpdateEventSchema });
  if (submission.status !== "success") return invalid(formId, submission, eventFields);
  try {
    // An emptied date, link or focus week is cleared; the API keeps what is not sent at all.
    await ctx.api.event.update.mutate(clearMissing(submission.value, ["startsOn", "endsOn", "onlineUrl", "parentId"]));
  } catch (error) {
    const { eventId } = submission.value;
    const savedNow = async () => {
      const found = (await ctx.api.event.list.query()).find((e) => e.id === eventId);
      return found ? eventFacts(found) : null;
    };
    return refused(ctx, formId, submission, error, { visibleFields: eventFields, savedNow });
  }
  return redirectWithFlash(back(ctx, participationAnchors.edited(submission.value.eventId)), "Evenemanget är sparat.");
}

async function deleteEvent(ctx: EventContext, formData: FormData) {
  const submission = parseWithZod(formData, { schema: EventIdSchema });
  // The id comes from the page, not from typing: an unusable one is an event that is not there.
  if (submission.status !== "success") throw notFound();
  try {
    await ctx.api.event.delete.mutate(submission.value);
  } catch (error) {
    return refused(ctx, participationFormIds.remove(submission.value.eventId), submission, error, { visibleFields: [] });
  }
  return redirectWithFlash(ctx.listUrl, "Evenemanget och dess material är borttagna.");
}

async function addLink(ctx: EventContext, formData: FormData) {
  const formId = participationFormIds.addLink;
  const submission = parseWithZod(formData, { schema: MaterialLinkInputSchema });
  if (submission.status !== "success") return invalid(formId, submission, ["title", "url"]);
  try {
    await ctx.api.event.addLink.mutate(submission.value);
  } catch (error) {
    return refused(ctx, formId, submission, error, { visibleFields: ["title", "url"] });
  }
  return redirectWithFlash(back(ctx, participationAnchors.materials), "Länken är tillagd.");
}

async function deleteMaterial(ctx: EventContext, formData: FormData) {
  const submission = parseWithZod(formData, { schema: MaterialIdSchema });
  if (submission.status !== "success") throw notFound();
  try {
    await ctx.api.event.deleteMaterial.mutate(submission.value);
  } catch (error) {
    return refused(ctx, participationFormIds.remove(submission.value.materialId), submission, error, { visibleFields: [] });
  }
  return redirectWithFlash(back(ctx, participationAnchors.materials), "Materialet är borttaget.");
}

/** The upload form's answer when the file said no: the error next to the file field. */
const fileRefused = (message: string, title?: string) =>
  data<FormActionData>(
    {
      formId: participationFormIds.addFile,
      result: { status: "error", initialValue: title ? { title } : null, error: { file: [message] } },
    },
    { status: 400 },
  );

/**
 * Uploads a PDF slide deck. The file is refused while it streams in once it passes 20 MB, and
 * its first bytes must say PDF, whatever its name says; nothing is stored otherwise.
 */
export async function uploadMaterial(ctx: EventContext, request: Request, pageEventId: string) {
  const formData = await readUpload(request, MATERIAL_MAX_BYTES);
  if (formData === "too-large") return fileRefused(MATERIAL_TOO_LARGE);
  // This page's event, whatever the form says.
  formData.set("eventId", pageEventId);
  const submission = parseWithZod(formData, { schema: MaterialUploadSchema });
  if (submission.status !== "success") return invalid(participationFormIds.addFile, submission, ["title", "file"]);
  const { eventId, title, file } = submission.value;
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (!isPdf(bytes)) return fileRefused(MATERIAL_NOT_PDF, title);
  try {
    await ctx.api.event.addFile.mutate({
      eventId,
      title,
      fileName: file.name || "bildspel.pdf",
      contentBase64: Buffer.from(bytes).toString("base64"),
    });
  } catch (error) {
    // The API's own refusals (empty, too large, not a PDF) are about the file.
    if (apiErrorCode(error) === "BAD_REQUEST") return fileRefused(apiErrorMessage(error, MATERIAL_NOT_PDF), title);
    return refused(ctx, participationFormIds.addFile, submission, error, { visibleFields: ["title", "file"] });
  }
  return redirectWithFlash(back(ctx, participationAnchors.materials), `Bildspelet ”${title}” är uppladdat.`);
}

/** The list page creates events. */
export const runEventListAction = (ctx: EventContext, formData: FormData) =>
  runIntent({ "create-event": createEvent }, ctx, formData);

/** One event's page: its facts and its materials. */
export const runEventAction = (ctx: EventContext, formData: FormData) =>
  runIntent(
    { "update-event": updateEvent, "delete-event": deleteEvent, "add-link": addLink, "delete-material": deleteMaterial },
    ctx,
    formData,
  );
