import { createHmac } from "node:crypto";
import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import sanitizeHtml from "sanitize-html";
import { z } from "zod";
import {
  ArticleInputSchema,
  ContactInputSchema,
  EventInputSchema,
  FeedbackInputSchema,
  MATERIAL_MAX_BYTES,
  MaterialFileInputSchema,
  MaterialLinkInputSchema,
  ModerateInputSchema,
  QuestionInputSchema,
  RetentionInputSchema,
  SearchInputSchema,
  SubmitInputSchema,
  RevisionSchema,
  isPdf,
  revisionWhenEditing,
} from "@naravard/domain";
import * as db from "@naravard/db";
import { clientKey, limitFeedback, limitSearch } from "../limits.ts";
import { unwrapEdit } from "../results.ts";
import { coordinatorProcedure, editorProcedure, notFound, tenantProcedure } from "../trpc.ts";

const Id = (what: string) => z.uuid({ error: `Ogiltig ${what}.` });
const w = db.withTenant;

/** Rich text keeps structure and links; no script, style, event handler or javascript: URL survives. */
export const sanitizeBody = (html: string) =>
  sanitizeHtml(html, {
    allowedTags: ["p", "br", "strong", "em", "ul", "ol", "li", "h2", "h3", "h4", "blockquote", "a"],
    allowedAttributes: { a: ["href"] },
    allowedSchemes: ["https", "http", "mailto"],
  });

export const eventRouter = {
  list: tenantProcedure.query(({ ctx }) => w(ctx.db, ctx.tenant.id, (tx) => db.listEvents(tx, { tenantId: ctx.tenant.id }))),
  material: tenantProcedure.input(z.object({ materialId: Id("fil") })).query(async ({ ctx, input }) => {
    const file = await w(ctx.db, ctx.tenant.id, (tx) => db.getMaterialFile(tx, { tenantId: ctx.tenant.id, ...input }));
    if (!file) throw notFound("Filen finns inte.");
    return { fileName: file.fileName, mimeType: file.mimeType, size: file.size, base64: Buffer.from(file.content!).toString("base64") };
  }),
  create: editorProcedure.input(EventInputSchema).mutation(async ({ ctx, input }) =>
    unwrapEdit(await w(ctx.db, ctx.tenant.id, (tx) => db.createEvent(tx, { tenantId: ctx.tenant.id, ...input }), ctx.actor), "Fokusveckan"),
  ),
  update: editorProcedure.input(EventInputSchema.and(z.object({ eventId: Id("evenemang"), expectedRevision: RevisionSchema }))).mutation(async ({ ctx, input }) =>
    unwrapEdit(await w(ctx.db, ctx.tenant.id, (tx) => db.updateEvent(tx, { tenantId: ctx.tenant.id, ...input }), ctx.actor), "Evenemanget"),
  ),
  delete: editorProcedure.input(z.object({ eventId: Id("evenemang") })).mutation(async ({ ctx, input }) =>
    unwrapEdit(await w(ctx.db, ctx.tenant.id, (tx) => db.deleteEvent(tx, { tenantId: ctx.tenant.id, ...input }), ctx.actor), "Evenemanget"),
  ),
  addLink: editorProcedure.input(MaterialLinkInputSchema).mutation(async ({ ctx, input }) =>
    unwrapEdit(await w(ctx.db, ctx.tenant.id, (tx) => db.addMaterial(tx, { tenantId: ctx.tenant.id, ...input }), ctx.actor), "Evenemanget"),
  ),
  /** Uploads a PDF slide deck: at most 20 MB, and the bytes must be a PDF whatever the name says. */
  addFile: editorProcedure.input(MaterialFileInputSchema).mutation(async ({ ctx, input }) => {
    const content = new Uint8Array(Buffer.from(input.contentBase64, "base64"));
    if (content.length === 0) throw new TRPCError({ code: "BAD_REQUEST", message: "Filen är tom." });
    if (content.length > MATERIAL_MAX_BYTES) throw new TRPCError({ code: "BAD_REQUEST", message: "Filen är för stor (högst 20 MB)." });
    if (!isPdf(content)) throw new TRPCError({ code: "BAD_REQUEST", message: "Filen är inte en PDF. Ladda upp bildspelet som PDF." });
    const fileName = input.fileName.replace(/[^\p{L}\p{N} ._-]/gu, "_").replace(/\.pdf$/i, "") + ".pdf";
    return unwrapEdit(
      await w(
        ctx.db,
        ctx.tenant.id,
        (tx) => db.addMaterial(tx, { tenantId: ctx.tenant.id, eventId: input.eventId, title: input.title, fileName, mimeType: "application/pdf", content }),
        ctx.actor,
      ),
      "Evenemanget",
    );
  }),
  deleteMaterial: editorProcedure.input(z.object({ materialId: Id("fil") })).mutation(async ({ ctx, input }) =>
    unwrapEdit(await w(ctx.db, ctx.tenant.id, (tx) => db.deleteMaterial(tx, { tenantId: ctx.tenant.id, ...input }), ctx.actor), "Materialet"),
  ),
} satisfies TRPCRouterRecord;

export const articleRouter = {
  list: tenantProcedure
    .input(z.object({ kind: z.enum(["news", "good_example"]).optional() }).default({}))
    .query(({ ctx, input }) => w(ctx.db, ctx.tenant.id, (tx) => db.listArticles(tx, { tenantId: ctx.tenant.id, ...input }))),
  save: editorProcedure
    .input(ArticleInputSchema.extend({ articleId: Id("artikel").optional(), expectedRevision: RevisionSchema.optional() }).superRefine(revisionWhenEditing("articleId")))
    .mutation(async ({ ctx, input }) =>
    unwrapEdit(
      await w(ctx.db, ctx.tenant.id, (tx) => db.saveArticle(tx, { tenantId: ctx.tenant.id, ...input, body: sanitizeBody(input.body) }), ctx.actor),
      "Artikeln eller parten",
    ),
  ),
  delete: editorProcedure.input(z.object({ articleId: Id("artikel") })).mutation(async ({ ctx, input }) =>
    unwrapEdit(await w(ctx.db, ctx.tenant.id, (tx) => db.deleteArticle(tx, { tenantId: ctx.tenant.id, ...input }), ctx.actor), "Artikeln"),
  ),
} satisfies TRPCRouterRecord;

export const contactRouter = {
  list: tenantProcedure.query(({ ctx }) => w(ctx.db, ctx.tenant.id, (tx) => db.listContacts(tx, { tenantId: ctx.tenant.id }))),
  save: editorProcedure
    .input(ContactInputSchema.extend({ contactId: Id("kontakt").optional(), expectedRevision: RevisionSchema.optional() }).superRefine(revisionWhenEditing("contactId")))
    .mutation(async ({ ctx, input }) =>
    unwrapEdit(await w(ctx.db, ctx.tenant.id, (tx) => db.saveContact(tx, { tenantId: ctx.tenant.id, ...input }), ctx.actor), "Kontakten"),
  ),
  delete: editorProcedure.input(z.object({ contactId: Id("kontakt") })).mutation(async ({ ctx, input }) =>
    unwrapEdit(await w(ctx.db, ctx.tenant.id, (tx) => db.deleteContact(tx, { tenantId: ctx.tenant.id, ...input }), ctx.actor), "Kontakten"),
  ),
} satisfies TRPCRouterRecord;

/** At most this many answers per sender and programme per hour. */
export const INPUT_RATE_LIMIT = 5;
const RATE_WINDOW_MS = 60 * 60 * 1000;
const hashSource = (address: string) => createHmac("sha256", process.env.INPUT_HASH_SECRET ?? "naravard-input").update(address).digest("hex");
const refuse = (message: string) => new TRPCError({ code: "BAD_REQUEST", message });

/** Published answers per page of the portal. */
export const PUBLISHED_PER_PAGE = 50;
const PublishedPageSchema = z.object({ page: z.coerce.number().int().min(1, "Sidan finns inte.").max(10_000, "Sidan finns inte.") });

export const publicInputRouter = {
  /** The open questions and a page of the published answers, newest first (`olderExist`: a next page). */
  list: tenantProcedure.input(PublishedPageSchema.optional()).query(({ ctx, input }) =>
    w(ctx.db, ctx.tenant.id, async (tx) => {
      const page = input?.page ?? 1;
      const { entries, olderExist } = await db.listPublishedEntries(tx, { tenantId: ctx.tenant.id, page, perPage: PUBLISHED_PER_PAGE });
      return { questions: (await db.listQuestions(tx, { tenantId: ctx.tenant.id })).filter((q) => q.open), published: entries, page, olderExist };
    }),
  ),

  /** Anyone may answer; spam is refused with a clear message and nothing is stored. */
  submit: tenantProcedure.input(SubmitInputSchema).mutation(async ({ ctx, input }) => {
    if (input.website !== "") throw refuse("Synpunkten kunde inte tas emot: fältet ”Lämna tomt” ska vara tomt. Töm det och skicka igen.");
    // Counted per client as every limit is (an IPv6 address by its /64; limits.ts).
    const sourceHash = hashSource(clientKey(ctx.clientAddress));
    return w(ctx.db, ctx.tenant.id, async (tx) => {
      if (!(await db.findOpenQuestion(tx, { tenantId: ctx.tenant.id, questionId: input.questionId })))
        throw notFound("Frågan finns inte eller är stängd för svar.");
      const recent = await db.countRecentFromSource(tx, { tenantId: ctx.tenant.id, sourceHash, since: new Date(Date.now() - RATE_WINDOW_MS) });
      if (recent >= INPUT_RATE_LIMIT)
        throw new TRPCError({ code: "TOO_MANY_REQUESTS", message: `Du har skickat ${INPUT_RATE_LIMIT} synpunkter den senaste timmen. Vänta en stund och försök igen.` });
      return db.insertEntry(tx, {
        tenantId: ctx.tenant.id,
        questionId: input.questionId,
        text: input.text,
        name: input.name || null,
        email: input.email || null,
        sourceHash,
      });
    });
  }),

  questions: editorProcedure.query(({ ctx }) => w(ctx.db, ctx.tenant.id, (tx) => db.listQuestions(tx, { tenantId: ctx.tenant.id }))),
  saveQuestion: coordinatorProcedure
    .input(QuestionInputSchema.extend({ questionId: Id("fråga").optional(), expectedRevision: RevisionSchema.optional() }).superRefine(revisionWhenEditing("questionId")))
    .mutation(async ({ ctx, input }) => unwrapEdit(await w(ctx.db, ctx.tenant.id, (tx) => db.saveQuestion(tx, { tenantId: ctx.tenant.id, ...input }), ctx.actor), "Frågan")),
  queue: editorProcedure
    .input(z.object({ status: z.enum(["pending", "published", "rejected"]).default("pending") }).default({ status: "pending" }))
    .query(({ ctx, input }) => w(ctx.db, ctx.tenant.id, (tx) => db.listEntriesForModeration(tx, { tenantId: ctx.tenant.id, ...input }))),
  /** Approve or reject one or many (bulk) entries; a rejection needs a reason. */
  moderate: editorProcedure.input(ModerateInputSchema).mutation(async ({ ctx, input }) => {
    const changed = await w(
      ctx.db,
      ctx.tenant.id,
      async (tx) => {
        const n = await db.moderateEntries(tx, { tenantId: ctx.tenant.id, userId: ctx.user.id, ...input });
        // All or nothing: thrown inside the transaction, so an id that is not the tenant's (or
        // does not exist) leaves the caller's own entries in the same request untouched too.
        if (n !== new Set(input.entryIds).size) throw notFound("En eller flera synpunkter finns inte.");
        return n;
      },
      ctx.actor,
    );
    return { changed };
  }),
  erasePersonalData: coordinatorProcedure.input(z.object({ entryId: Id("synpunkt") })).mutation(async ({ ctx, input }) => {
    const row = await w(ctx.db, ctx.tenant.id, (tx) => db.eraseEntryPersonalData(tx, { tenantId: ctx.tenant.id, ...input }), ctx.actor);
    if (!row) throw notFound("Synpunkten finns inte.");
    return row;
  }),
  /** Sets the retention period and erases, at once, the personal data now older than it. */
  setRetention: coordinatorProcedure.input(RetentionInputSchema).mutation(async ({ ctx, input }) =>
    w(
      ctx.db,
      ctx.tenant.id,
      async (tx) => {
        const settings = await db.getTenantSettings(tx, { tenantId: ctx.tenant.id, name: ctx.tenant.name });
        await db.saveTenantSettings(tx, { tenantId: ctx.tenant.id, ...settings, inputRetentionDays: input.days });
        const erased = await db.eraseExpiredPersonalData(tx, { tenantId: ctx.tenant.id, olderThan: new Date(Date.now() - input.days * 86_400_000) });
        return { days: input.days, erased };
      },
      ctx.actor,
    ),
  ),
} satisfies TRPCRouterRecord;

export const feedbackRouter = {
  /** "Hade du nytta av innehållet på denna sida?" — anyone, no account. */
  submit: tenantProcedure.input(FeedbackInputSchema).mutation(async ({ ctx, input }) => {
    await limitFeedback(ctx.db, { tenantId: ctx.tenant.id, address: ctx.clientAddress });
    await w(ctx.db, ctx.tenant.id, (tx) => db.insertFeedback(tx, { tenantId: ctx.tenant.id, path: input.path, useful: input.useful === "yes", comment: input.comment }));
    return { ok: true as const };
  }),
  summary: editorProcedure.query(({ ctx }) => w(ctx.db, ctx.tenant.id, (tx) => db.feedbackSummary(tx, { tenantId: ctx.tenant.id }))),
} satisfies TRPCRouterRecord;

export const searchRouter = {
  query: tenantProcedure.input(SearchInputSchema).query(async ({ ctx, input }) => {
    await limitSearch(ctx.db, { address: ctx.clientAddress });
    return w(ctx.db, ctx.tenant.id, (tx) => db.searchContent(tx, { tenantId: ctx.tenant.id, ...input }));
  }),
} satisfies TRPCRouterRecord;

