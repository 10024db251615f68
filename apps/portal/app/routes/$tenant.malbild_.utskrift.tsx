import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData, useRouteLoaderData } from "@remix-run/react";
import { malbildStatusLabel } from "@naravard/domain";
import { formatDate } from "@naravard/ui";
import { MalbildContent } from "../components/malbild-content.tsx";
import { PrintHint } from "../components/print-hint.tsx";
import { apiFor, load } from "../lib/api.server.ts";
import { loadOptional } from "../lib/load-optional.server.ts";
import { todayInSweden } from "../lib/dates.ts";
import { useLang, useSv, useT } from "../lib/i18n.ts";
import { metaT, pageTitle } from "../lib/meta.ts";
import type { loader as tenantLoader } from "./$tenant.tsx";

/** The målbild laid out for A4: all content open, no navigation on paper, where it came from at the end. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const api = apiFor(request, params.tenant);
  // A programme whose målbild is still a draft has none to print (only public versions are served).
  const [malbild, overview] = await Promise.all([loadOptional(api.malbild.current.query()), load(api.adoption.overview.query({}))]);
  return {
    malbild,
    adoption: overview.progress,
    source: `${new URL(request.url).origin}/${params.tenant}/malbild`,
    printedOn: todayInSweden(),
    slug: params.tenant!,
  };
}

export const meta: MetaFunction<typeof loader, { "routes/$tenant": typeof tenantLoader }> = ({ data, matches }) => {
  const tenant = matches.find((m) => m.id === "routes/$tenant")?.data;
  return [
    { title: pageTitle(metaT(matches)("Utskrift"), data?.malbild?.title, tenant?.programmeName) },
    { name: "robots", content: "noindex" },
  ];
};

export default function PrintMalbild() {
  const { malbild, adoption, source, printedOn, slug } = useLoaderData<typeof loader>();
  const tenant = useRouteLoaderData<typeof tenantLoader>("routes/$tenant")!;
  const term = tenant.settings.terms.malbild;
  const t = useT();
  const sv = useSv();
  const en = useLang() === "en";
  if (!malbild)
    return (
      <div className="container">
        <PrintHint
          back={`/${slug}/malbild`}
          backLabel={en ? `Back to the ${term === "målbild" ? "target picture" : term}` : `Tillbaka till ${term}en`}
        />
        <h1>{t("Målbild")}</h1>
        <p>
          {en
            ? `The programme has not published ${term === "målbild" ? "a target picture" : `any ${term}`} yet.`
            : `Programmet har ingen ${term} publicerad ännu.`}
        </p>
      </div>
    );
  const adoptionSentence = en
    ? `${adoption.adopted} of ${adoption.total} ${adoption.adopted === 1 ? "has" : "have"} adopted the target picture`
    : adoption.sentence;
  return (
    <div className="container">
      <PrintHint
        back={`/${slug}/malbild`}
        backLabel={en ? `Back to the ${term === "målbild" ? "target picture" : term}` : `Tillbaka till ${term}en`}
      />
      <article className="print-doc">
        <header className="print-doc__header">
          <p className="print-doc__programme" lang={sv}>
            {tenant.programmeName}
          </p>
          <h1 lang={sv}>{malbild.title}</h1>
          <p>
            {malbild.status === "adopted" && malbild.adoptedOn ? (
              <>
                {t("Antagen")} <span lang={sv}>{formatDate(malbild.adoptedOn)}</span>
              </>
            ) : (
              t(malbildStatusLabel[malbild.status])
            )}{" "}
            · {t("Version")} {malbild.versionNumber} · {adoptionSentence}
          </p>
          {malbild.status !== "adopted" ? (
            <p className="print-doc__warning">
              {t("Obs! Den här versionen är inte antagen")} ({t(malbildStatusLabel[malbild.status]).toLowerCase()}).{" "}
              {t("Innehållet kan ändras.")}
            </p>
          ) : null}
        </header>
        <MalbildContent malbild={malbild} />
        <footer className="print-doc__footer">
          {malbild.sourceNote ? <p lang={sv}>{malbild.sourceNote}</p> : null}
          <p>
            {t("Utskriven")} <span lang={sv}>{formatDate(printedOn)}</span> {t("från")} {source}
          </p>
        </footer>
      </article>
    </div>
  );
}

/** The interface of this page is translated (see lib/i18n.ts). */
export const handle = { english: true };
