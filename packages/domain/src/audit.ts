import { z } from "zod";

export const AuditActionSchema = z.enum(["INSERT", "UPDATE", "DELETE"]);
export type AuditAction = z.infer<typeof AuditActionSchema>;

export const AuditListInputSchema = z
  .object({
    entity: z.string().trim().max(60).regex(/^[a-z_]*$/, { error: "Okänd typ av uppgift." }).optional(),
    actorUserId: z.uuid({ error: "Ogiltig användare." }).optional(),
    before: z.coerce.date({ error: "Ogiltigt datum." }).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .default({ limit: 50 });
export type AuditListInput = z.infer<typeof AuditListInputSchema>;
