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
  load: (api: Caller) => Promise<unknown>;
  /** Columns for the CSV export (list endpoints). */
  csv?: (row: never) => Record<string, string | number | boolean | null>;
}

const join = (values: readonly string[]) => values.join("; ");

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
    load: async (api) =>
      (await api.roadmap.get()).areas.flatMap((area) => area.activities.map((a) => ({ ...a, area: area.title, owners: a.owners.map((o) => o.name) }))),
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
    load: async (api) =>
      (await api.indicator.list()).flatMap((i) =>
        i.values.map((v) => ({ indicatorCode: i.code, indicatorTitle: i.title, unit: i.unit, isDemo: i.isDemo, ...v })),
      ),
  },
];
