import type { MetaFunction } from "@remix-run/node";
import { Link, useRouteLoaderData } from "@remix-run/react";
import { memberKindLabel, tenantKindLabel } from "@naravard/domain";
import { Breadcrumbs } from "@naravard/ui";
import { pageTitle } from "../lib/meta.ts";
import type { loader as tenantLoader } from "./$tenant.tsx";

export const meta: MetaFunction<unknown, { "routes/$tenant": typeof tenantLoader }> = ({ matches }) => {
  const tenant = matches.find((m) => m.id === "routes/$tenant")?.data;
  return [{ title: pageTitle(tenant?.programmeName) }, { name: "description", content: tenant?.description ?? "" }];
};

export default function TenantHome() {
  const tenant = useRouteLoaderData<typeof tenantLoader>("routes/$tenant")!;
  const municipalities = tenant.members.filter((m) => m.kind === "municipality");
  return (
    <div className="container">
      <Breadcrumbs items={[{ label: "Alla program", href: "/" }, { label: tenant.programmeName }]} />
      <h1>{tenant.programmeName}</h1>
      <p>
        {tenant.name} · {tenantKindLabel[tenant.kind]}
      </p>
      <p className="lead">{tenant.description}</p>
      <p>
        <Link className="button" to={`/${tenant.slug}/malbild`}>
          Läs {tenant.settings.terms.malbild}en
        </Link>
      </p>
      <h2>Parterna</h2>
      <p>
        {tenant.members.length} parter: {tenant.members.length - municipalities.length === 1 ? tenant.members[0]!.name : ""} och {municipalities.length} kommuner.
      </p>
      <div className="table-wrap">
        <table>
          <caption>Parter i {tenant.programmeName}</caption>
          <thead>
            <tr>
              <th scope="col">Namn</th>
              <th scope="col">Typ</th>
              <th scope="col">Kod (SCB)</th>
            </tr>
          </thead>
          <tbody>
            {tenant.members.map((m) => (
              <tr key={m.id}>
                <th scope="row">{m.name}</th>
                <td>{memberKindLabel[m.kind]}</td>
                <td>{m.kind === "federation" ? <span className="visually-hidden">Ingen officiell kod</span> : m.officialCode}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
