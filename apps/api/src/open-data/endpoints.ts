import type { z } from "zod";
import type { createCaller } from "@naravard/api";
import * as S from "./schemas.ts";

type Caller = ReturnType<typeof createCaller>;

export interface Endpoint {
  /** OpenAPI path; `{tenant}` is the programme's slug. */
  path: string;
  operationId: string;
  summary: string;
  tenant: boolean;
  /** List endpoints are paginated and also served as CSV at `path + ".csv"`. */
  item: z.ZodType;
  list: boolean;
  /** Reads the whole answer (and the list, paginated in memory) through the portal's procedure. */
  load?: (api: Caller) => Promise<unknown>;
  /** Reads one page of the list in SQL, with the number of rows in all (the `openData` procedures). */
  page?: (api: Caller, query: { page: number; pageSize: number }) => Promise<{ rows: unknown[]; total: number }>;
  /** Columns for the CSV export (list endpoints). */
  csv?: (row: never) => Record<string, string | number | boolean | null>;
}

const join = (values: readonly string[]) => values.join("; ");
const articleCsv = (a: z.infer<typeof S.Article>) => ({
  titel: a.title,
  ingress: a.lead,
  text_html: a.body,
  publicerad: a.publishedOn,
  taggar: join(a.tags),
  parter: join(a.members),
});

export const endpoints: Endpoint[] = [
  {
    path: "/api/v1/programmes",
    operationId: "listProgrammes",
    summary: "Every programme on the platform",
    tenant: false,
    list: true,
    item: S.Programme,
    load: (api) => api.tenant.list(),
  },
  {
    path: "/api/v1/{tenant}/members",
    operationId: "listMembers",
    summary: "The programme's parties: the region or federation and its municipalities",
    tenant: true,
    list: true,
    item: S.Member,
    load: async (api) => (await api.tenant.current()).members,
  },
  {
    path: "/api/v1/{tenant}/malbild",
    operationId: "getMalbild",
    summary: "The programme's målbild (the adopted version)",
    tenant: true,
    list: false,
    item: S.Malbild,
    load: (api) => api.malbild.current(),
  },
  {
    path: "/api/v1/{tenant}/malbild/versions",
    operationId: "listMalbildVersions",
    summary: "Public versions of the målbild, newest first",
    tenant: true,
    list: true,
    item: S.MalbildVersion,
    load: (api) => api.malbildVersion.list(),
  },
  {
    path: "/api/v1/{tenant}/adoptions",
    operationId: "listAdoptionDecisions",
    summary: "Adoption decisions (beslut) of the programme's members",
    tenant: true,
    list: true,
    item: S.AdoptionDecision,
    load: async (api) => (await api.adoption.overview()).decisions,
    csv: (d: z.infer<typeof S.AdoptionDecision>) => ({
      part: d.memberName,
      status: d.status,
      beslutande_organ: d.decidingBody,
      datum: d.decidedOn,
      diarienummer: d.reference,
      lank: d.link,
      anteckning: d.note,
      version: d.versionNumber,
    }),
  },
  {
    path: "/api/v1/{tenant}/adoption-status",
    operationId: "listAdoptionStatus",
    summary: "Each member's current adoption status",
    tenant: true,
    list: true,
    item: S.AdoptionStatus,
    load: async (api) => (await api.adoption.overview()).members.map((m) => ({ ...m, memberId: m.id })),
  },
  {
    path: "/api/v1/{tenant}/roadmap/activities",
    operationId: "listRoadmapActivities",
    summary: "The roadmap's activities with status, progress, period and owners",
    tenant: true,
    list: true,
    item: S.RoadmapActivity,
    page: (api, q) => api.openData.roadmapActivities(q),
    csv: (a: z.infer<typeof S.RoadmapActivity>) => ({
      omrade: a.area,
      aktivitet: a.title,
      status: a.status,
      framsteg_procent: a.progress,
      start: a.startMonth,
      slut: a.endMonth,
      agare: join(a.owners),
      exempeldata: a.isDemo ? "ja" : "nej",
    }),
  },
  {
    path: "/api/v1/{tenant}/strategies",
    operationId: "listStrategies",
    summary: "Development strategies",
    tenant: true,
    list: true,
    item: S.Strategy,
    load: (api) => api.strategy.list(),
  },
  {
    path: "/api/v1/{tenant}/indicator-values",
    operationId: "listIndicatorValues",
    summary: "Measured values of the follow-up indicators, per member and period",
    tenant: true,
    list: true,
    item: S.IndicatorValue,
    page: (api, q) => api.openData.indicatorValues(q),
  },
  {
    path: "/api/v1/{tenant}/events",
    operationId: "listEvents",
    summary: "Events (focus weeks and their sessions, workshops, seminars, dialogue meetings) with their materials",
    tenant: true,
    list: true,
    item: S.Event,
    page: (api, q) => api.openData.events(q),
    csv: (e: z.infer<typeof S.Event>) => ({
      id: e.id,
      del_av: e.parentId,
      typ: e.kind,
      titel: e.title,
      beskrivning: e.description,
      omfattning: e.scope,
      malgrupper: join(e.audiences),
      start: e.startsOn,
      slut: e.endsOn,
      ar: e.year,
      plats: e.place,
      onlinelank: e.onlineUrl,
      material: join(e.materials.map((m) => m.title)),
    }),
  },
  {
    path: "/api/v1/{tenant}/news",
    operationId: "listNews",
    summary: "News, newest first",
    tenant: true,
    list: true,
    item: S.Article,
    page: (api, q) => api.openData.news(q),
    csv: articleCsv,
  },
  {
    path: "/api/v1/{tenant}/good-examples",
    operationId: "listGoodExamples",
    summary: "Good examples from the programme's members, newest first",
    tenant: true,
    list: true,
    item: S.Article,
    page: (api, q) => api.openData.goodExamples(q),
    csv: articleCsv,
  },
  {
    path: "/api/v1/{tenant}/contacts",
    operationId: "listContacts",
    summary: "Contact persons of the programme",
    tenant: true,
    list: true,
    item: S.Contact,
    page: (api, q) => api.openData.contacts(q),
    csv: (c: z.infer<typeof S.Contact>) => ({
      namn: c.name,
      roll: c.role,
      organisation: c.organisation,
      e_post: c.email,
      telefon: c.phone,
    }),
  },
  {
    path: "/api/v1/{tenant}/faq",
    operationId: "listFaq",
    summary: "Frequently asked questions (vanliga frågor) of the målbild",
    tenant: true,
    list: true,
    item: S.FaqEntry,
    page: (api, q) => api.openData.faq(q),
    csv: (f: z.infer<typeof S.FaqEntry>) => ({ fraga: f.question, svar: f.answer }),
  },
  {
    path: "/api/v1/{tenant}/public-input",
    operationId: "listPublicInput",
    summary: "Published answers from the public (synpunkter), newest first; no personal data but the name the portal shows",
    tenant: true,
    list: true,
    item: S.PublicInputAnswer,
    page: (api, q) => api.openData.publicInput(q),
    csv: (a: z.infer<typeof S.PublicInputAnswer>) => ({
      fraga: a.question,
      synpunkt: a.text,
      namn: a.name,
      datum: a.submittedOn,
    }),
  },
];
