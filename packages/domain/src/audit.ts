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
