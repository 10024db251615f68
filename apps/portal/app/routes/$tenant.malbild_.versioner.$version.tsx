import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useRouteLoaderData } from "@remix-run/react";
import { Fragment } from "react";
import { malbildStatusLabel } from "@naravard/domain";
import { Badge, Breadcrumbs, Note, formatDate } from "@naravard/ui";
import { MalbildContent } from "../components/malbild-content.tsx";
import { VersionDiff } from "../components/version-diff.tsx";
import { apiFor, load } from "../lib/api.server.ts";
import { pageTitle } from "../lib/meta.ts";
import { capitalise } from "../lib/words.ts";
import type { loader as tenantLoader } from "./$tenant.tsx";

/** One published version and what changed from the one before. Anything but a version number is the 404 page. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const n = /^[1-9]\d{0,3}$/.test(params.version ?? "") ? Number(params.version) : null;
  if (n === null) throw new Response("Sidan finns inte.", { status: 404, statusText: "Not Found" });
  const api = apiFor(request, params.tenant);
  const [detail, versions] = await Promise.all([
    load(api.malbildVersion.get.query({ versionNumber: n })),
    load(api.malbildVersion.list.query()),
  ]);
  // The version before may be an unpublished draft: then there is nothing public to link to.
  const previousIsPublic = versions.some((v) => v.versionNumber === detail.previousVersionNumber);
  return { detail, previousIsPublic, slug: params.tenant! };
}

export const meta: MetaFunction<typeof loader, { "routes/$tenant": typeof tenantLoader }> = ({ data, matches }) => {
  const tenant = matches.find((m) => m.id === "routes/$tenant")?.data;
  return [
    {
      title: pageTitle(
        data ? `Version ${data.detail.version.versionNumber}` : "Version",
        capitalise(tenant?.settings.terms.malbild ?? "målbild"),
        tenant?.programmeName,
      ),
    },
  ];
};

export default function VersionPage() {
  const { detail, previousIsPublic, slug } = useLoaderData<typeof loader>();
  const tenant = useRouteLoaderData<typeof tenantLoader>("routes/$tenant")!;
  const { version, previousVersionNumber, diff } = detail;
  const term = tenant.settings.terms.malbild;
  const perspectiveStatements = version.perspectives.reduce((n, p) => n + p.statements.length, 0);
  const contents: [string, number][] = [
    ["Perspektiv", version.perspectives.length],
    ["Påståenden", version.statements.length + perspectiveStatements],
    ["Förflyttningar", version.shifts.length],
    ["Principer", version.principles.length],
    ["Steg i färdriktningen", version.journey.length],
    ["Vanliga frågor", version.faq.length],
  ];
  return (
    <div className="container">
      <Breadcrumbs
        items={[
          { label: "Alla program", href: "/" },
          { label: tenant.programmeName, href: `/${slug}` },
          { label: capitalise(term), href: `/${slug}/malbild` },
          { label: "Versioner", href: `/${slug}/malbild/versioner` },
          { label: `Version ${version.versionNumber}` },
        ]}
      />
      <h1>
        Version {version.versionNumber}: {version.title}
      </h1>
      <p>
        <Badge tone={version.status === "adopted" ? "good" : version.status === "consultation" ? "info" : "neutral"}>
          {malbildStatusLabel[version.status]}
        </Badge>{" "}
        {version.adoptedOn ? <>Antagen {formatDate(version.adoptedOn)}. </> : null}
        Senast ändrad {formatDate(new Date(version.updatedAt).toISOString())}.{" "}
        {version.status === "adopted" ? <Link to={`/${slug}/malbild`}>Det här är {term}en som gäller nu.</Link> : null}
      </p>

      <section aria-labelledby="andringar">
        <h2 id="andringar">Ändringar från versionen före</h2>
        {diff && previousVersionNumber ? (
          <>
            {previousIsPublic ? (
              <p>
                <Link to={`/${slug}/malbild/versioner/${previousVersionNumber}`}>Visa version {previousVersionNumber}</Link>
              </p>
            ) : null}
            <VersionDiff diff={diff} previous={previousVersionNumber} />
          </>
        ) : (
          <p>Det här är den första versionen. Det finns ingen tidigare version att jämföra med.</p>
        )}
      </section>

      <section aria-labelledby="innehall">
        <h2 id="innehall">Innehållet i version {version.versionNumber}</h2>
        <dl className="facts">
          {contents.map(([label, n]) => (
            <Fragment key={label}>
              <dt>{label}</dt>
              <dd>{n}</dd>
            </Fragment>
          ))}
        </dl>
        <MalbildContent malbild={version} level={3} />
      </section>
      {version.sourceNote ? (
        <Note title={version.sourceNote.startsWith("Demodata") ? "Demodata" : "Källa"}>{version.sourceNote}</Note>
      ) : null}
    </div>
  );
}
