import { z } from "zod";
import { NewPasswordSchema, PersonNameSchema } from "@naravard/domain";

/**
 * The account forms' schemas: the API's inputs plus the new password typed a second time, which
 * only the form needs (a typo in a password nobody can see would lock the person out). Shared by
 * the browser (conform validates before posting) and the server actions.
 */
export const PASSWORD_MISMATCH = "Lösenorden är inte likadana. Skriv samma lösenord i båda fälten.";

const repeat = z.string({ error: "Skriv lösenordet en gång till." }).min(1, { error: "Skriv lösenordet en gång till." });

/** A new person accepting an invitation: their name and a password, twice. */
export const AcceptInvitationFormSchema = z
  .object({ name: PersonNameSchema, password: NewPasswordSchema, confirmPassword: repeat })
  .refine((v) => v.password === v.confirmPassword, { path: ["confirmPassword"], error: PASSWORD_MISMATCH });

/** A password chosen from a reset link. */
export const ResetPasswordFormSchema = z
  .object({ password: NewPasswordSchema, confirmPassword: repeat })
  .refine((v) => v.password === v.confirmPassword, { path: ["confirmPassword"], error: PASSWORD_MISMATCH });

/** The signed-in person changing their password. */
export const ChangePasswordFormSchema = z
  .object({
    currentPassword: z.string({ error: "Ange ditt nuvarande lösenord." }).min(1, { error: "Ange ditt nuvarande lösenord." }).max(200),
    newPassword: NewPasswordSchema,
    confirmPassword: repeat,
  })
  .refine((v) => v.currentPassword !== v.newPassword, { path: ["newPassword"], error: "Det nya lösenordet måste skilja sig från det nuvarande." })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], error: PASSWORD_MISMATCH });

export interface InvitationForm {
  name: string;
  password: string;
  confirmPassword: string;
}

/**
 * The invitation page asks everyone the same (decision 016: the page must not tell whether the
 * address has an account): a name and a password, twice. Someone who already has an account
 * types that account's password; the API then keeps their name as it is.
 */
export const invitationFormSchema: z.ZodType<InvitationForm> = AcceptInvitationFormSchema;
