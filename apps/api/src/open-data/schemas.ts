import { z } from "zod";
import { OPEN_DATA_PAGE_MAX, OPEN_DATA_PAGE_SIZE_MAX } from "@naravard/domain";

/** Response shapes of the open-data API. They validate every answer and generate the OpenAPI document. */
export const Programme = z
  .object({
    slug: z.string().meta({ example: "varmland" }),
    name: z.string().meta({ example: "Region Värmland" }),
    programmeName: z.string(),
    kind: z.enum(["region", "municipal_federation"]),
    countyCode: z.string().meta({ description: "Länskod (SCB)", example: "17" }),
    description: z.string(),
  })
  .meta({ id: "Programme", description: "A målbild programme (tenant)." });

export const Member = z
  .object({
    id: z.uuid(),
    kind: z.enum(["region", "municipality", "federation"]),
    officialCode: z.string().meta({ description: "Kommunkod or länskod (SCB)", example: "1780" }),
    name: z.string(),
  })
  .meta({ id: "Member", description: "A party of the programme." });

const Statement = z.object({ text: z.string() });
export const Malbild = z
  .object({
    versionNumber: z.number().int(),
    title: z.string(),
    vision: z.string(),
    goal: z.string().nullable(),
    introduction: z.string(),
    sourceNote: z.string(),
    status: z.enum(["draft", "consultation", "adopted", "superseded"]),
    adoptedOn: z.string().nullable().meta({ format: "date" }),
    perspectives: z.array(z.object({ title: z.string(), description: z.string(), statements: z.array(Statement) })),
    statements: z.array(Statement),
    shifts: z.array(z.object({ fromText: z.string(), toText: z.string() })),
    principles: z.array(z.object({ text: z.string() })),
    journey: z.array(z.object({ title: z.string() })),
    faq: z.array(z.object({ question: z.string(), answer: z.string() })),
  })
  .meta({ id: "Malbild", description: "The adopted (else newest public) version of the programme's målbild." });

export const MalbildVersion = z
  .object({
    versionNumber: z.number().int(),
    title: z.string(),
    status: z.enum(["consultation", "adopted", "superseded"]),
    adoptedOn: z.string().nullable().meta({ format: "date" }),
  })
  .meta({ id: "MalbildVersion" });

export const AdoptionDecision = z
  .object({
    id: z.uuid(),
    memberId: z.uuid(),
    memberName: z.string(),
    status: z.enum(["not_started", "in_preparation", "adopted", "declined"]),
    decidingBody: z.string().nullable(),
    decidedOn: z.string().nullable().meta({ format: "date", description: "Null when the date is not recorded." }),
    reference: z.string().nullable().meta({ description: "Diarienummer" }),
    link: z.string().nullable(),
    note: z.string().nullable(),
    versionNumber: z.number().int().nullable().meta({ description: "The målbild version decided on." }),
  })
  .meta({ id: "AdoptionDecision", description: "A member's formal decision on the målbild." });

export const AdoptionStatus = z
  .object({
    memberId: z.uuid(),
    name: z.string(),
    officialCode: z.string(),
    status: z
      .enum(["none", "not_started", "in_preparation", "adopted", "declined"])
      .meta({ description: "none: no decision registered" }),
    decidedOn: z.string().nullable().meta({ format: "date" }),
  })
  .meta({ id: "AdoptionStatus", description: "Each member's current adoption status." });

export const RoadmapActivity = z
  .object({
    id: z.uuid(),
    area: z.string(),
    title: z.string(),
    description: z.string(),
    status: z.enum(["planned", "ongoing", "done", "paused"]),
    progress: z.number().int().min(0).max(100),
    startMonth: z.string().nullable(),
    endMonth: z.string().nullable(),
    owners: z.array(z.string()),
    isDemo: z.boolean().meta({ description: "Example content, not from the programme's sources." }),
  })
  .meta({ id: "RoadmapActivity" });

export const Strategy = z
  .object({
    id: z.uuid(),
    title: z.string(),
    mode: z.enum(["implement", "develop"]),
    focusArea: z.string(),
    description: z.string(),
    fundingSource: z.string(),
    fundingArea: z.string(),
    periodStart: z.number().int().nullable(),
    periodEnd: z.number().int().nullable(),
    commissionedBy: z.string(),
    steeringGroup: z.string(),
  })
  .meta({ id: "Strategy" });

export const IndicatorValue = z
  .object({
    indicatorCode: z.string(),
    indicatorTitle: z.string(),
    unit: z.string(),
    memberName: z.string(),
    memberCode: z.string(),
    period: z.string(),
    value: z.number(),
    isDemo: z.boolean(),
  })
  .meta({ id: "IndicatorValue" });

export const EventMaterial = z
  .object({
    id: z.uuid(),
    title: z.string(),
    url: z.string().nullable().meta({ description: "An external link; null for a stored file." }),
    fileName: z.string().nullable().meta({ description: "A stored file (PDF), shown on the portal's event page." }),
    missing: z.boolean().meta({ description: "Named in the sources but not available." }),
  })
  .meta({ id: "EventMaterial" });

export const Event = z
  .object({
    id: z.uuid(),
    parentId: z.uuid().nullable().meta({ description: "The focus week this session belongs to." }),
    kind: z.enum(["focus_week", "workshop", "seminar", "dialogue_meeting"]),
    title: z.string(),
    description: z.string(),
    scope: z.enum(["regional", "local"]),
    audiences: z.array(z.enum(["staff", "managers", "leaders", "politicians", "citizens"])),
    startsOn: z.string().nullable().meta({ format: "date", description: "Null when the sources give no date." }),
    endsOn: z.string().nullable().meta({ format: "date" }),
    year: z.number().int().nullable(),
    place: z.string(),
    onlineUrl: z.string().nullable(),
    materials: z.array(EventMaterial),
  })
  .meta({ id: "Event", description: "An event: focus week, workshop, seminar or dialogue meeting." });

export const Article = z
  .object({
    id: z.uuid(),
    title: z.string(),
    lead: z.string(),
    body: z.string().meta({ description: "Sanitised HTML (paragraphs, lists, headings, links)." }),
    publishedOn: z.string().nullable().meta({ format: "date", description: "Null when the sources give no date." }),
    tags: z.array(z.string()),
    members: z.array(z.string()).meta({ description: "The members (parties) the article is about." }),
  })
  .meta({ id: "Article", description: "A news item or a good example." });

export const Contact = z
  .object({
    id: z.uuid(),
    name: z.string(),
    role: z.string(),
    organisation: z.string(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
  })
  .meta({ id: "Contact", description: "A contact person of the programme, as the portal lists them." });

export const FaqEntry = z
  .object({ id: z.uuid(), question: z.string(), answer: z.string() })
  .meta({ id: "FaqEntry", description: "A question and answer of the målbild the portal shows." });

export const PublicInputAnswer = z
  .object({
    id: z.uuid(),
    questionId: z.uuid(),
    question: z.string(),
    text: z.string(),
    name: z
      .string()
      .nullable()
      .meta({ description: "The name the sender chose to show; null when none was given or it has been erased." }),
    submittedOn: z.string().meta({ format: "date" }),
  })
  .meta({
    id: "PublicInputAnswer",
    description: "A published answer from the public. No e-mail address or other personal data but the name shown on the portal.",
  });

export const ErrorBody = z.object({ error: z.string() }).meta({ id: "Error" });

const pageError = `page must be a whole number from 1 to ${OPEN_DATA_PAGE_MAX}.`;
const pageSizeError = `pageSize must be a whole number from 1 to ${OPEN_DATA_PAGE_SIZE_MAX}.`;
export const PageQuery = z.object({
  page: z.coerce
    .number({ error: pageError })
    .int({ error: pageError })
    .min(1, { error: pageError })
    .max(OPEN_DATA_PAGE_MAX, { error: pageError })
    .default(1)
    .meta({ description: "1-based page number" }),
  pageSize: z.coerce
    .number({ error: pageSizeError })
    .int({ error: pageSizeError })
    .min(1, { error: pageSizeError })
    .max(OPEN_DATA_PAGE_SIZE_MAX, { error: pageSizeError })
    .default(100)
    .meta({ description: `Items per page (max ${OPEN_DATA_PAGE_SIZE_MAX})` }),
});

export const page = <T extends z.ZodType>(item: T) =>
  z.object({ data: z.array(item), page: z.number().int(), pageSize: z.number().int(), total: z.number().int() });
