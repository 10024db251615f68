import { z } from "zod";

export const RoleSchema = z.enum(["coordinator", "editor", "viewer"]);
export type Role = z.infer<typeof RoleSchema>;

export const roleLabel: Record<Role, string> = {
  coordinator: "Samordnare",
  editor: "Redaktör",
  viewer: "Läsare",
};

export const EmailSchema = z
  .string({ error: "Ange din e-postadress." })
  .trim()
  .toLowerCase()
  .min(1, { error: "Ange din e-postadress." })
  .max(254, { error: "E-postadressen är för lång." })
  .pipe(z.email({ error: "Ange en giltig e-postadress, till exempel namn@kommun.se." }));

export const LoginInputSchema = z.object({
  email: EmailSchema,
  password: z
    .string({ error: "Ange ditt lösenord." })
    .min(1, { error: "Ange ditt lösenord." })
    .max(200, { error: "Lösenordet är för långt." }),
});
export type LoginInput = z.infer<typeof LoginInputSchema>;

/** A session lasts two weeks from sign-in. */
export const SESSION_TTL_MS = 14 * 24 * 60 * 60 * 1000;
