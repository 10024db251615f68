import { z } from "zod";

export const AuditActionSchema = z.enum(["INSERT", "UPDATE", "DELETE"]);
export type AuditAction = z.infer<typeof AuditActionSchema>;

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
};

export const AuditListInputSchema = z
  .object({
    entity: z.string().trim().max(60).regex(/^[a-z_]*$/, { error: "Okänd typ av uppgift." }).optional(),
    actorUserId: z.uuid({ error: "Ogiltig användare." }).optional(),
    before: z.coerce.date({ error: "Ogiltigt datum." }).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .default({ limit: 50 });
export type AuditListInput = z.infer<typeof AuditListInputSchema>;
