import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { counties, tenantKindLabel } from "@naravard/domain";
import { GeneralErrorBoundary } from "../components/error-boundary.tsx";
import { CountyStep, ProgrammeStep } from "../components/new-programme-form.tsx";
import { env } from "../env.server.ts";
import { apiFor, rethrowUnexpected } from "../lib/api.server.ts";
import { errorTitle, pageTitle } from "../lib/meta.ts";
import { type PlatformActionData, createProgramme } from "../lib/platform-actions.server.ts";
import { COUNTY_PARAM, chosenCounty } from "../lib/platform-view.ts";
import { readFormData } from "../lib/request.server.ts";
import { runIntent } from "../lib/roadmap-form-actions.server.ts";
import { requirePlatformAdmin } from "../lib/session.server.ts";

export const meta: MetaFunction = ({ error }) => [{ title: error ? errorTitle(error) : pageTitle("Plattformen") }];

const PAGE = "/plattform";

export async function loader({ request }: LoaderFunctionArgs) {
  const { token } = await requirePlatformAdmin(request);
  const api = apiFor({ token });
  const countyCode = chosenCounty(new URL(request.url).searchParams.get(COUNTY_PARAM));
  const [tenants, county] = await Promise.all([
    api.platform.tenants.query(),
    countyCode ? api.platform.county.query({ countyCode }) : Promise.resolve(null),
  ]).catch(rethrowUnexpected);
  return {
    portalUrl: env.PORTAL_URL,
    tenants: tenants.map((t) => ({
      slug: t.slug,
      name: t.name,
      programmeName: t.programmeName,
      kind: tenantKindLabel[t.kind],
      county: counties[t.countyCode]?.county ?? t.countyCode,
    })),
    county: county
      ? {
          countyCode: county.countyCode,
          county: county.county,
          municipalities: county.municipalities.map((m) => ({ code: m.code, name: m.name })),
        }
      : null,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const { token } = await requirePlatformAdmin(request);
  const ctx = {
    request,
    api: apiFor({ token }),
    pageUrl: PAGE,
    forbidden: "Bara plattformens administratörer får skapa program.",
  };
  return runIntent({ "create-programme": createProgramme }, ctx, await readFormData(request));
}

export default function PlatformPage() {
  const { portalUrl, tenants, county } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as PlatformActionData | undefined;
  const created = actionData?.created;

  return (
    <>
      <h1>Plattformen</h1>
      <p className="lead">
        Programmen på plattformen. Ett nytt program för en region eller ett kommunalförbund kräver ingen programmering: fyll i
        formuläret nedan.
      </p>

      <section aria-labelledby="program-rubrik" className="panel">
        <h2 id="program-rubrik">Program</h2>
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">Programmen på plattformen, med länkar till portal och admin</caption>
            <thead>
              <tr>
                <th scope="col">Program</th>
                <th scope="col">Typ</th>
                <th scope="col">Län</th>
                <th scope="col">Länkar</th>
              </tr>
            </thead>
            <tbody>
              {tenants.map((t) => (
                <tr key={t.slug}>
                  <th scope="row">
                    {t.programmeName}
                    <br />
                    <span className="item__meta">{t.name}</span>
                  </th>
                  <td>{t.kind}</td>
                  <td>{t.county}</td>
                  <td>
                    <a href={`${portalUrl}/${t.slug}`}>
                      Portalen<span className="visually-hidden"> för {t.programmeName}</span>
                    </a>{" "}
                    ·{" "}
                    <a href={`/${t.slug}`}>
                      Admin<span className="visually-hidden"> för {t.programmeName}</span>
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="ny-rubrik" className="panel" id="nytt-program">
        <h2 id="ny-rubrik">Ny region eller förbund</h2>
        {created ? (
          <div role="status" className="notice">
            <p>
              <strong>
                {created.name} är skapat med {created.members} parter.
              </strong>{" "}
              <a href={created.portalHref}>Programmet på portalen</a>
            </p>
            <div className="field">
              <label className="field__label" htmlFor="inbjudningslank">
                Inbjudan till den första samordnaren
              </label>
              <p className="field__hint" id="inbjudningslank-hint">
                Skicka länken till samordnaren. Den visas bara nu och kan användas en gång.
              </p>
              <input
                className="input"
                id="inbjudningslank"
                readOnly
                value={created.invitationUrl}
                aria-describedby="inbjudningslank-hint"
              />
            </div>
          </div>
        ) : null}
        <CountyStep pagePath={PAGE} countyCode={county?.countyCode ?? null} />
        {county && !created ? (
          <ProgrammeStep key={county.countyCode} county={county} pagePath={PAGE} actionData={actionData} />
        ) : null}
      </section>
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
