import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form, Link } from "@remix-run/react";
import { ArticleFormSchema, TAGS_TEXT, withTags } from "../lib/participation-forms.ts";
import { type FormActionData, editAction } from "../lib/roadmap-form-data.ts";
import { FieldError, FormErrors, TextField, TextareaField } from "./fields.tsx";
import { CheckboxGroupField } from "./roadmap-fields.tsx";
import { useIsPosting } from "./roadmap-pending.ts";
import { SavedNowFacts } from "./saved-now.tsx";

export interface ArticleView {
  id: string;
  title: string;
  lead: string;
  body: string;
  publishedOn: string | null;
  tags: string[];
  members: { id: string; name: string }[];
  revision: number;
}

interface Props {
  formId: string;
  article?: ArticleView;
  members: { id: string; name: string }[];
  today: string;
  pagePath: string;
  cancelTo?: string;
  actionData: FormActionData | undefined;
  submitLabel: string;
}

/** A news item or a good example: title, lead, text (limited HTML), publish date, tags and the members it concerns. */
export function ArticleForm({ formId, article, members, today, pagePath, cancelTo, actionData, submitLabel }: Props) {
  const own = actionData?.formId === formId ? actionData : undefined;
  const [form, fields] = useForm({
    id: formId,
    lastResult: own?.result,
    defaultValue: {
      title: article?.title ?? "",
      lead: article?.lead ?? "",
      body: article?.body ?? "",
      publishedOn: article?.publishedOn ?? today,
      memberIds: article?.members.map((m) => m.id) ?? [],
      tags: article?.tags ?? [],
    },
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(withTags(formData), { schema: ArticleFormSchema }),
  });
  const posting = useIsPosting("save-article", article ? { articleId: article.id } : {});
  const tagsId = `${formId}-${TAGS_TEXT}`;
  // The tags are typed as one text; the schema's errors about any one of them show next to it.
  const tagErrors = Object.values(fields.tags.allErrors).flat() as string[];
  // After a refused save, what was typed (the text is not in the schema, so read it from the posted values).
  const typedTags = (form.initialValue as Record<string, unknown> | undefined)?.[TAGS_TEXT];
  return (
    <Form method="post" action={editAction(pagePath, article?.id)} preventScrollReset className="form" {...getFormProps(form)}>
      <input type="hidden" name="intent" value="save-article" />
      {article ? (
        <>
          <input type="hidden" name="articleId" value={article.id} />
          <input type="hidden" name="expectedRevision" value={own?.saved?.revision ?? article.revision} />
        </>
      ) : null}
      <FormErrors id={form.errorId} errors={form.errors} />
      <TextField field={fields.title} label="Rubrik" hint="Minst 3 tecken." />
      <TextField field={fields.publishedOn} label="Publiceringsdatum" hint="ÅÅÅÅ-MM-DD." autoComplete="off" />
      <TextareaField field={fields.lead} label="Ingress" hint="Frivilligt. En eller två meningar, högst 600 tecken." rows={2} />
      <TextareaField
        field={fields.body}
        label="Text"
        hint="Du kan använda HTML: stycken (p), fetstil (strong), kursiv (em), listor (ul, ol, li), rubriker (h2–h4), citat (blockquote) och länkar (a). Skript och annan HTML tas bort när du sparar."
        rows={8}
      />
      <div className={tagErrors.length ? "field field--invalid" : "field"}>
        <label className="field__label" htmlFor={tagsId}>
          Taggar
        </label>
        <p className="field__hint" id={`${tagsId}-hint`}>
          Frivilligt. Skilj taggarna åt med kommatecken, till exempel ”äldre, digitalisering”.
        </p>
        <FieldError field={{ errorId: `${tagsId}-error`, errors: tagErrors.length ? tagErrors : undefined }} />
        <input
          className="input"
          id={tagsId}
          name={TAGS_TEXT}
          defaultValue={typeof typedTags === "string" ? typedTags : (article?.tags.join(", ") ?? "")}
          aria-invalid={tagErrors.length ? true : undefined}
          aria-describedby={[`${tagsId}-hint`, tagErrors.length ? `${tagsId}-error` : null].filter(Boolean).join(" ")}
          autoComplete="off"
        />
      </div>
      <CheckboxGroupField
        field={fields.memberIds}
        legend="Berörda parter"
        hint="Frivilligt. Vilka kommuner eller regioner det gäller."
        options={members.map((m) => ({ value: m.id, label: m.name }))}
        empty="Programmet har inga parter att välja."
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={posting}>
          {posting ? "Sparar …" : submitLabel}
        </button>
        {cancelTo ? (
          <Link to={cancelTo} preventScrollReset className="button button--secondary">
            Avbryt
          </Link>
        ) : null}
      </div>
      {own?.saved ? <SavedNowFacts saved={own.saved} /> : null}
    </Form>
  );
}
