import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useRouteLoaderData } from "@remix-run/react";
import { malbildStatusLabel } from "@naravard/domain";
import { Badge, Breadcrumbs, formatDate } from "@naravard/ui";
import { apiFor, load } from "../lib/api.server.ts";
import { useLang, useSv, useT } from "../lib/i18n.ts";
import { metaT, pageTitle } from "../lib/meta.ts";
import { capitalise } from "../lib/words.ts";
import type { loader as tenantLoader } from "./$tenant.tsx";

export async function loader({ request, params }: LoaderFunctionArgs) {
  return { versions: await load(apiFor(request, params.tenant).malbildVersion.list.query()), slug: params.tenant! };
}

export const meta: MetaFunction<typeof loader, { "routes/$tenant": typeof tenantLoader }> = ({ matches }) => {
  const tenant = matches.find((m) => m.id === "routes/$tenant")?.data;
  const t = metaT(matches);
  return [
    { title: pageTitle(t("Versioner"), t(capitalise(tenant?.settings.terms.malbild ?? "målbild")), tenant?.programmeName) },
    { name: "description", content: t("Alla publicerade versioner av målbilden och vad som ändrades mellan dem.") },
  ];
};

export default function VersionsPage() {
  const { versions, slug } = useLoaderData<typeof loader>();
  const tenant = useRouteLoaderData<typeof tenantLoader>("routes/$tenant")!;
  const term = tenant.settings.terms.malbild;
  const t = useT();
  const sv = useSv();
  const en = useLang() === "en";
  const theTerm = term === "målbild" ? "the target picture" : `the ${term}`;
  return (
    <div className="container">
      <Breadcrumbs
        items={[
          { label: t("Alla program"), href: "/" },
          { label: tenant.programmeName, href: `/${slug}` },
          { label: t(capitalise(term)), href: `/${slug}/malbild` },
          { label: t("Versioner") },
        ]}
      />
      <h1>{en ? `Versions of ${theTerm}` : `Versioner av ${term}en`}</h1>
      <p className="lead">
        {en
          ? `${capitalise(theTerm)} changes over time. Here is every published version – prototypes that have been out for consultation, adopted and superseded ones – and what changed from the version before. Drafts that are not yet published are not shown.`
          : `${capitalise(term)}en förändras över tid. Här finns varje publicerad version – prototyper som varit på remiss, antagna och ersatta – och vad som ändrades från versionen före. Utkast som ännu inte är publicerade visas inte.`}
      </p>
      {versions.length ? (
        <div className="table-wrap">
          <table>
            <caption>{t("Publicerade versioner, den senaste först")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("Version")}</th>
                <th scope="col">{t("Rubrik")}</th>
                <th scope="col">{t("Status")}</th>
                <th scope="col">{t("Antagen")}</th>
                <th scope="col">{t("Senast ändrad")}</th>
              </tr>
            </thead>
            <tbody>
              {versions.map((v) => (
                <tr key={v.id}>
                  <th scope="row">
                    <Link to={`/${slug}/malbild/versioner/${v.versionNumber}`}>
                      {t("Version")} {v.versionNumber}
                      <span className="visually-hidden">
                        : <span lang={sv}>{v.title}</span>
                      </span>
                    </Link>
                  </th>
                  <td lang={sv}>{v.title}</td>
                  <td>
                    <Badge tone={v.status === "adopted" ? "good" : v.status === "consultation" ? "info" : "neutral"}>
                      {t(malbildStatusLabel[v.status])}
                    </Badge>
                    {v.status === "adopted" ? <span className="hint"> – {t("gäller nu")}</span> : null}
                  </td>
                  <td lang={v.adoptedOn ? sv : undefined}>{v.adoptedOn ? formatDate(v.adoptedOn) : "–"}</td>
                  <td lang={sv}>{formatDate(new Date(v.updatedAt).toISOString())}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{t("Ingen version är publicerad ännu.")}</p>
      )}
    </div>
  );
}

/** The interface of this page is translated (see lib/i18n.ts). */
export const handle = { english: true };
