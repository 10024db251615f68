import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form } from "@remix-run/react";
import type { TenantSettings } from "@naravard/domain";
import type { FormActionData } from "../lib/roadmap-form-data.ts";
import { SETTINGS_FORM, SettingsFormSchema, contrastText, settingsDefaults, termFields, termHint } from "../lib/settings-view.ts";
import { FormErrors, TextField } from "./fields.tsx";
import { useIsPosting } from "./roadmap-pending.ts";
import { SavedNowFacts } from "./saved-now.tsx";

interface Props {
  /** With the revision the form posts back, so a save over someone else's newer one is a conflict. */
  settings: TenantSettings & { revision: number };
  pagePath: string;
  actionData: FormActionData | undefined;
}

/** The programme's look on the portal (colour, logo text) and its own words for the platform's concepts. */
export function SettingsForm({ settings, pagePath, actionData }: Props) {
  const own = actionData?.formId === SETTINGS_FORM ? actionData : undefined;
  const [form, fields] = useForm({
    id: SETTINGS_FORM,
    lastResult: own?.result,
    defaultValue: settingsDefaults(settings),
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: SettingsFormSchema }),
  });
  const terms = fields.terms.getFieldset();
  const posting = useIsPosting("save-settings");

  return (
    <Form method="post" action={pagePath} preventScrollReset className="form" {...getFormProps(form)}>
      <input type="hidden" name="intent" value="save-settings" />
      <input type="hidden" name="expectedRevision" value={own?.saved?.revision ?? settings.revision} />
      <FormErrors id={form.errorId} errors={form.errors} />
      <fieldset className="subform">
        <legend>Utseende</legend>
        <TextField
          field={fields.accentColor}
          label={
            <>
              Temafärg <span className="swatch" style={{ backgroundColor: settings.accentColor }} aria-hidden="true" />
            </>
          }
          hint={`Används för länkar, knappar och sidhuvudet på portalen. Ange som #rrggbb. Sparad nu: ${settings.accentColor}. ${contrastText(settings.accentColor)}`}
          autoComplete="off"
        />
        <TextField
          field={fields.logoText}
          label="Logotyptext"
          hint="Texten i portalens sidhuvud, till exempel programmets eller organisationens namn."
        />
      </fieldset>
      <fieldset className="subform">
        <legend>Begrepp på portalen</legend>
        <p>
          Programmet kan använda sina egna ord, till exempel ”handlingsplan” i stället för ”färdplan”. Orden syns i portalens meny
          och rubriker.
        </p>
        <div className="form-grid">
          {termFields.map((t) => (
            <TextField key={t.key} field={terms[t.key]} label={t.label} hint={termHint(t.key)} autoComplete="off" />
          ))}
        </div>
      </fieldset>
      <div className="button-row">
        <button type="submit" className="button" disabled={posting}>
          {posting ? "Sparar …" : "Spara inställningarna"}
        </button>
      </div>
      {own?.saved ? <SavedNowFacts saved={own.saved} /> : null}
    </Form>
  );
}
