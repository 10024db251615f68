import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form, Link } from "@remix-run/react";
import { CreateTenantInputSchema, tenantKindLabel } from "@naravard/domain";
import { COUNTY_PARAM, CREATE_FORM, countyOptions, newProgrammeDefaults } from "../lib/platform-view.ts";
import type { FormActionData } from "../lib/roadmap-form-data.ts";
import { FormErrors, SelectField, TextField, TextareaField } from "./fields.tsx";
import { CheckboxGroupField } from "./roadmap-fields.tsx";
import { useIsPosting } from "./roadmap-pending.ts";

const kindOptions = Object.entries(tenantKindLabel).map(([value, label]) => ({ value, label }));

/**
 * Step one: which county. A GET form, so the next step (that county's municipalities) is a plain
 * page load and works without a script.
 */
export function CountyStep({ pagePath, countyCode }: { pagePath: string; countyCode: string | null }) {
  return (
    <Form method="get" action={pagePath} className="form">
      <div className="field">
        <label className="field__label" htmlFor="valj-lan">
          Län
        </label>
        <p className="field__hint" id="valj-lan-hint">
          Programmets parter väljs bland länets kommuner. Regionen i länet blir part automatiskt när programmet är en regions.
        </p>
        <select
          className="select"
          id="valj-lan"
          name={COUNTY_PARAM}
          defaultValue={countyCode ?? ""}
          aria-describedby="valj-lan-hint"
          required
        >
          <option value="" disabled>
            Välj län
          </option>
          {countyOptions().map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <div className="button-row">
        <button type="submit" className="button button--secondary">
          {countyCode ? "Byt län" : "Visa länets kommuner"}
        </button>
      </div>
    </Form>
  );
}

interface DetailsProps {
  county: { countyCode: string; county: string; municipalities: { code: string; name: string }[] };
  pagePath: string;
  actionData: FormActionData | undefined;
}

/** Step two: the programme itself, with the chosen county's municipalities to pick as members. */
export function ProgrammeStep({ county, pagePath, actionData }: DetailsProps) {
  const own = actionData?.formId === CREATE_FORM ? actionData : undefined;
  const [form, fields] = useForm({
    id: CREATE_FORM,
    lastResult: own?.result,
    defaultValue: newProgrammeDefaults(
      county.countyCode,
      county.municipalities.map((m) => m.code),
    ),
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: CreateTenantInputSchema }),
  });
  const posting = useIsPosting("create-programme");
  // The county stays in the address, so a refused form comes back with the same municipalities.
  const action = `${pagePath}?${COUNTY_PARAM}=${county.countyCode}`;

  return (
    <Form method="post" action={action} className="form subform" {...getFormProps(form)}>
      <input type="hidden" name="intent" value="create-programme" />
      <input type="hidden" name={fields.countyCode.name} value={county.countyCode} />
      <FormErrors id={form.errorId} errors={form.errors} />
      <div className="form-grid">
        <SelectField field={fields.kind} label="Typ av program" options={kindOptions} />
        <TextField
          field={fields.name}
          label="Organisationens namn"
          hint="Den region eller det kommunalförbund som driver programmet."
        />
        <TextField
          field={fields.programmeName}
          label="Programmets namn"
          hint="Som det står på portalen, till exempel ”Nära vård i Jämtlands län”."
        />
        <TextField
          field={fields.slug}
          label="Programkod"
          hint="Blir adressen på portalen och i admin, till exempel /jamtland. Små bokstäver a–z, siffror och bindestreck."
          autoComplete="off"
        />
      </div>
      <TextareaField
        field={fields.description}
        label="Beskrivning"
        hint="Frivilligt. Visas på programmets startsida på portalen."
        rows={3}
      />
      <CheckboxGroupField
        field={fields.memberCodes}
        legend={`Kommuner i ${county.county}`}
        hint="Kommunerna som är parter i programmet. Alla är valda från början."
        options={county.municipalities.map((m) => ({ value: m.code, label: m.name }))}
        empty="Länet har inga kommuner i registret."
      />
      <TextField
        field={fields.coordinatorEmail}
        type="email"
        label="Första samordnarens e-postadress"
        hint="Personen får en inbjudan att skapa sitt konto och kan sedan bjuda in fler till programmet."
        autoComplete="off"
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={posting}>
          {posting ? "Skapar …" : "Skapa programmet"}
        </button>
        <Link to={pagePath} className="button button--secondary">
          Avbryt
        </Link>
      </div>
    </Form>
  );
}
