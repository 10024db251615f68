import { z } from "zod";

export const AuditActionSchema = z.enum(["INSERT", "UPDATE", "DELETE"]);
export type AuditAction = z.infer<typeof AuditActionSchema>;

export const AuditListInputSchema = z
  .object({
    entity: z.string().trim().max(60).regex(/^[a-z_]*$/, { error: "Okänd typ av uppgift." }).optional(),
    actorUserId: z.uuid({ error: "Ogiltig användare." }).optional(),
    // Within what PostgreSQL's timestamptz holds (year 12730 is a valid JavaScript date).
    before: z.coerce
      .date({ error: "Ogiltigt datum." })
      .min(new Date("1900-01-01T00:00:00Z"), { error: "Ogiltigt datum." })
      .max(new Date("9999-12-31T23:59:59Z"), { error: "Ogiltigt datum." })
      .optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .default({ limit: 50 });
export type AuditListInput = z.infer<typeof AuditListInputSchema>;
