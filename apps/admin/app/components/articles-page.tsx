import type { MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { formatDate } from "@naravard/ui";
import type { ArticlesLoader, articleAction } from "../lib/article-page.server.ts";
import { errorTitle, pageTitle } from "../lib/meta.ts";
import { articleKinds, participationAnchors, participationFormIds } from "../lib/participation-forms.ts";
import { type FormActionData, pageParams } from "../lib/roadmap-form-data.ts";
import { ArticleForm } from "./article-form.tsx";
import { EditableItem } from "./editable-item.tsx";
import { useFocusOnReturn } from "./malbild/use-focus-on-return.ts";

export const articlesMeta: MetaFunction<ArticlesLoader> = ({ data, error }) => [
  { title: error ? errorTitle(error) : pageTitle(data ? articleKinds[data.kind].heading : undefined, data?.programme) },
];

/** The news page and the good-examples page: the list, each article changed or removed in place, and a new one. */
export function ArticlesPage() {
  const { kind, programme, pagePath, portalHref, mayEdit, today, members, articles } = useLoaderData<ArticlesLoader>();
  const actionData = useActionData<typeof articleAction>() as FormActionData | undefined;
  const [searchParams] = useSearchParams();
  const words = articleKinds[kind];
  // After a removal the page returns to the list, whose heading takes the focus the removed item had.
  const listHeading = useFocusOnReturn<HTMLHeadingElement>(participationAnchors.list);
  return (
    <>
      <h1>{words.heading}</h1>
      <p className="lead">{words.lead}</p>
      {mayEdit ? (
        <p>
          Det du sparar syns på portalen från publiceringsdatumet.{" "}
          <a href={portalHref}>Visa {words.heading.toLowerCase()} på portalen</a>
        </p>
      ) : (
        <p className="notice">
          Din roll i {programme} får läsa men inte ändra {words.heading.toLowerCase()}.{" "}
          <a href={portalHref}>Visa dem på portalen</a>
        </p>
      )}
      <section aria-labelledby="lista-rubrik" className="panel" id={participationAnchors.list}>
        <h2 id="lista-rubrik" tabIndex={-1} ref={listHeading}>
          Publicerade och planerade
        </h2>
        {articles.length === 0 ? <p className="empty">{words.none}</p> : null}
        <ol className="item-list">
          {articles.map((a) => (
            <EditableItem
              key={a.id}
              id={a.id}
              name={a.title}
              pagePath={pagePath}
              mayEdit={mayEdit}
              editing={searchParams.get(pageParams.edit)}
              confirming={searchParams.get(pageParams.remove)}
              actionData={actionData}
              form={(cancelTo) => (
                <ArticleForm
                  formId={participationFormIds.edit(a.id)}
                  article={a}
                  members={members}
                  today={today}
                  pagePath={pagePath}
                  cancelTo={cancelTo}
                  actionData={actionData}
                  submitLabel="Spara ändringarna"
                />
              )}
              removal={{
                intent: "delete-article",
                fields: { articleId: a.id },
                question: `Vill du ta bort ${a.title}?`,
                confirmLabel: `Ja, ta bort ${words.one}`,
                consequence: `${words.one[0]!.toUpperCase()}${words.one.slice(1)} tas bort här och från portalen.`,
              }}
            >
              <h3 className="item__title">{a.title}</h3>
              <p className="item__meta">
                {a.publishedOn ? `Publiceras ${formatDate(a.publishedOn)}` : "Inget publiceringsdatum"}
                {a.tags.length ? ` · Taggar: ${a.tags.join(", ")}` : ""}
                {a.members.length ? ` · Gäller ${a.members.map((m) => m.name).join(", ")}` : ""}
              </p>
              {a.lead ? <p>{a.lead}</p> : null}
              {a.body ? (
                <details>
                  <summary>Texten som den visas på portalen</summary>
                  {/* Sanitised by the API when it was saved: only structure and links are left. */}
                  <div className="article-body" dangerouslySetInnerHTML={{ __html: a.body }} />
                </details>
              ) : null}
            </EditableItem>
          ))}
        </ol>
      </section>
      {mayEdit ? (
        <section aria-labelledby="ny-rubrik" className="panel">
          <h2 id="ny-rubrik">{words.create}</h2>
          <ArticleForm
            key={articles.length}
            formId={participationFormIds.create}
            members={members}
            today={today}
            pagePath={pagePath}
            actionData={actionData}
            submitLabel={`Spara ${words.one}`}
          />
        </section>
      ) : null}
    </>
  );
}
