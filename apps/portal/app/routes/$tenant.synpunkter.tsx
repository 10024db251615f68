import type { SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { sameOriginPath } from "@naravard/app-server/same-origin";
import { INPUT_TEXT_MAX, SubmitInputSchema } from "@naravard/domain";
import { Breadcrumbs, formatDate } from "@naravard/ui";
import { apiErrorCode, apiFor, load } from "../lib/api.server.ts";
import { echoReply } from "../lib/form-echo.ts";
import { useSv, useT } from "../lib/i18n.ts";
import { metaT, pageTitle } from "../lib/meta.ts";
import { readFormData } from "../lib/request.server.ts";

/** The questions and the published answers, 50 to a page (?sida=, newest first). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const thanks = url.searchParams.has("tack");
  const sida = url.searchParams.get("sida");
  const page = sida === null || sida === "" ? 1 : Number(sida);
  if (!Number.isInteger(page) || page < 1 || page > 10_000) throw new Response("Sidan finns inte.", { status: 404, statusText: "Not Found" });
  return { slug: params.tenant!, thanks, ...(await load(apiFor(request, params.tenant).publicInput.list.query(page > 1 ? { page } : undefined))) };
}

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(metaT(matches)("Synpunkter")) }];

/** Anyone may answer; the API refuses spam with a clear message and stores nothing then. */
export async function action({ request, params }: ActionFunctionArgs) {
  const submission = parseWithZod(await readFormData(request), { schema: SubmitInputSchema });
  // Shown again when refused: the form's own fields only, cut at the longest allowed answer.
  const echo = (reply: SubmissionResult) => echoReply(reply, Object.keys(SubmitInputSchema.shape), INPUT_TEXT_MAX);
  if (submission.status !== "success") return data(echo(submission.reply()), { status: 400 });
  try {
    await apiFor(request, params.tenant).publicInput.submit.mutate(submission.value);
  } catch (error) {
    const code = apiErrorCode(error);
    if (code === "BAD_REQUEST" || code === "TOO_MANY_REQUESTS" || code === "NOT_FOUND")
      return data(
        echo(submission.reply({ formErrors: [error instanceof Error ? error.message : "Synpunkten kunde inte tas emot."] })),
        { status: code === "TOO_MANY_REQUESTS" ? 429 : 400 },
      );
    await load(Promise.reject(error));
  }
  return new Response(null, { status: 303, headers: { Location: sameOriginPath(`/${params.tenant}/synpunkter?tack=1#tack`, request.url) } });
}

/**
 * The answer form. Validated on the server only (parseWithZod in the action): the same Swedish
 * messages with or without JavaScript, and neither zod nor a form library in the public pages'
 * JavaScript (budget: 100 KB gzipped per page).
 */
function QuestionForm({ questionId }: { questionId: string }) {
  const result = useActionData<typeof action>();
  const mine = result && "status" in result && result.initialValue?.questionId === questionId ? result : undefined;
  const errors = (name: string) => mine?.error?.[name] ?? null;
  const value = (name: string) => {
    const v = mine?.initialValue?.[name];
    return typeof v === "string" ? v : undefined;
  };
  const id = (name: string) => `svar-${questionId}-${name}`;
  const t = useT();
  // The server's validation messages come from the domain package, in Swedish.
  const sv = useSv();
  const formErrors = errors("");
  const field = (name: string, describedBy: string[] = []) => ({
    id: id(name),
    name,
    defaultValue: value(name),
    "aria-invalid": errors(name) ? true : undefined,
    "aria-describedby": [...describedBy, ...(errors(name) ? [`${id(name)}-fel`] : [])].join(" ") || undefined,
  });
  const fieldErrors = (name: string) =>
    errors(name) ? (
      <p id={`${id(name)}-fel`} className="field-error" lang={sv}>
        {errors(name)!.join(" ")}
      </p>
    ) : null;
  return (
    <Form method="post" id={`svar-${questionId}`} noValidate aria-describedby={formErrors ? `svar-${questionId}-fel` : undefined}>
      <input type="hidden" name="questionId" value={questionId} />
      {formErrors?.length ? (
        <p id={`svar-${questionId}-fel`} className="field-error" role="alert" lang={sv}>
          {formErrors.join(" ")}
        </p>
      ) : null}
      <div className="form-row">
        <label htmlFor={id("text")}>{t("Din synpunkt")}</label>
        <textarea {...field("text", [`${id("text")}-hjalp`])} rows={6} maxLength={INPUT_TEXT_MAX} />
        <p id={`${id("text")}-hjalp`} className="hint">
          {t("Högst")} {INPUT_TEXT_MAX} {t("tecken.")}
        </p>
        {fieldErrors("text")}
      </div>
      <div className="form-row">
        <label htmlFor={id("name")}>{t("Namn (frivilligt, visas om synpunkten publiceras)")}</label>
        <input type="text" {...field("name")} autoComplete="name" />
        {fieldErrors("name")}
      </div>
      <div className="form-row">
        <label htmlFor={id("email")}>{t("E-post (frivilligt, visas aldrig)")}</label>
        <input type="email" {...field("email")} autoComplete="email" />
        {fieldErrors("email")}
      </div>
      {/* A field people leave empty and spam robots fill in. */}
      <div className="visually-hidden">
        <label htmlFor={id("website")}>{t("Lämna detta fält tomt")}</label>
        <input type="text" {...field("website")} autoComplete="off" tabIndex={-1} />
      </div>
      <button type="submit" className="button">
        {t("Skicka synpunkt")}
      </button>
    </Form>
  );
}

export default function PublicInput() {
  const { slug, thanks, questions, published, page, olderExist } = useLoaderData<typeof loader>();
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
      <h2 id="publicerade">{t("Publicerade synpunkter")}</h2>
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
        <p>{page > 1 ? t("Det finns inga äldre synpunkter.") : t("Inga synpunkter är publicerade ännu.")}</p>
      )}
      {page > 1 || olderExist ? (
        <nav aria-label={t("Sidor med publicerade synpunkter")} className="pages">
          {page > 1 ? (
            <Link to={page === 2 ? `/${slug}/synpunkter#publicerade` : `/${slug}/synpunkter?sida=${page - 1}#publicerade`} rel="prev">
              {t("Nyare synpunkter")}
            </Link>
          ) : null}{" "}
          {olderExist ? (
            <Link to={`/${slug}/synpunkter?sida=${page + 1}#publicerade`} rel="next">
              {t("Äldre synpunkter")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}

/** The interface of this page is translated (see lib/i18n.ts). */
export const handle = { english: true };
