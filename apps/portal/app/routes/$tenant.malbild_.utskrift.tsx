import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData, useRouteLoaderData } from "@remix-run/react";
import { malbildStatusLabel } from "@naravard/domain";
import { formatDate } from "@naravard/ui";
import { MalbildContent } from "../components/malbild-content.tsx";
import { PrintHint } from "../components/print-hint.tsx";
import { apiFor, load } from "../lib/api.server.ts";
import { todayInSweden } from "../lib/dates.ts";
import { pageTitle } from "../lib/meta.ts";
import type { loader as tenantLoader } from "./$tenant.tsx";

/** The målbild laid out for A4: all content open, no navigation on paper, where it came from at the end. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const api = apiFor(request, params.tenant);
  const [malbild, overview] = await Promise.all([load(api.malbild.current.query()), load(api.adoption.overview.query({}))]);
  return {
    malbild,
    adoption: overview.progress.sentence,
    source: `${new URL(request.url).origin}/${params.tenant}/malbild`,
    printedOn: todayInSweden(),
    slug: params.tenant!,
  };
}

export const meta: MetaFunction<typeof loader, { "routes/$tenant": typeof tenantLoader }> = ({ data, matches }) => {
  const tenant = matches.find((m) => m.id === "routes/$tenant")?.data;
  return [{ title: pageTitle("Utskrift", data?.malbild.title, tenant?.programmeName) }, { name: "robots", content: "noindex" }];
};

export default function PrintMalbild() {
  const { malbild, adoption, source, printedOn, slug } = useLoaderData<typeof loader>();
  const tenant = useRouteLoaderData<typeof tenantLoader>("routes/$tenant")!;
  const term = tenant.settings.terms.malbild;
  return (
    <div className="container">
      <PrintHint back={`/${slug}/malbild`} backLabel={`Tillbaka till ${term}en`} />
      <article className="print-doc">
        <header className="print-doc__header">
          <p className="print-doc__programme">{tenant.programmeName}</p>
          <h1>{malbild.title}</h1>
          <p>
            {malbild.status === "adopted" && malbild.adoptedOn
              ? `Antagen ${formatDate(malbild.adoptedOn)}`
              : malbildStatusLabel[malbild.status]}{" "}
            · Version {malbild.versionNumber} · {adoption}
          </p>
          {malbild.status !== "adopted" ? (
            <p className="print-doc__warning">
              Obs! Den här versionen är inte antagen ({malbildStatusLabel[malbild.status].toLowerCase()}). Innehållet kan ändras.
            </p>
          ) : null}
        </header>
        <MalbildContent malbild={malbild} />
        <footer className="print-doc__footer">
          {malbild.sourceNote ? <p>{malbild.sourceNote}</p> : null}
          <p>
            Utskriven {formatDate(printedOn)} från {source}
          </p>
        </footer>
      </article>
    </div>
  );
}
