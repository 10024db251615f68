import { z } from "zod";
import {
  ArticleInputSchema,
  ContactInputSchema,
  EventInputSchema,
  MATERIAL_MAX_BYTES,
  QuestionInputSchema,
  RevisionSchema,
  revisionWhenEditing,
} from "@naravard/domain";
import { parseTags } from "./participation-view.ts";
import { askAnchor, pageParams } from "./roadmap-form-data.ts";

/**
 * What the participation pages (evenemang, nyheter, goda exempel, kontakt, frågor) and their
 * actions share: form ids, where a change returns, and the admin's forms of the API inputs.
 * Pure, so the forms validate with the same schemas in the browser before posting.
 */
export const PARTICIPATION_FORBIDDEN = "Din roll i programmet får inte ändra kommunikationen.";
export const QUESTIONS_FORBIDDEN = "Bara programmets samordnare får ändra frågorna och hur länge personuppgifter sparas.";

const Id = (what: string) => z.uuid({ error: `Ogiltig ${what}.` });

export const UpdateEventSchema = EventInputSchema.and(z.object({ eventId: Id("evenemang"), expectedRevision: RevisionSchema }));
export const EventIdSchema = z.object({ eventId: Id("evenemang") });
export const MaterialIdSchema = z.object({ materialId: Id("fil") });

export const MATERIAL_TOO_LARGE = "Filen är för stor (högst 20 MB).";
export const MATERIAL_NOT_PDF = "Filen är inte en PDF. Ladda upp bildspelet som PDF.";

/** The upload form: a title and one PDF. The bytes are checked on the server (and again by the API). */
export const MaterialUploadSchema = z.object({
  eventId: Id("evenemang"),
  title: z.string({ error: "Skriv en rubrik." }).trim().min(3, { error: "Rubriken måste ha minst 3 tecken." }).max(200),
  file: z
    .instanceof(File, { error: "Välj en PDF-fil." })
    .refine((f) => f.size > 0, { error: "Välj en PDF-fil." })
    .refine((f) => f.size <= MATERIAL_MAX_BYTES, { error: MATERIAL_TOO_LARGE }),
});

/** The article form: the kind comes from the page, the tags are typed comma-separated. */
export const ArticleFormSchema = ArticleInputSchema.omit({ kind: true })
  .extend({ articleId: Id("artikel").optional(), expectedRevision: RevisionSchema.optional() })
  .superRefine(revisionWhenEditing("articleId"));
export const ArticleIdSchema = z.object({ articleId: Id("artikel") });
export const TAGS_TEXT = "tagsText";

export const ContactFormSchema = ContactInputSchema.extend({
  contactId: Id("kontakt").optional(),
  expectedRevision: RevisionSchema.optional(),
}).superRefine(revisionWhenEditing("contactId"));
export const ContactIdSchema = z.object({ contactId: Id("kontakt") });

/**
 * A question is open or closed by a choice of two radio buttons: an unticked checkbox posts
 * nothing, and the API's `open` then falls back to "open", so closing could not be said.
 */
export const QuestionFormSchema = QuestionInputSchema.extend({
  questionId: Id("fråga").optional(),
  expectedRevision: RevisionSchema.optional(),
  open: z.enum(["open", "closed"], { error: "Välj om frågan är öppen för svar." }).transform((v) => v === "open"),
}).superRefine(revisionWhenEditing("questionId"));

export const participationFormIds = {
  create: "ny",
  edit: (id: string) => `andra-form-${id}`,
  remove: (id: string) => `ta-bort-form-${id}`,
  addLink: "ny-lank",
  addFile: "ny-fil",
  retention: "lagringstid",
};

export const participationAnchors = {
  list: "lista",
  facts: "uppgifter",
  materials: "material",
  item: (id: string) => `post-${id}`,
  /** After a save: the "Ändra" button that opened the form. */
  edited: (id: string) => askAnchor(pageParams.edit, id),
};

/** The two kinds of article, each with its own page on the same implementation. */
export const articleKinds = {
  news: {
    path: "nyheter",
    heading: "Nyheter",
    one: "nyheten",
    lead: "Nyheter om programmet, nyast först.",
    create: "Ny nyhet",
    none: "Inga nyheter ännu.",
    saved: "Nyheten är sparad.",
    removed: "Nyheten är borttagen.",
  },
  good_example: {
    path: "goda-exempel",
    heading: "Goda exempel",
    one: "exemplet",
    lead: "Exempel från parterna som andra kan inspireras av.",
    create: "Nytt gott exempel",
    none: "Inga goda exempel ännu.",
    saved: "Exemplet är sparat.",
    removed: "Exemplet är borttaget.",
  },
} as const;

/** The comma-separated tags text as the list `tags[0]`, `tags[1]` … that the schema reads; the text stays in the copy. */
export function withTags(formData: FormData): FormData {
  const out = new FormData();
  for (const [key, value] of formData) out.append(key, value);
  parseTags(String(formData.get(TAGS_TEXT) ?? "")).forEach((tag, index) => out.append(`tags[${index}]`, tag));
  return out;
}
