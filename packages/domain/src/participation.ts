import { z } from "zod";
import { isoDate } from "./dates.ts";
import { EMAIL_MAX, INPUT_TEXT_MAX, MATERIAL_MAX_BYTES, URL_MAX } from "./limits.ts";
import { AudienceSchema } from "./strategy.ts";

// ---- Events ----------------------------------------------------------------------------------

export const EventKindSchema = z.enum(["focus_week", "workshop", "seminar", "dialogue_meeting"], { error: "Välj typ av evenemang." });
export type EventKind = z.infer<typeof EventKindSchema>;
export const EventScopeSchema = z.enum(["regional", "local"]);

const optionalDate = z
  .union([z.literal(""), isoDate("Ange datumet som ÅÅÅÅ-MM-DD.")])
  .transform((v) => v || null)
  .nullish();
const optionalUrl = z
  .union([z.literal(""), z.url({ protocol: /^https?$/, error: "Länken måste börja med https:// eller http://." }).max(URL_MAX, { error: `Länken får vara högst ${URL_MAX} tecken.` })])
  .transform((v) => v || null)
  .nullish();

export const EventInputSchema = z
  .object({
    kind: EventKindSchema,
    title: z.string({ error: "Skriv en rubrik." }).trim().min(3, { error: "Rubriken måste ha minst 3 tecken." }).max(200, { error: "Högst 200 tecken." }),
    description: z.string().trim().max(4000, { error: "Högst 4000 tecken." }).default(""),
    scope: EventScopeSchema.default("regional"),
    audiences: z.array(AudienceSchema).max(5).default([]),
    startsOn: optionalDate,
    endsOn: optionalDate,
    place: z.string().trim().max(200).default(""),
    onlineUrl: optionalUrl,
    parentId: z.uuid().nullish(),
  })
  .refine((v) => !v.startsOn || !v.endsOn || v.startsOn <= v.endsOn, { path: ["endsOn"], error: "Evenemanget kan inte sluta innan det börjar." });
export type EventInput = z.infer<typeof EventInputSchema>;

export const isPdf = (bytes: Uint8Array) => bytes.length > 4 && String.fromCharCode(...bytes.slice(0, 5)) === "%PDF-";

export const MaterialLinkInputSchema = z.object({
  eventId: z.uuid({ error: "Ogiltigt evenemang." }),
  title: z.string({ error: "Skriv en rubrik." }).trim().min(3, { error: "Rubriken måste ha minst 3 tecken." }).max(200),
  url: z.url({ protocol: /^https?$/, error: "Länken måste börja med https:// eller http://." }).max(URL_MAX, { error: `Länken får vara högst ${URL_MAX} tecken.` }),
});

export const MaterialFileInputSchema = z.object({
  eventId: z.uuid({ error: "Ogiltigt evenemang." }),
  title: z.string({ error: "Skriv en rubrik." }).trim().min(3, { error: "Rubriken måste ha minst 3 tecken." }).max(200),
  fileName: z.string().trim().min(1).max(200),
  /** The file, base64-encoded. */
  contentBase64: z.string().max(Math.ceil((MATERIAL_MAX_BYTES * 4) / 3) + 8, { error: "Filen är för stor (högst 20 MB)." }),
});

// ---- News and good examples -------------------------------------------------------------------

export const ArticleKindSchema = z.enum(["news", "good_example"]);
export type ArticleKind = z.infer<typeof ArticleKindSchema>;

export const ArticleInputSchema = z.object({
  kind: ArticleKindSchema,
  title: z.string({ error: "Skriv en rubrik." }).trim().min(3, { error: "Rubriken måste ha minst 3 tecken." }).max(200),
  lead: z.string().trim().max(600, { error: "Ingressen får vara högst 600 tecken." }).default(""),
  /** Rich text (HTML); sanitised on save, no script survives. */
  body: z.string().max(100_000, { error: "Texten är för lång." }).default(""),
  publishedOn: isoDate("Ange publiceringsdatum som ÅÅÅÅ-MM-DD."),
  tags: z.array(z.string().trim().min(1).max(40)).max(20).default([]),
  memberIds: z.array(z.uuid()).max(60).default([]),
});
export type ArticleInput = z.infer<typeof ArticleInputSchema>;

// ---- Contacts ----------------------------------------------------------------------------------

export const ContactInputSchema = z.object({
  name: z.string({ error: "Skriv namnet." }).trim().min(2, { error: "Skriv namnet." }).max(120),
  role: z.string().trim().max(160).default(""),
  organisation: z.string().trim().max(160).default(""),
  email: z
    .union([z.literal(""), z.email({ error: "Ange en giltig e-postadress." }).max(EMAIL_MAX, { error: "E-postadressen är för lång." })])
    .transform((v) => v || null)
    .nullish(),
  phone: z
    .union([z.literal(""), z.string().trim().regex(/^\+?[\d\s-]{6,20}$/, { error: "Ange ett telefonnummer med siffror, t.ex. 054-61 40 00." })])
    .transform((v) => v || null)
    .nullish(),
});

// ---- Public input (synpunkter) ---------------------------------------------------------------


export const QuestionInputSchema = z.object({
  question: z.string({ error: "Skriv frågan." }).trim().min(5, { error: "Frågan måste ha minst 5 tecken." }).max(300, { error: "Högst 300 tecken." }),
  purpose: z
    .string({ error: "Beskriv varför ni frågar och hur svaren används." })
    .trim()
    .min(10, { error: "Beskriv varför ni frågar och hur svaren används." })
    .max(1000),
  open: z.coerce.boolean().default(true),
});

/** What anyone may send, without an account. The honeypot field must stay empty. */
export const SubmitInputSchema = z.object({
  questionId: z.uuid({ error: "Frågan finns inte." }),
  text: z
    .string({ error: "Skriv din synpunkt." })
    .trim()
    .min(3, { error: "Skriv din synpunkt (minst 3 tecken)." })
    .max(INPUT_TEXT_MAX, { error: `Synpunkten får vara högst ${INPUT_TEXT_MAX} tecken.` }),
  name: z.string().trim().max(120, { error: "Namnet får vara högst 120 tecken." }).default(""),
  email: z
    .union([z.literal(""), z.email({ error: "Ange en giltig e-postadress, eller lämna fältet tomt." }).max(EMAIL_MAX, { error: "E-postadressen är för lång." })])
    .default(""),
  website: z.string().max(200).default(""),
});

export const ModerateInputSchema = z
  .object({
    entryIds: z.array(z.uuid()).min(1, { error: "Välj minst en synpunkt." }).max(200),
    decision: z.enum(["published", "rejected"]),
    reason: z.string().trim().max(500).default(""),
  })
  .refine((v) => v.decision !== "rejected" || v.reason.length >= 3, { path: ["reason"], error: "Ange ett skäl när du avvisar." });

export const RetentionInputSchema = z.object({
  days: z.coerce.number({ error: "Ange antal dagar." }).int().min(1, { error: "Minst 1 dag." }).max(3650, { error: "Högst 3650 dagar." }),
});

// ---- Page feedback ----------------------------------------------------------------------------

/**
 * The page the answer is about, as the browser sends it (`location.pathname`): a path of this
 * site, percent-encoded, so printable ASCII only. It is stored and the reader is sent back to it,
 * so no control character, no `//` or `\\` that a browser would read as another host, no query.
 */
const FeedbackPathSchema = z
  .string({ error: "Ogiltig sida." })
  .max(300, { error: "Ogiltig sida." })
  // No lookahead (the procedure fuzz generates strings from this pattern): the first character
  // after the leading slash is any of the set but another slash.
  .regex(/^\/(?:[!$%&'()*+,\-.0-9:;=@A-Z_a-z~][!$%&'()*+,\-./0-9:;=@A-Z_a-z~]*)?$/, { error: "Ogiltig sida." })
  .refine(
    (path) => {
      try {
        const url = new URL(path, "http://sida.invalid");
        return url.origin === "http://sida.invalid" && !url.pathname.startsWith("//");
      } catch {
        return false;
      }
    },
    { error: "Ogiltig sida." },
  );

export const FeedbackInputSchema = z.object({
  path: FeedbackPathSchema,
  useful: z.enum(["yes", "no"], { error: "Svara ja eller nej." }),
  comment: z.string().trim().max(1000, { error: "Kommentaren får vara högst 1000 tecken." }).default(""),
});

// ---- Search -------------------------------------------------------------------------------------

export const SearchInputSchema = z.object({
  q: z.string().trim().min(2, { error: "Skriv minst två tecken." }).max(200, { error: "Sökningen är för lång." }),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
