import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { tenantKindLabel } from "@naravard/domain";
import { ProgressBar, formatDate } from "@naravard/ui";
import { apiFor, load } from "../lib/api.server.ts";
import { useSv, useT } from "../lib/i18n.ts";
import { metaT, pageTitle } from "../lib/meta.ts";

export const meta: MetaFunction = ({ matches }) => {
  const t = metaT(matches);
  return [
    { title: pageTitle(t("Alla program")) },
    { name: "description", content: t("Regionernas och kommunalförbundens målbilder för Nära vård, sida vid sida.") },
  ];
};

export async function loader({ request }: LoaderFunctionArgs) {
  return { programmes: await load(apiFor(request).tenant.overview.query()) };
}

export default function Index() {
  const { programmes } = useLoaderData<typeof loader>();
  const t = useT();
  const sv = useSv();
  return (
    <div className="container">
      <h1>{t("Målbilder för Nära vård")}</h1>
      <p className="lead">
        {t(
          "Regioner, kommuner och kommunalförbund ställer tillsammans om till en god och nära vård. Här visar varje program sin gemensamma målbild, vilka som har antagit den och hur arbetet går.",
        )}
      </p>
      <h2>{t("Programmen sida vid sida")}</h2>
      <ul className="cards">
        {programmes.map((p) => (
          <li key={p.slug} className="card">
            <h3 lang="sv">
              <Link to={`/${p.slug}`}>{p.programmeName}</Link>
            </h3>
            <p>
              <span lang={sv}>{p.name}</span> · {t(tenantKindLabel[p.kind])} · {p.memberCount} {t("parter")},{" "}
              {t("varav kommuner")}: {p.municipalityCount}
            </p>
            <p lang="sv">
              <strong>{p.adoption.sentence}.</strong>
            </p>
            <ProgressBar value={p.roadmap.progress} label={t("Färdplanen")} />
            <p>
              {t("Senaste beslut:")}{" "}
              {p.latestDecision ? (
                <>
                  {p.latestDecision.memberName}, {formatDate(p.latestDecision.decidedOn!)}
                  {p.latestDecision.decidingBody ? ` (${p.latestDecision.decidingBody})` : ""}
                </>
              ) : (
                t("inget daterat beslut registrerat")
              )}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The interface of this page is translated (see lib/i18n.ts). */
export const handle = { english: true };
