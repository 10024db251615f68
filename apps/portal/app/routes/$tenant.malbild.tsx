import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useRouteLoaderData } from "@remix-run/react";
import { activityStatusLabel, malbildStatusLabel } from "@naravard/domain";
import { Badge, Breadcrumbs, Note, formatDate } from "@naravard/ui";
import { apiFor, load } from "../lib/api.server.ts";
import { pageTitle } from "../lib/meta.ts";
import type { loader as tenantLoader } from "./$tenant.tsx";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const api = apiFor(request, params.tenant);
  const [malbild, byElement, versions] = await Promise.all([
    load(api.malbild.current.query()),
    load(api.roadmap.byElement.query()),
    load(api.malbildVersion.list.query()),
  ]);
  return { malbild, byElement, versions, slug: params.tenant! };
}

export const meta: MetaFunction<typeof loader, { "routes/$tenant": typeof tenantLoader }> = ({ data, matches }) => [
  { title: pageTitle("Målbild", matches.find((m) => m.id === "routes/$tenant")?.data?.name) },
  { name: "description", content: data ? `${data.malbild.title}: ${data.malbild.vision}` : "" },
];

type Loaded = ReturnType<typeof useLoaderData<typeof loader>>;

/** The roadmap activities that move one element of the målbild (traceability). */
function MovedBy({ id, data }: { id: string; data: Loaded }) {
  const activities = data.byElement.filter((a) => a.elementId === id);
  if (!activities.length) return null;
  return (
    <p className="moved-by">
      Aktiviteter som för detta framåt:{" "}
      {activities.map((a, i) => (
        <span key={a.activityId}>
          {i > 0 ? ", " : ""}
          <Link to={`/${data.slug}/fardplan#aktivitet-${a.activityId}`}>{a.title}</Link> ({activityStatusLabel[a.status].toLowerCase()})
        </span>
      ))}
    </p>
  );
}

export default function MalbildPage() {
  const data = useLoaderData<typeof loader>();
  const { malbild } = data;
  const tenant = useRouteLoaderData<typeof tenantLoader>("routes/$tenant")!;
  const demo = malbild.sourceNote.startsWith("Demodata");
  return (
    <div className="container">
      <Breadcrumbs items={[{ label: "Alla program", href: "/" }, { label: tenant.programmeName, href: `/${tenant.slug}` }, { label: "Målbild" }]} />
      <h1>{malbild.title}</h1>
      <p>
        <Badge tone={malbild.status === "adopted" ? "good" : "warn"}>{malbildStatusLabel[malbild.status]}</Badge>{" "}
        {malbild.adoptedOn ? <>Antagen {formatDate(malbild.adoptedOn)}. </> : null}
        Version {malbild.versionNumber}.{" "}
        {data.versions.length > 1 ? <Link to={`/${tenant.slug}/malbild/versioner`}>Alla versioner och ändringar</Link> : null}{" "}
        <Link to={`/${tenant.slug}/malbild/utskrift`} className="no-print">
          Utskriftsvänlig version
        </Link>
      </p>

      <p className="vision">{malbild.vision}</p>
      {malbild.goal ? (
        <p>
          Målet: <strong>{malbild.goal}</strong>
        </p>
      ) : null}
      {malbild.introduction ? <p className="lead">{malbild.introduction}</p> : null}

      {malbild.perspectives.length ? (
        <section aria-labelledby="perspektiv">
          <h2 id="perspektiv">Perspektiv</h2>
          <ul className="cards">
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
          <h2 id="pastaenden">Så ska invånarna uppleva det</h2>
          <ul className="quotes">
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
          <h2 id="forflyttningar">Förflyttningar</h2>
          <div className="table-wrap">
            <table className="shift-table">
              <caption>Från – till</caption>
              <thead>
                <tr>
                  <th scope="col">Från</th>
                  <th scope="col">Till</th>
                </tr>
              </thead>
              <tbody>
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
          <h2 id="principer">Principer som guidar oss i arbetet</h2>
          <ol>
            {malbild.principles.map((p) => (
              <li key={p.id}>{p.text}</li>
            ))}
          </ol>
        </section>
      ) : null}

      {malbild.journey.length ? (
        <section aria-labelledby="fardriktning">
          <h2 id="fardriktning">Gemensam färdriktning</h2>
          <ol className="journey">
            {malbild.journey.map((j) => (
              <li key={j.id}>{j.title}</li>
            ))}
          </ol>
        </section>
      ) : null}

      {malbild.faq.length ? (
        <section aria-labelledby="fragor">
          <h2 id="fragor">Vanliga frågor</h2>
          {malbild.faq.map((f) => (
            <details key={f.id}>
              <summary>{f.question}</summary>
              {f.answer.split("\n\n").map((para, i) => (
                <p key={i}>{para}</p>
              ))}
            </details>
          ))}
        </section>
      ) : null}

      {malbild.sourceNote ? <Note title={demo ? "Demodata" : "Källa"}>{malbild.sourceNote}</Note> : null}
    </div>
  );
}
