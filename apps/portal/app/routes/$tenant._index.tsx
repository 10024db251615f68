import type { MetaFunction } from "@remix-run/node";
import { Link, useRouteLoaderData } from "@remix-run/react";
import { memberKindLabel, tenantKindLabel } from "@naravard/domain";
import { Breadcrumbs } from "@naravard/ui";
import { useLang, useT } from "../lib/i18n.ts";
import { pageTitle } from "../lib/meta.ts";
import type { loader as tenantLoader } from "./$tenant.tsx";

export const meta: MetaFunction<unknown, { "routes/$tenant": typeof tenantLoader }> = ({ matches }) => {
  const tenant = matches.find((m) => m.id === "routes/$tenant")?.data;
  return [{ title: pageTitle(tenant?.programmeName) }, { name: "description", content: tenant?.description ?? "" }];
};

export default function TenantHome() {
  const tenant = useRouteLoaderData<typeof tenantLoader>("routes/$tenant")!;
  const municipalities = tenant.members.filter((m) => m.kind === "municipality");
  const t = useT();
  const sv = useLang() === "en" ? "sv" : undefined;
  return (
    <div className="container">
      <Breadcrumbs items={[{ label: t("Alla program"), href: "/" }, { label: tenant.programmeName }]} />
      <h1 lang={sv}>{tenant.programmeName}</h1>
      <p lang={sv}>
        {tenant.name} · {tenantKindLabel[tenant.kind]}
      </p>
      <p className="lead" lang={sv}>
        {tenant.description}
      </p>
      <p>
        <Link className="button" to={`/${tenant.slug}/malbild`}>
          {tenant.settings.terms.malbild === "målbild" ? t("Läs målbilden") : `Läs ${tenant.settings.terms.malbild}en`}
        </Link>
      </p>
      <p>
        <Link to={`/${tenant.slug}/rapport`}>{t("Uppföljningsrapport för politiker")}</Link>
      </p>
      <h2>{t("Parterna")}</h2>
      <p>
        {tenant.members.length} {t("parter")}, {t("varav kommuner")}: {municipalities.length}.
      </p>
      <div className="table-wrap">
        <table>
          <caption>
            {t("Parterna")}: <span lang={sv}>{tenant.programmeName}</span>
          </caption>
          <thead>
            <tr>
              <th scope="col">{t("Namn")}</th>
              <th scope="col">{t("Typ")}</th>
              <th scope="col">{t("Kod (SCB)")}</th>
            </tr>
          </thead>
          <tbody lang={sv}>
            {tenant.members.map((m) => (
              <tr key={m.id}>
                <th scope="row">{m.name}</th>
                <td>{memberKindLabel[m.kind]}</td>
                <td>
                  {m.kind === "federation" ? <span className="visually-hidden">{t("Ingen officiell kod")}</span> : m.officialCode}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** The interface of this page is translated (see lib/i18n.ts). */
export const handle = { english: true };
