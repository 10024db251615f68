/**
 * Swedish labels of the domain's enumerations. Kept apart from the zod schemas so that a page's
 * browser bundle can show a label without carrying zod (the portal's JavaScript budget).
 */
import type { EffectiveAdoptionStatus } from "./adoption.ts";
import type { AuditAction } from "./audit.ts";
import type { Role } from "./auth.ts";
import type { MalbildStatus } from "./malbild.ts";
import type { EventKind } from "./participation.ts";
import type { ActivityStatus } from "./roadmap.ts";
import type { Audience, StrategyActivityKind, StrategyMode } from "./strategy.ts";
import type { MemberKind, TenantKind } from "./tenant.ts";

export const adoptionStatusLabel: Record<EffectiveAdoptionStatus, string> = {
  none: "Inget beslut registrerat",
  not_started: "Ej påbörjat",
  in_preparation: "Under beredning",
  adopted: "Har antagit målbilden",
  declined: "Har avslagit",
};

export const auditActionLabel: Record<AuditAction, string> = { INSERT: "Skapade", UPDATE: "Ändrade", DELETE: "Tog bort" };

/** What the audit log calls each table, in the admin's words. */
export const auditEntityLabel: Record<string, string> = {
  malbild: "Målbild",
  perspective: "Perspektiv",
  statement: "Påstående",
  shift: "Förflyttning",
  principle: "Princip",
  journey_stage: "Steg i färdriktningen",
  faq_entry: "Vanlig fråga",
  member_organisation: "Part",
  membership: "Behörighet",
  invitation: "Inbjudan",
  adoption_decision: "Beslut",
  roadmap_area: "Område i färdplanen",
  roadmap_activity: "Aktivitet i färdplanen",
  roadmap_milestone: "Milstolpe",
  activity_owner: "Ansvarig för aktivitet",
  activity_link: "Koppling till målbilden",
  activity_progress: "Framsteg",
  strategy: "Strategi",
  strategy_activity: "Aktivitet i strategi",
  strategy_meeting: "Styrgruppsmöte",
  indicator: "Indikator",
  indicator_value: "Indikatorvärde",
  indicator_link: "Koppling till indikator",
  tenant_setting: "Inställning",
  event: "Evenemang",
  event_material: "Material till evenemang",
  article: "Artikel",
  article_member: "Artikelns parter",
  contact: "Kontaktperson",
  input_question: "Fråga till allmänheten",
  input_entry: "Synpunkt",
  page_feedback: "Återkoppling på sida",
  // Global rows without a tenant, recorded by the API in each programme concerned.
  tenant: "Program",
  app_user: "Konto",
  session: "Inloggningar",
  password_reset: "Länk för nytt lösenord",
};

export const roleLabel: Record<Role, string> = {
  coordinator: "Samordnare",
  editor: "Redaktör",
  viewer: "Läsare",
};

export const malbildStatusLabel: Record<MalbildStatus, string> = {
  draft: "Utkast",
  consultation: "Prototyp på remiss",
  adopted: "Antagen",
  superseded: "Ersatt",
};

export const eventKindLabel: Record<EventKind, string> = {
  focus_week: "Fokusvecka",
  workshop: "Workshop",
  seminar: "Seminarium",
  dialogue_meeting: "Dialogmöte",
};

export const eventScopeLabel = { regional: "Regionalt", local: "Lokalt" } as const;

export const activityStatusLabel: Record<ActivityStatus, string> = {
  planned: "Planerad",
  ongoing: "Pågår",
  done: "Klar",
  paused: "Pausad",
};

export const strategyModeLabel: Record<StrategyMode, string> = {
  implement: "Implementera befintlig strategi",
  develop: "Ta fram ny strategi",
};

export const strategyActivityKindLabel: Record<StrategyActivityKind, string> = {
  information: "Informationsinsats",
  dialogue_meeting: "Dialogmöte",
  workshop: "Workshop",
  other: "Annan aktivitet",
};

export const audienceLabel: Record<Audience, string> = {
  staff: "Medarbetare",
  managers: "Chefer",
  leaders: "Ledare",
  politicians: "Politiker",
  citizens: "Invånare",
};

export const tenantKindLabel: Record<TenantKind, string> = {
  region: "Region",
  municipal_federation: "Kommunalförbund",
};

export const memberKindLabel: Record<MemberKind, string> = {
  region: "Region",
  municipality: "Kommun",
  federation: "Kommunalförbund",
};
