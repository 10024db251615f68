import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useRouteLoaderData } from "@remix-run/react";
import { malbildStatusLabel } from "@naravard/domain";
import { Badge, Breadcrumbs, formatDate } from "@naravard/ui";
import { apiFor, load } from "../lib/api.server.ts";
import { pageTitle } from "../lib/meta.ts";
import { capitalise } from "../lib/words.ts";
import type { loader as tenantLoader } from "./$tenant.tsx";

export async function loader({ request, params }: LoaderFunctionArgs) {
  return { versions: await load(apiFor(request, params.tenant).malbildVersion.list.query()), slug: params.tenant! };
}

export const meta: MetaFunction<typeof loader, { "routes/$tenant": typeof tenantLoader }> = ({ matches }) => {
  const tenant = matches.find((m) => m.id === "routes/$tenant")?.data;
  return [
    { title: pageTitle("Versioner", capitalise(tenant?.settings.terms.malbild ?? "målbild"), tenant?.programmeName) },
    { name: "description", content: "Alla publicerade versioner av målbilden och vad som ändrades mellan dem." },
  ];
};

export default function VersionsPage() {
  const { versions, slug } = useLoaderData<typeof loader>();
  const tenant = useRouteLoaderData<typeof tenantLoader>("routes/$tenant")!;
  const term = tenant.settings.terms.malbild;
  return (
    <div className="container">
      <Breadcrumbs
        items={[
          { label: "Alla program", href: "/" },
          { label: tenant.programmeName, href: `/${slug}` },
          { label: capitalise(term), href: `/${slug}/malbild` },
          { label: "Versioner" },
        ]}
      />
      <h1>Versioner av {term}en</h1>
      <p className="lead">
        {capitalise(term)}en förändras över tid. Här finns varje publicerad version – prototyper som varit på remiss, antagna och
        ersatta – och vad som ändrades från versionen före. Utkast som ännu inte är publicerade visas inte.
      </p>
      {versions.length ? (
        <div className="table-wrap">
          <table>
            <caption>Publicerade versioner, den senaste först</caption>
            <thead>
              <tr>
                <th scope="col">Version</th>
                <th scope="col">Rubrik</th>
                <th scope="col">Status</th>
                <th scope="col">Antagen</th>
                <th scope="col">Senast ändrad</th>
              </tr>
            </thead>
            <tbody>
              {versions.map((v) => (
                <tr key={v.id}>
                  <th scope="row">
                    <Link to={`/${slug}/malbild/versioner/${v.versionNumber}`}>
                      Version {v.versionNumber}
                      <span className="visually-hidden">: {v.title}</span>
                    </Link>
                  </th>
                  <td>{v.title}</td>
                  <td>
                    <Badge tone={v.status === "adopted" ? "good" : v.status === "consultation" ? "info" : "neutral"}>
                      {malbildStatusLabel[v.status]}
                    </Badge>
                    {v.status === "adopted" ? <span className="hint"> – gäller nu</span> : null}
                  </td>
                  <td>{v.adoptedOn ? formatDate(v.adoptedOn) : "–"}</td>
                  <td>{formatDate(new Date(v.updatedAt).toISOString())}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>Ingen version är publicerad ännu.</p>
      )}
    </div>
  );
}
