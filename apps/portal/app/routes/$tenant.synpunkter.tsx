import { getFormProps, getInputProps, getTextareaProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { INPUT_TEXT_MAX, SubmitInputSchema } from "@naravard/domain";
import type { z } from "zod";
import { Breadcrumbs, formatDate } from "@naravard/ui";
import { apiErrorCode, apiFor, load } from "../lib/api.server.ts";
import { pageTitle } from "../lib/meta.ts";
import { readFormData } from "../lib/request.server.ts";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const thanks = new URL(request.url).searchParams.has("tack");
  return { slug: params.tenant!, thanks, ...(await load(apiFor(request, params.tenant).publicInput.list.query())) };
}

export const meta: MetaFunction = () => [{ title: pageTitle("Synpunkter") }];

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
  return (
    <Form method="post" {...getFormProps(form)}>
      <input {...getInputProps(fields.questionId, { type: "hidden" })} />
      {form.errors?.length ? (
        <p id={form.errorId} className="field-error" role="alert">
          {form.errors.join(" ")}
        </p>
      ) : null}
      <div className="form-row">
        <label htmlFor={fields.text.id}>Din synpunkt</label>
        <textarea
          {...getTextareaProps(fields.text)}
          rows={6}
          maxLength={INPUT_TEXT_MAX}
          aria-describedby={`${fields.text.descriptionId} ${fields.text.errorId}`}
        />
        <p id={fields.text.descriptionId} className="hint">
          Högst {INPUT_TEXT_MAX} tecken.
        </p>
        {fields.text.errors ? (
          <p id={fields.text.errorId} className="field-error">
            {fields.text.errors.join(" ")}
          </p>
        ) : null}
      </div>
      <div className="form-row">
        <label htmlFor={fields.name.id}>Namn (frivilligt, visas om synpunkten publiceras)</label>
        <input {...getInputProps(fields.name, { type: "text" })} autoComplete="name" aria-describedby={fields.name.errorId} />
        {fields.name.errors ? (
          <p id={fields.name.errorId} className="field-error">
            {fields.name.errors.join(" ")}
          </p>
        ) : null}
      </div>
      <div className="form-row">
        <label htmlFor={fields.email.id}>E-post (frivilligt, visas aldrig)</label>
        <input {...getInputProps(fields.email, { type: "email" })} autoComplete="email" aria-describedby={fields.email.errorId} />
        {fields.email.errors ? (
          <p id={fields.email.errorId} className="field-error">
            {fields.email.errors.join(" ")}
          </p>
        ) : null}
      </div>
      {/* A field people leave empty and spam robots fill in. */}
      <div className="visually-hidden">
        <label htmlFor={fields.website.id}>Lämna detta fält tomt</label>
        <input {...getInputProps(fields.website, { type: "text" })} autoComplete="off" tabIndex={-1} />
      </div>
      <button type="submit" className="button">
        Skicka synpunkt
      </button>
    </Form>
  );
}

export default function PublicInput() {
  const { slug, thanks, questions, published } = useLoaderData<typeof loader>();
  return (
    <div className="container">
      <Breadcrumbs items={[{ label: "Start", href: `/${slug}` }, { label: "Synpunkter" }]} />
      <h1>Synpunkter</h1>
      {thanks ? (
        <p id="tack" className="note" role="status" tabIndex={-1}>
          Tack! Din synpunkt är mottagen. Den granskas innan den publiceras.
        </p>
      ) : null}
      {questions.length ? (
        questions.map((q) => (
          <section key={q.id} aria-labelledby={`fraga-${q.id}`}>
            <h2 id={`fraga-${q.id}`}>{q.question}</h2>
            <p className="hint">{q.purpose}</p>
            <QuestionForm questionId={q.id} />
          </section>
        ))
      ) : (
        <p>Det finns ingen öppen fråga just nu.</p>
      )}
      <h2>Publicerade synpunkter</h2>
      {published.length ? (
        <ul className="cards">
          {published.map((p) => (
            <li key={p.id} className="card">
              <p>{p.text}</p>
              <p className="hint">
                {p.name ? `${p.name}, ` : ""}
                {formatDate(new Date(p.createdAt).toISOString())}
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p>Inga synpunkter är publicerade ännu.</p>
      )}
    </div>
  );
}
