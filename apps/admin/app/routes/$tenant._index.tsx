import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { malbildStatusLabel, roleLabel } from "@naravard/domain";
import { env } from "../env.server.ts";
import { errorTitle, pageTitle } from "../lib/meta.ts";
import { apiErrorCode, apiFor, rethrowUnexpected } from "../lib/api.server.ts";
import { canEdit, requireMembership } from "../lib/session.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data, error }) => [{ title: error ? errorTitle(error) : pageTitle("Översikt", data?.name) }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { token, membership } = await requireMembership(request, params.tenant);
  const malbild = await apiFor({ token, tenant: membership.slug })
    .malbild.forEdit.query()
    .then(({ malbild: m }) => ({
      title: m.title,
      status: malbildStatusLabel[m.status],
      statements: m.statements.length + m.perspectives.reduce((n, p) => n + p.statements.length, 0),
      perspectives: m.perspectives.length,
    }))
    .catch((error: unknown) => {
      // The membership is already checked, so NOT_FOUND here means: no målbild written yet.
      if (apiErrorCode(error) === "NOT_FOUND") return null;
      return rethrowUnexpected(error);
    });
  return {
    slug: membership.slug,
    name: membership.name,
    role: roleLabel[membership.role],
    mayEdit: canEdit(membership.role),
    portalHref: `${env.PORTAL_URL}/${membership.slug}/malbild`,
    malbild,
  };
}

export default function ProgrammeOverview() {
  const { slug, name, role, mayEdit, portalHref, malbild } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{name}</h1>
      <p>
        Du är <strong>{role.toLowerCase()}</strong> i programmet.{" "}
        {mayEdit ? "Du kan ändra målbildens innehåll." : "Du kan läsa målbilden men inte ändra den."}
      </p>

      <section aria-labelledby="malbild-rubrik" className="panel">
        <h2 id="malbild-rubrik">Målbilden</h2>
        {malbild ? (
          <dl className="facts">
            <div>
              <dt>Titel</dt>
              <dd>{malbild.title}</dd>
            </div>
            <div>
              <dt>Status</dt>
              <dd>{malbild.status}</dd>
            </div>
            <div>
              <dt>Perspektiv</dt>
              <dd>{malbild.perspectives}</dd>
            </div>
            <div>
              <dt>Påståenden</dt>
              <dd>{malbild.statements}</dd>
            </div>
          </dl>
        ) : (
          <p>Programmet har ingen målbild ännu.</p>
        )}
        <ul className="actions">
          {malbild ? (
            <li>
              <Link className="button" to={`/${slug}/malbild`}>
                {mayEdit ? "Redigera målbilden" : "Läs målbilden"}
              </Link>
            </li>
          ) : null}
          <li>
            <a className="button button--secondary" href={portalHref}>
              Visa på portalen
            </a>
          </li>
        </ul>
      </section>
    </>
  );
}
