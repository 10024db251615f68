import { type FieldMetadata, getCollectionProps, getInputProps } from "@conform-to/react";
import type { ReactNode } from "react";
import { ELEMENT_FIELD } from "../lib/roadmap-form-data.ts";
import type { ElementGroup } from "../lib/roadmap-view.ts";
import { FieldError } from "./fields.tsx";

/**
 * The controls the programme-work forms need beyond components/fields.tsx: a group of checkboxes
 * (a multi-select that works without a script), a number, the målbild elements to link, and what
 * someone else saved. Label, hint and error are wired together the same way.
 */

interface GroupProps {
  field: FieldMetadata<string[] | string | null | undefined>;
  legend: ReactNode;
  hint?: ReactNode;
  options: { value: string; label: string }[];
  /** Said instead of the group when there is nothing to choose. */
  empty?: string;
  /** Radio buttons for a choice of one. */
  type?: "checkbox" | "radio";
}

export function CheckboxGroupField({ field, legend, hint, options, empty, type = "checkbox" }: GroupProps) {
  const describedBy = hint ? field.descriptionId : undefined;
  return (
    <fieldset
      className={field.errors ? "field field--invalid checkbox-group" : "field checkbox-group"}
      aria-describedby={describedBy}
    >
      <legend className="field__label">{legend}</legend>
      {hint ? (
        <p className="field__hint" id={field.descriptionId}>
          {hint}
        </p>
      ) : null}
      <FieldError field={field} />
      {options.length === 0 && empty ? <p className="empty">{empty}</p> : null}
      <div className="checkbox-group__options">
        {getCollectionProps(field, { type, options: options.map((o) => o.value), ariaDescribedBy: describedBy }).map(
          (props, index) => {
            const { key, ...input } = props;
            return (
              <div className="checkbox" key={key}>
                <input {...input} />
                <label htmlFor={input.id}>{options[index]!.label}</label>
              </div>
            );
          },
        )}
      </div>
    </fieldset>
  );
}

export function NumberField({
  field,
  label,
  hint,
  min,
  max,
  suffix,
}: {
  field: FieldMetadata<unknown>;
  label: ReactNode;
  hint?: ReactNode;
  min: number;
  max: number;
  suffix?: string;
}) {
  const describedBy = hint ? field.descriptionId : undefined;
  const { key, ...input } = getInputProps(field, { type: "number", ariaDescribedBy: describedBy });
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
      <span className="number-input">
        <input key={key} className="input input--short" {...input} min={min} max={max} step={1} inputMode="numeric" />
        {suffix ? <span aria-hidden="true">{suffix}</span> : null}
      </span>
    </div>
  );
}

/**
 * The målbild elements (perspectives, statements, shifts) an activity or an indicator moves: one
 * checkbox each, grouped. The boxes post `element=kind:id`; withElementLinks turns them into links.
 */
export function ElementLinksField({
  formId,
  groups,
  selected,
  errors,
  legend = "Kopplingar till målbilden",
  hint,
}: {
  formId: string;
  groups: ElementGroup[];
  selected: ReadonlySet<string>;
  errors: string[] | undefined;
  legend?: string;
  /** What a link means here: "… som aktiviteten för framåt". */
  hint: string;
}) {
  const errorId = `${formId}-element-error`;
  const hintId = `${formId}-element-hint`;
  const available = groups.filter((g) => g.options.length > 0);
  return (
    <fieldset
      className={errors?.length ? "field field--invalid checkbox-group" : "field checkbox-group"}
      aria-describedby={hintId}
    >
      <legend className="field__label">{legend}</legend>
      <p className="field__hint" id={hintId}>
        {available.length ? hint : "Målbilden har inga perspektiv, påståenden eller förflyttningar att koppla till ännu."}
      </p>
      <FieldError field={{ errorId, errors }} />
      {available.map((group) => (
        <fieldset key={group.legend} className="checkbox-group__sub">
          <legend>{group.legend}</legend>
          <div className="checkbox-group__options">
            {group.options.map((option) => {
              const id = `${formId}-element-${option.value.replace(/[^a-z0-9-]/gi, "-")}`;
              return (
                <div className="checkbox" key={option.value}>
                  <input
                    type="checkbox"
                    id={id}
                    name={ELEMENT_FIELD}
                    value={option.value}
                    defaultChecked={selected.has(option.value)}
                    aria-invalid={errors?.length ? true : undefined}
                    aria-describedby={errors?.length ? errorId : undefined}
                  />
                  <label htmlFor={id}>{option.label}</label>
                </div>
              );
            })}
          </div>
        </fieldset>
      ))}
    </fieldset>
  );
}
