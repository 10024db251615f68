import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { Breadcrumbs } from "@naravard/ui";
import { apiFor, load } from "../lib/api.server.ts";
import { useLang, useT } from "../lib/i18n.ts";
import { metaT, pageTitle } from "../lib/meta.ts";

const kindLabel: Record<string, string> = {
  malbild: "Målbild",
  statement: "Påstående i målbilden",
  perspective: "Perspektiv",
  shift: "Förflyttning",
  principle: "Princip",
  faq: "Vanlig fråga",
  activity: "Aktivitet i färdplanen",
  event: "Evenemang",
  article: "Nyhet eller gott exempel",
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  const q = (new URL(request.url).searchParams.get("q") ?? "").trim().slice(0, 200);
  const slug = params.tenant!;
  if (q.length < 2) return { slug, q, hits: null, tooShort: q.length > 0 };
  return { slug, q, hits: await load(apiFor(request, slug).search.query.query({ q })), tooShort: false };
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const t = metaT(matches);
  return [{ title: pageTitle(data?.q ? `${t("Sök")}: ${data.q}` : t("Sök")) }];
};

/** Where a hit lives on the portal. */
function hrefOf(slug: string, hit: { kind: string; id: string }) {
  if (hit.kind === "activity") return `/${slug}/fardplan#aktivitet-${hit.id}`;
  if (hit.kind === "event") return `/${slug}/evenemang/${hit.id}`;
  if (hit.kind === "article") return `/${slug}/nyheter/${hit.id}`;
  if (hit.kind === "faq") return `/${slug}/vanliga-fragor`;
  return `/${slug}/malbild`;
}

export default function Search() {
  const { slug, q, hits, tooShort } = useLoaderData<typeof loader>();
  const t = useT();
  const sv = useLang() === "en" ? "sv" : undefined;
  return (
    <div className="container">
      <Breadcrumbs items={[{ label: t("Start"), href: `/${slug}` }, { label: t("Sök") }]} />
      <h1>{t("Sök")}</h1>
      <Form method="get" role="search" className="form-row">
        <label htmlFor="q">{t("Sök i programmets innehåll")}</label>
        <input id="q" name="q" type="search" defaultValue={q} aria-describedby={tooShort ? "q-fel" : undefined} />
        {tooShort ? (
          <p id="q-fel" className="field-error">
            {t("Skriv minst två tecken.")}
          </p>
        ) : null}
        <button type="submit" className="button">
          {t("Sök")}
        </button>
      </Form>
      {hits ? (
        <>
          <h2>
            {hits.length} {t(hits.length === 1 ? "träff" : "träffar")} {t("på")} ”{q}”
          </h2>
          <ol className="search-hits" lang={sv}>
            {hits.map((hit) => (
              <li key={`${hit.kind}-${hit.id}`}>
                <a href={hrefOf(slug, hit)}>{hit.title}</a>{" "}
                <span className="hint" lang={sv ? "sv" : undefined}>
                  ({kindLabel[hit.kind] ?? hit.kind})
                </span>
                {/* The API escapes the text and adds only <mark> around matches. */}
                <p dangerouslySetInnerHTML={{ __html: hit.snippet }} />
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </div>
  );
}

/** The interface of this page is translated (see lib/i18n.ts). */
export const handle = { english: true };
