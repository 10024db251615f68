import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useRouteLoaderData } from "@remix-run/react";
import { activityStatusLabel, malbildStatusLabel } from "@naravard/domain";
import { Badge, Breadcrumbs, Note, formatDate } from "@naravard/ui";
import { apiFor, load } from "../lib/api.server.ts";
import { loadOptional } from "../lib/load-optional.server.ts";
import { useLang, useT } from "../lib/i18n.ts";
import { pageTitle } from "../lib/meta.ts";
import type { loader as tenantLoader } from "./$tenant.tsx";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const api = apiFor(request, params.tenant);
  const [malbild, byElement, versions] = await Promise.all([
    // None while the programme has only a draft: drafts are not public (the page says so).
    loadOptional(api.malbild.current.query()),
    load(api.roadmap.byElement.query()),
    load(api.malbildVersion.list.query()),
  ]);
  return { malbild, byElement, versions, slug: params.tenant! };
}

export const meta: MetaFunction<typeof loader, { "routes/$tenant": typeof tenantLoader }> = ({ data, matches }) => [
  { title: pageTitle("Målbild", matches.find((m) => m.id === "routes/$tenant")?.data?.name) },
  { name: "description", content: data?.malbild ? `${data.malbild.title}: ${data.malbild.vision}` : "" },
];

type Loaded = ReturnType<typeof useLoaderData<typeof loader>>;

/** The roadmap activities that move one element of the målbild (traceability). */
function MovedBy({ id, data }: { id: string; data: Loaded }) {
  const t = useT();
  const activities = data.byElement.filter((a) => a.elementId === id);
  if (!activities.length) return null;
  return (
    <p className="moved-by">
      {t("Aktiviteter som för detta framåt:")}{" "}
      {activities.map((a, i) => (
        <span key={a.activityId}>
          {i > 0 ? ", " : ""}
          <Link to={`/${data.slug}/fardplan#aktivitet-${a.activityId}`} lang="sv">
            {a.title}
          </Link>{" "}
          <span lang="sv">({activityStatusLabel[a.status].toLowerCase()})</span>
        </span>
      ))}
      {activities[0]!.total > activities.length ? (
        <>
          {" "}
          {t("och")} {activities[0]!.total - activities.length} {t("till i")} <Link to={`/${data.slug}/fardplan`}>{t("färdplanen")}</Link>
        </>
      ) : null}
    </p>
  );
}

export default function MalbildPage() {
  const data = useLoaderData<typeof loader>();
  const { malbild } = data;
  const tenant = useRouteLoaderData<typeof tenantLoader>("routes/$tenant")!;
  const t = useT();
  // With the interface in English, the programme's own texts keep their language: Swedish.
  const en = useLang() === "en";
  const sv = en ? "sv" : undefined;
  const breadcrumbs = (
    <Breadcrumbs
      items={[
        { label: t("Alla program"), href: "/" },
        { label: tenant.programmeName, href: `/${tenant.slug}` },
        { label: t("Målbild") },
      ]}
    />
  );
  if (!malbild) {
    const term = tenant.settings.terms.malbild;
    return (
      <div className="container">
        {breadcrumbs}
        <h1>{t("Målbild")}</h1>
        <p>
          {en
            ? `The programme has not published ${term === "målbild" ? "a target picture" : `any ${term}`} yet.`
            : `Programmet har ingen ${term} publicerad ännu.`}
        </p>
      </div>
    );
  }
  const demo = malbild.sourceNote.startsWith("Demodata");
  return (
    <div className="container">
      {breadcrumbs}
      <h1 lang={sv}>{malbild.title}</h1>
      <p>
        <span lang={sv}>
          <Badge tone={malbild.status === "adopted" ? "good" : "warn"}>{malbildStatusLabel[malbild.status]}</Badge>
        </span>{" "}
        {malbild.adoptedOn ? (
          <>
            {t("Antagen")} <span lang={sv}>{formatDate(malbild.adoptedOn)}</span>.{" "}
          </>
        ) : null}
        {t("Version")} {malbild.versionNumber}.{" "}
        {data.versions.length > 1 ? (
          <Link to={`/${tenant.slug}/malbild/versioner`}>{t("Alla versioner och ändringar")}</Link>
        ) : null}{" "}
        <Link to={`/${tenant.slug}/malbild/utskrift`} className="no-print">
          {t("Utskriftsvänlig version")}
        </Link>
      </p>

      <p className="vision" lang={sv}>
        {malbild.vision}
      </p>
      {malbild.goal ? (
        <p>
          {t("Målet:")} <strong lang={sv}>{malbild.goal}</strong>
        </p>
      ) : null}
      {malbild.introduction ? (
        <p className="lead" lang={sv}>
          {malbild.introduction}
        </p>
      ) : null}

      {malbild.perspectives.length ? (
        <section aria-labelledby="perspektiv">
          <h2 id="perspektiv">{t("Perspektiv")}</h2>
          <ul className="cards" lang={sv}>
            {malbild.perspectives.map((p) => (
              <li key={p.id} className="card">
                <h3>{p.title}</h3>
                <p>{p.description}</p>
                {p.statements.length ? (
                  <ul>
                    {p.statements.map((s) => (
                      <li key={s.id}>
                        ”{s.text}”
                        <MovedBy id={s.id} data={data} />
                      </li>
                    ))}
                  </ul>
                ) : null}
                <MovedBy id={p.id} data={data} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {malbild.statements.length ? (
        <section aria-labelledby="pastaenden">
          <h2 id="pastaenden">{t("Så ska invånarna uppleva det")}</h2>
          <ul className="quotes" lang={sv}>
            {malbild.statements.map((s) => (
              <li key={s.id}>
                ”{s.text}”
                <MovedBy id={s.id} data={data} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {malbild.shifts.length ? (
        <section aria-labelledby="forflyttningar">
          <h2 id="forflyttningar">{t("Förflyttningar")}</h2>
          <div className="table-wrap">
            <table className="shift-table">
              <caption>{t("Från – till")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("Från")}</th>
                  <th scope="col">{t("Till")}</th>
                </tr>
              </thead>
              <tbody lang={sv}>
                {malbild.shifts.map((s) => (
                  <tr key={s.id}>
                    <td>{s.fromText}</td>
                    <td>
                      {s.toText}
                      <MovedBy id={s.id} data={data} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}

      {malbild.principles.length ? (
        <section aria-labelledby="principer">
          <h2 id="principer">{t("Principer som guidar oss i arbetet")}</h2>
          <ol lang={sv}>
            {malbild.principles.map((p) => (
              <li key={p.id}>{p.text}</li>
            ))}
          </ol>
        </section>
      ) : null}

      {malbild.journey.length ? (
        <section aria-labelledby="fardriktning">
          <h2 id="fardriktning">{t("Gemensam färdriktning")}</h2>
          <ol className="journey" lang={sv}>
            {malbild.journey.map((j) => (
              <li key={j.id}>{j.title}</li>
            ))}
          </ol>
        </section>
      ) : null}

      {malbild.faq.length ? (
        <section aria-labelledby="fragor">
          <h2 id="fragor">{t("Vanliga frågor")}</h2>
          {malbild.faq.map((f) => (
            <details key={f.id} lang={sv}>
              <summary>{f.question}</summary>
              {f.answer.split("\n\n").map((para, i) => (
                <p key={i}>{para}</p>
              ))}
            </details>
          ))}
        </section>
      ) : null}

      {malbild.sourceNote ? (
        <Note title={t(demo ? "Demodata" : "Källa")}>
          <span lang={sv}>{malbild.sourceNote}</span>
        </Note>
      ) : null}
    </div>
  );
}

/** The interface of this page is translated (see lib/i18n.ts). */
export const handle = { english: true };
