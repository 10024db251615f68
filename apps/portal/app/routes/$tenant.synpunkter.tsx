import { getFormProps, getInputProps, getTextareaProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { INPUT_TEXT_MAX, SubmitInputSchema } from "@naravard/domain";
import type { z } from "zod";
import { Breadcrumbs, formatDate } from "@naravard/ui";
import { apiErrorCode, apiFor, load } from "../lib/api.server.ts";
import { useSv, useT } from "../lib/i18n.ts";
import { metaT, pageTitle } from "../lib/meta.ts";
import { readFormData } from "../lib/request.server.ts";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const thanks = new URL(request.url).searchParams.has("tack");
  return { slug: params.tenant!, thanks, ...(await load(apiFor(request, params.tenant).publicInput.list.query())) };
}

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(metaT(matches)("Synpunkter")) }];

/** Anyone may answer; the API refuses spam with a clear message and stores nothing then. */
export async function action({ request, params }: ActionFunctionArgs) {
  const submission = parseWithZod(await readFormData(request), { schema: SubmitInputSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  try {
    await apiFor(request, params.tenant).publicInput.submit.mutate(submission.value);
  } catch (error) {
    const code = apiErrorCode(error);
    if (code === "BAD_REQUEST" || code === "TOO_MANY_REQUESTS" || code === "NOT_FOUND")
      return data(
        submission.reply({ formErrors: [error instanceof Error ? error.message : "Synpunkten kunde inte tas emot."] }),
        { status: code === "TOO_MANY_REQUESTS" ? 429 : 400 },
      );
    await load(Promise.reject(error));
  }
  return new Response(null, { status: 303, headers: { Location: `/${params.tenant}/synpunkter?tack=1#tack` } });
}

function QuestionForm({ questionId }: { questionId: string }) {
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm<z.input<typeof SubmitInputSchema>>({
    lastResult:
      lastResult && "status" in lastResult && lastResult.initialValue?.questionId === questionId ? lastResult : undefined,
    defaultValue: { questionId },
    // Validated on the server only: the same messages, and zod stays out of the public pages'
    // JavaScript (budget: 100 KB gzipped per page).
  });
  const t = useT();
  // The server's validation messages come from the domain package, in Swedish.
  const sv = useSv();
  return (
    <Form method="post" {...getFormProps(form)}>
      <input {...getInputProps(fields.questionId, { type: "hidden" })} />
      {form.errors?.length ? (
        <p id={form.errorId} className="field-error" role="alert" lang={sv}>
          {form.errors.join(" ")}
        </p>
      ) : null}
      <div className="form-row">
        <label htmlFor={fields.text.id}>{t("Din synpunkt")}</label>
        <textarea
          {...getTextareaProps(fields.text)}
          rows={6}
          maxLength={INPUT_TEXT_MAX}
          aria-describedby={`${fields.text.descriptionId} ${fields.text.errorId}`}
        />
        <p id={fields.text.descriptionId} className="hint">
          {t("Högst")} {INPUT_TEXT_MAX} {t("tecken.")}
        </p>
        {fields.text.errors ? (
          <p id={fields.text.errorId} className="field-error" lang={sv}>
            {fields.text.errors.join(" ")}
          </p>
        ) : null}
      </div>
      <div className="form-row">
        <label htmlFor={fields.name.id}>{t("Namn (frivilligt, visas om synpunkten publiceras)")}</label>
        <input {...getInputProps(fields.name, { type: "text" })} autoComplete="name" aria-describedby={fields.name.errorId} />
        {fields.name.errors ? (
          <p id={fields.name.errorId} className="field-error" lang={sv}>
            {fields.name.errors.join(" ")}
          </p>
        ) : null}
      </div>
      <div className="form-row">
        <label htmlFor={fields.email.id}>{t("E-post (frivilligt, visas aldrig)")}</label>
        <input {...getInputProps(fields.email, { type: "email" })} autoComplete="email" aria-describedby={fields.email.errorId} />
        {fields.email.errors ? (
          <p id={fields.email.errorId} className="field-error" lang={sv}>
            {fields.email.errors.join(" ")}
          </p>
        ) : null}
      </div>
      {/* A field people leave empty and spam robots fill in. */}
      <div className="visually-hidden">
        <label htmlFor={fields.website.id}>{t("Lämna detta fält tomt")}</label>
        <input {...getInputProps(fields.website, { type: "text" })} autoComplete="off" tabIndex={-1} />
      </div>
      <button type="submit" className="button">
        {t("Skicka synpunkt")}
      </button>
    </Form>
  );
}

export default function PublicInput() {
  const { slug, thanks, questions, published } = useLoaderData<typeof loader>();
  const t = useT();
  const sv = useSv();
  return (
    <div className="container">
      <Breadcrumbs items={[{ label: t("Start"), href: `/${slug}` }, { label: t("Synpunkter") }]} />
      <h1>{t("Synpunkter")}</h1>
      {thanks ? (
        <p id="tack" className="note" role="status" tabIndex={-1}>
          {t("Tack! Din synpunkt är mottagen. Den granskas innan den publiceras.")}
        </p>
      ) : null}
      {questions.length ? (
        questions.map((q) => (
          <section key={q.id} aria-labelledby={`fraga-${q.id}`}>
            <h2 id={`fraga-${q.id}`} lang={sv}>
              {q.question}
            </h2>
            <p className="hint" lang={sv}>
              {q.purpose}
            </p>
            <QuestionForm questionId={q.id} />
          </section>
        ))
      ) : (
        <p>{t("Det finns ingen öppen fråga just nu.")}</p>
      )}
      <h2>{t("Publicerade synpunkter")}</h2>
      {published.length ? (
        <ul className="cards">
          {published.map((p) => (
            <li key={p.id} className="card">
              <p lang={sv}>{p.text}</p>
              <p className="hint" lang={sv}>
                {p.name ? `${p.name}, ` : ""}
                {formatDate(new Date(p.createdAt).toISOString())}
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("Inga synpunkter är publicerade ännu.")}</p>
      )}
    </div>
  );
}

/** The interface of this page is translated (see lib/i18n.ts). */
export const handle = { english: true };
