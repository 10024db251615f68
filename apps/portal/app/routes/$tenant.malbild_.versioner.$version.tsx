import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useRouteLoaderData } from "@remix-run/react";
import { Fragment } from "react";
import { malbildStatusLabel } from "@naravard/domain";
import { Badge, Breadcrumbs, Note, formatDate } from "@naravard/ui";
import { MalbildContent } from "../components/malbild-content.tsx";
import { VersionDiff } from "../components/version-diff.tsx";
import { apiFor, load } from "../lib/api.server.ts";
import { useLang, useSv, useT } from "../lib/i18n.ts";
import { metaT, pageTitle } from "../lib/meta.ts";
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
  const t = metaT(matches);
  return [
    {
      title: pageTitle(
        data ? `${t("Version")} ${data.detail.version.versionNumber}` : t("Version"),
        t(capitalise(tenant?.settings.terms.malbild ?? "målbild")),
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
  const t = useT();
  const sv = useSv();
  const en = useLang() === "en";
  const perspectiveStatements = version.perspectives.reduce((n, p) => n + p.statements.length, 0);
  const contents: [string, number][] = [
    [t("Perspektiv"), version.perspectives.length],
    [t("Påståenden"), version.statements.length + perspectiveStatements],
    [t("Förflyttningar"), version.shifts.length],
    [t("Principer"), version.principles.length],
    [t("Steg i färdriktningen"), version.journey.length],
    [t("Vanliga frågor"), version.faq.length],
  ];
  return (
    <div className="container">
      <Breadcrumbs
        items={[
          { label: t("Alla program"), href: "/" },
          { label: tenant.programmeName, href: `/${slug}` },
          { label: t(capitalise(term)), href: `/${slug}/malbild` },
          { label: t("Versioner"), href: `/${slug}/malbild/versioner` },
          { label: `${t("Version")} ${version.versionNumber}` },
        ]}
      />
      <h1>
        {t("Version")} {version.versionNumber}: <span lang={sv}>{version.title}</span>
      </h1>
      <p>
        <Badge tone={version.status === "adopted" ? "good" : version.status === "consultation" ? "info" : "neutral"}>
          {t(malbildStatusLabel[version.status])}
        </Badge>{" "}
        {version.adoptedOn ? (
          <>
            {t("Antagen")} <span lang={sv}>{formatDate(version.adoptedOn)}</span>.{" "}
          </>
        ) : null}
        {t("Senast ändrad")} <span lang={sv}>{formatDate(new Date(version.updatedAt).toISOString())}</span>.{" "}
        {version.status === "adopted" ? (
          <Link to={`/${slug}/malbild`}>
            {en
              ? `This is the ${term === "målbild" ? "target picture" : term} that applies now.`
              : `Det här är ${term}en som gäller nu.`}
          </Link>
        ) : null}
      </p>

      <section aria-labelledby="andringar">
        <h2 id="andringar">{t("Ändringar från versionen före")}</h2>
        {diff && previousVersionNumber ? (
          <>
            {previousIsPublic ? (
              <p>
                <Link to={`/${slug}/malbild/versioner/${previousVersionNumber}`}>
                  {t("Visa version")} {previousVersionNumber}
                </Link>
              </p>
            ) : null}
            <VersionDiff diff={diff} previous={previousVersionNumber} />
          </>
        ) : (
          <p>{t("Det här är den första versionen. Det finns ingen tidigare version att jämföra med.")}</p>
        )}
      </section>

      <section aria-labelledby="innehall">
        <h2 id="innehall">
          {t("Innehållet i version")} {version.versionNumber}
        </h2>
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
        <Note title={t(version.sourceNote.startsWith("Demodata") ? "Demodata" : "Källa")}>
          <span lang={sv}>{version.sourceNote}</span>
        </Note>
      ) : null}
    </div>
  );
}

/** The interface of this page is translated (see lib/i18n.ts). */
export const handle = { english: true };
