import { z } from "zod";
import { PASSWORD_MIN } from "./limits.ts";

export const RoleSchema = z.enum(["coordinator", "editor", "viewer"], { error: "Välj en roll: samordnare, redaktör eller läsare." });
export type Role = z.infer<typeof RoleSchema>;


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



/** A new password: long rather than complicated (NIST SP 800-63B), at most 200 characters. */
export const NewPasswordSchema = z
  .string({ error: "Välj ett lösenord." })
  .min(PASSWORD_MIN, { error: `Lösenordet måste ha minst ${PASSWORD_MIN} tecken.` })
  .max(200, { error: "Lösenordet får vara högst 200 tecken." });

export const PersonNameSchema = z
  .string({ error: "Skriv ditt namn." })
  .trim()
  .min(2, { error: "Skriv ditt namn." })
  .max(120, { error: "Namnet får vara högst 120 tecken." });

export const InviteInputSchema = z.object({
  email: EmailSchema,
  role: RoleSchema,
});
export type InviteInput = z.infer<typeof InviteInputSchema>;

/** One-time tokens (invitations, password resets) are 43 characters of base64url. */
export const OneTimeTokenSchema = z.string({ error: "Länken är ogiltig." }).regex(/^[A-Za-z0-9_-]{43}$/, { error: "Länken är ogiltig." });

export const AcceptInvitationInputSchema = z.object({
  token: OneTimeTokenSchema,
  name: PersonNameSchema,
  password: NewPasswordSchema,
});

export const ResetPasswordInputSchema = z.object({ token: OneTimeTokenSchema, password: NewPasswordSchema });

export const ChangePasswordInputSchema = z
  .object({
    currentPassword: z.string({ error: "Ange ditt nuvarande lösenord." }).min(1, { error: "Ange ditt nuvarande lösenord." }).max(200),
    newPassword: NewPasswordSchema,
  })
  .refine((v) => v.currentPassword !== v.newPassword, { path: ["newPassword"], error: "Det nya lösenordet måste skilja sig från det nuvarande." });

export const ChangeRoleInputSchema = z.object({ userId: z.uuid({ error: "Ogiltig användare." }), role: RoleSchema });
export const RemoveMemberInputSchema = z.object({ userId: z.uuid({ error: "Ogiltig användare." }) });
export const ResetLinkInputSchema = RemoveMemberInputSchema;

