import { describe, expect, it } from "vitest";
import { AcceptInvitationFormSchema, ChangePasswordFormSchema, PASSWORD_MISMATCH, ResetPasswordFormSchema, invitationFormSchema } from "./account-forms.ts";

const good = "en lång mening som lösenord";
const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((i) => `${i.path.join(".")}: ${i.message}`);

describe("the password typed twice", () => {
  it("is accepted when both are the same", () => {
    expect(AcceptInvitationFormSchema.safeParse({ name: " Eva Ek ", password: good, confirmPassword: good })).toEqual({
      success: true,
      data: { name: "Eva Ek", password: good, confirmPassword: good },
    });
    expect(ResetPasswordFormSchema.safeParse({ password: good, confirmPassword: good }).success).toBe(true);
  });

  it("puts a mismatch on the second field", () => {
    expect(issues(ResetPasswordFormSchema.safeParse({ password: good, confirmPassword: `${good}!` }))).toEqual([`confirmPassword: ${PASSWORD_MISMATCH}`]);
    expect(issues(ChangePasswordFormSchema.safeParse({ currentPassword: "gammalt", newPassword: good, confirmPassword: "annat" }))).toEqual([
      `confirmPassword: ${PASSWORD_MISMATCH}`,
    ]);
  });

  it("keeps the API's rules: long enough, and a new password that differs from the current one", () => {
    expect(issues(ResetPasswordFormSchema.safeParse({ password: "kort", confirmPassword: "kort" }))).toEqual(["password: Lösenordet måste ha minst 12 tecken."]);
    expect(issues(ChangePasswordFormSchema.safeParse({ currentPassword: good, newPassword: good, confirmPassword: good }))).toEqual([
      "newPassword: Det nya lösenordet måste skilja sig från det nuvarande.",
    ]);
  });
});

describe("invitationFormSchema", () => {
  it("asks everyone the same, a name and a password twice, whether or not the address has an account (decision 016)", () => {
    expect(issues(invitationFormSchema.safeParse({ password: good, confirmPassword: good }))).toEqual(["name: Skriv ditt namn."]);
    expect(invitationFormSchema.safeParse({ name: "Eva", password: "nara-vard-demo", confirmPassword: "nara-vard-demo" })).toMatchObject({ success: true });
  });
});
