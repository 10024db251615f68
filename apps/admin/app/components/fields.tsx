import { type FieldMetadata, getInputProps, getSelectProps, getTextareaProps } from "@conform-to/react";
import type { ReactNode } from "react";

interface FieldProps {
  field: FieldMetadata<string | null | undefined>;
  label: ReactNode;
  /** Guidance under the label; read out with the field through aria-describedby. */
  hint?: ReactNode;
}

/** Label, hint, control and the field's error, wired together for assistive technology. */
function FieldShell({ field, label, hint, children }: FieldProps & { children: ReactNode }) {
  return (
    <div className={field.errors ? "field field--invalid" : "field"}>
      <label className="field__label" htmlFor={field.id}>
        {label}
      </label>
      {hint ? (
        <p className="field__hint" id={field.descriptionId}>
          {hint}
        </p>
      ) : null}
      <FieldError field={field} />
      {children}
    </div>
  );
}

export function FieldError({ field }: { field: Pick<FieldMetadata<unknown>, "errorId" | "errors"> }) {
  if (!field.errors?.length) return null;
  return (
    <p className="field__error" id={field.errorId}>
      <span className="visually-hidden">Fel: </span>
      {field.errors.join(" ")}
    </p>
  );
}

export function TextField({ type = "text", autoComplete, ...props }: FieldProps & { type?: "text" | "email" | "password"; autoComplete?: string }) {
  const describedBy = props.hint ? props.field.descriptionId : undefined;
  return (
    <FieldShell {...props}>
      <input className="input" {...getInputProps(props.field, { type, ariaDescribedBy: describedBy })} autoComplete={autoComplete} />
    </FieldShell>
  );
}

export function TextareaField({ rows = 4, ...props }: FieldProps & { rows?: number }) {
  const describedBy = props.hint ? props.field.descriptionId : undefined;
  return (
    <FieldShell {...props}>
      <textarea className="textarea" rows={rows} {...getTextareaProps(props.field, { ariaDescribedBy: describedBy })} />
    </FieldShell>
  );
}

export function SelectField({ options, ...props }: FieldProps & { options: { value: string; label: string }[] }) {
  const describedBy = props.hint ? props.field.descriptionId : undefined;
  return (
    <FieldShell {...props}>
      <select className="select" {...getSelectProps(props.field, { ariaDescribedBy: describedBy })}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

/** Errors about the whole form (wrong password, someone else saved first, no permission). */
export function FormErrors({ id, errors }: { id: string; errors: string[] | undefined }) {
  if (!errors?.length) return null;
  return (
    <div className="form-error" id={id} role="alert">
      {errors.map((e) => (
        <p key={e}>{e}</p>
      ))}
    </div>
  );
}
