import { Form } from "@remix-run/react";
import type { Role } from "@naravard/domain";
import { formatDate, formatDateTime, peopleFormIds, roleChoices } from "../lib/people-forms.ts";
import { type FormActionData, allErrors, pageParams } from "../lib/roadmap-form-data.ts";
import { FormErrors } from "./fields.tsx";
import { AskButton, ConfirmRemoval, PostButton } from "./roadmap-confirm.tsx";
import { useIsPosting } from "./roadmap-pending.ts";

export interface MemberView {
  userId: string;
  name: string;
  email: string;
  role: Role;
  roleLabel: string;
  since: string;
}

export interface InvitationView {
  id: string;
  email: string;
  roleLabel: string;
  expiresAt: string;
}

interface MemberListProps {
  members: MemberView[];
  selfId: string;
  pagePath: string;
  /** The member asked about (`?ta-bort=`). */
  confirming: string | null;
  actionData: FormActionData | undefined;
}

/** The programme's members, each with what a coordinator can do about them. */
export function MemberList({ members, selfId, pagePath, confirming, actionData }: MemberListProps) {
  return (
    <ul className="plain-list">
      {members.map((m) => {
        const self = m.userId === selfId;
        const removeFormId = peopleFormIds.remove(m.userId);
        return (
          <li key={m.userId} className="panel" id={peopleFormIds.member(m.userId)}>
            <h3>
              {m.name}
              {self ? " (du)" : ""}
            </h3>
            <p className="hint">
              {m.email} · {m.roleLabel} · medlem sedan {formatDate(m.since)}
            </p>
            <RoleForm member={m} pagePath={pagePath} actionData={actionData} />
            <div className="button-row">
              <PostButton intent="reset-link" fields={{ userId: m.userId }} pagePath={pagePath} id={peopleFormIds.resetLink(m.userId)}>
                Skapa länk för nytt lösenord<span className="visually-hidden"> till {m.name}</span>
              </PostButton>
              {self ? null : (
                <PostButton intent="sign-out-member" fields={{ userId: m.userId }} pagePath={pagePath} id={peopleFormIds.signOut(m.userId)}>
                  Logga ut överallt<span className="visually-hidden"> {m.name}</span>
                </PostButton>
              )}
              <AskButton
                param={pageParams.remove}
                value={m.userId}
                pagePath={pagePath}
                anchor={peopleFormIds.member(m.userId)}
                className="button button--danger-secondary button--small"
              >
                Ta bort<span className="visually-hidden"> {m.name}</span> ur programmet
              </AskButton>
            </div>
            <FormErrors id={`${peopleFormIds.resetLink(m.userId)}-fel`} errors={allErrors(actionData, peopleFormIds.resetLink(m.userId))} />
            <FormErrors id={`${peopleFormIds.signOut(m.userId)}-fel`} errors={allErrors(actionData, peopleFormIds.signOut(m.userId))} />
            {confirming === m.userId ? (
              <ConfirmRemoval
                formId={removeFormId}
                question={self ? "Vill du ta bort dig själv ur programmet?" : `Vill du ta bort ${m.name} ur programmet?`}
                intent="remove-member"
                fields={{ userId: m.userId }}
                confirmLabel={self ? "Ja, ta bort mig" : `Ja, ta bort ${m.name}`}
                cancelTo={`${pagePath}#${peopleFormIds.removeAnchor(m.userId)}`}
                // Posting to the same question keeps it open, with the API's refusal under it.
                pagePath={`${pagePath}?${pageParams.remove}=${m.userId}`}
                actionData={actionData}
              >
                <p>
                  {self ? "Du" : m.name} kommer inte längre åt programmet. Det som redan är ändrat finns kvar i ändringsloggen. Personen kan
                  bjudas in igen senare.
                </p>
              </ConfirmRemoval>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

/** A member's role as a choice and one button: the API refuses to leave the programme without a coordinator. */
function RoleForm({ member, pagePath, actionData }: { member: MemberView; pagePath: string; actionData: FormActionData | undefined }) {
  const formId = peopleFormIds.role(member.userId);
  const errors = allErrors(actionData, formId);
  const posting = useIsPosting("change-role", { userId: member.userId });
  const selectId = `${formId}-val`;
  return (
    <Form method="post" action={pagePath} preventScrollReset className="inline-form role-form" id={formId}>
      <input type="hidden" name="intent" value="change-role" />
      <input type="hidden" name="userId" value={member.userId} />
      <label htmlFor={selectId}>Roll för {member.name}</label>{" "}
      <select
        className="select"
        id={selectId}
        name="role"
        defaultValue={member.role}
        aria-invalid={errors.length ? true : undefined}
        aria-describedby={errors.length ? `${formId}-fel` : undefined}
      >
        {roleChoices.map((r) => (
          <option key={r.value} value={r.value}>
            {r.label} – {r.description}
          </option>
        ))}
      </select>{" "}
      <button type="submit" className="button button--secondary button--small" disabled={posting}>
        {posting ? "Sparar …" : "Ändra roll"}
      </button>
      <FormErrors id={`${formId}-fel`} errors={errors} />
    </Form>
  );
}

/** Invitations nobody has accepted yet; revoking one makes its link stop working. */
export function InvitationList({ invitations, pagePath, actionData }: { invitations: InvitationView[]; pagePath: string; actionData: FormActionData | undefined }) {
  if (invitations.length === 0) return <p>Inga inbjudningar väntar på svar.</p>;
  return (
    <ul className="plain-list">
      {invitations.map((i) => (
        <li key={i.id} className="panel">
          <p>
            <strong>{i.email}</strong> · {i.roleLabel} · gäller till {formatDateTime(i.expiresAt)}
          </p>
          <PostButton intent="revoke-invitation" fields={{ invitationId: i.id }} pagePath={pagePath} className="button button--danger-secondary button--small">
            Återkalla inbjudan<span className="visually-hidden"> till {i.email}</span>
          </PostButton>
          <FormErrors id={`${peopleFormIds.revoke(i.id)}-fel`} errors={allErrors(actionData, peopleFormIds.revoke(i.id))} />
        </li>
      ))}
    </ul>
  );
}
