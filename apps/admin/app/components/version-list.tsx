import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form, Link } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { ChangeStatusInputSchema } from "@naravard/domain";
import { formatDate } from "@naravard/ui";
import { type FormActionData, allErrors } from "../lib/roadmap-form-data.ts";
import {
  ADOPT_PARAM,
  type VersionSummary,
  adoptConsequence,
  canAdopt,
  isPublic,
  plainMoves,
  statusLabel,
  versionFormIds,
} from "../lib/version-view.ts";
import { FormErrors, TextField } from "./fields.tsx";
import { AskButton, PostButton } from "./roadmap-confirm.tsx";
import { useIsPosting } from "./roadmap-pending.ts";

interface Props {
  versions: (VersionSummary & { changedBy: string | null })[];
  pagePath: string;
  portalHref: string;
  mayChange: boolean;
  /** The version whose adoption is being confirmed (`?anta=`). */
  adopting: string | null;
  today: string;
  actionData: FormActionData | undefined;
}

const changedAt = new Intl.DateTimeFormat("sv-SE", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Stockholm" });

/** Every version of the målbild, newest first, with what a coordinator may do with each. */
export function VersionList({ versions, pagePath, portalHref, mayChange, adopting, today, actionData }: Props) {
  if (versions.length === 0) return <p className="empty">Målbilden har inga versioner ännu.</p>;
  return (
    <ol className="item-list">
      {versions.map((v) => {
        const about = <span className="visually-hidden"> version {v.versionNumber}</span>;
        return (
          <li key={v.id} id={versionFormIds.item(v.id)} className="item">
            <h3 className="item__title">
              Version {v.versionNumber}: {statusLabel(v.status)}
            </h3>
            <p className="item__subtitle">{v.title}</p>
            <dl className="item__facts">
              {v.adoptedOn ? (
                <div>
                  <dt>Antagen</dt>
                  <dd>{formatDate(v.adoptedOn)}</dd>
                </div>
              ) : null}
              <div>
                <dt>Senast ändrad</dt>
                <dd>
                  {changedAt.format(new Date(v.updatedAt))}
                  {v.changedBy ? ` av ${v.changedBy}` : ""}
                </dd>
              </div>
            </dl>
            {isPublic(v.status) ? (
              <p>
                <a href={`${portalHref}/${v.versionNumber}`}>Version {v.versionNumber} och vad som ändrats, på portalen</a>
              </p>
            ) : (
              <p className="item__meta">Utkast visas inte på portalen.</p>
            )}
            {mayChange ? (
              <>
                <FormErrors
                  id={`${versionFormIds.status(v.id)}-fel`}
                  errors={allErrors(actionData, versionFormIds.status(v.id))}
                />
                {adopting === v.id && canAdopt(v.status) ? (
                  <AdoptConfirm version={v} versions={versions} pagePath={pagePath} today={today} actionData={actionData} />
                ) : (
                  <div className="button-row">
                    {plainMoves(v.status).map((move) => (
                      <PostButton
                        key={move.status}
                        intent="change-status"
                        fields={{ malbildId: v.id, status: move.status }}
                        pagePath={pagePath}
                      >
                        {move.label}
                        {about}
                      </PostButton>
                    ))}
                    {canAdopt(v.status) ? (
                      <AskButton param={ADOPT_PARAM} value={v.id} pagePath={pagePath} anchor={versionFormIds.item(v.id)}>
                        Anta{about}
                      </AskButton>
                    ) : null}
                  </div>
                )}
              </>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}

interface AdoptConfirmProps {
  version: VersionSummary;
  versions: readonly VersionSummary[];
  pagePath: string;
  today: string;
  actionData: FormActionData | undefined;
}

/** "Anta version 3?": what adopting does (it supersedes the adopted version), the day of the decision, and one button. */
function AdoptConfirm({ version, versions, pagePath, today, actionData }: AdoptConfirmProps) {
  const formId = versionFormIds.adopt(version.id);
  const own = actionData?.formId === formId ? actionData : undefined;
  const [form, fields] = useForm({
    id: formId,
    lastResult: own?.result,
    defaultValue: { adoptedOn: today },
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ChangeStatusInputSchema }),
  });
  const posting = useIsPosting("change-status", { malbildId: version.id, status: "adopted" });
  const questionRef = useRef<HTMLParagraphElement>(null);
  // With a script the question takes the focus; without one the #fragment brings the reader here.
  useEffect(() => questionRef.current?.focus(), []);
  return (
    <div className="confirm" role="group" aria-labelledby={`${formId}-fraga`}>
      <p className="confirm__question" id={`${formId}-fraga`} ref={questionRef} tabIndex={-1}>
        Vill du anta version {version.versionNumber}?
      </p>
      <p>{adoptConsequence(version, versions)}</p>
      {/* Posted with the question still open, so a refused adoption comes back to it with its error. */}
      <Form
        method="post"
        action={`${pagePath}?${ADOPT_PARAM}=${version.id}#${versionFormIds.item(version.id)}`}
        preventScrollReset
        className="form"
        {...getFormProps(form)}
      >
        <input type="hidden" name="intent" value="change-status" />
        <input type="hidden" name="malbildId" value={version.id} />
        <input type="hidden" name="status" value="adopted" />
        <FormErrors id={form.errorId} errors={form.errors} />
        <TextField
          field={fields.adoptedOn}
          label="Beslutsdatum"
          hint="ÅÅÅÅ-MM-DD, dagen då målbilden antogs. Inte ett datum i framtiden."
          autoComplete="off"
        />
        <div className="button-row">
          <button type="submit" className="button" disabled={posting}>
            {posting ? "Antar …" : `Ja, anta version ${version.versionNumber}`}
          </button>
          <Link to={`${pagePath}#${versionFormIds.item(version.id)}`} preventScrollReset className="button button--secondary">
            Avbryt
          </Link>
        </div>
      </Form>
    </div>
  );
}
