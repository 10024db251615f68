import { type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { compareSwedish, roleLabel } from "@naravard/domain";
import { errorTitle, pageTitle } from "../lib/meta.ts";
import { requireUser } from "../lib/session.server.ts";

export const meta: MetaFunction = ({ error }) => [{ title: error ? errorTitle(error) : pageTitle("Dina program") }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { memberships, user } = await requireUser(request);
  // Most coordinators run exactly one programme: take them straight to it. A platform
  // administrator stops here, where the platform's page is linked.
  if (memberships.length === 1 && !user.isPlatformAdmin) throw redirect(`/${memberships[0]!.slug}`);
  const programmes = [...memberships]
    .sort((a, b) => compareSwedish(a.name, b.name))
    .map((m) => ({ slug: m.slug, name: m.name, role: roleLabel[m.role] }));
  return { programmes, isPlatformAdmin: user.isPlatformAdmin };
}

export default function ProgrammesPage() {
  const { programmes, isPlatformAdmin } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>Dina program</h1>
      {isPlatformAdmin ? (
        <section aria-labelledby="plattform-rubrik" className="panel">
          <h2 id="plattform-rubrik">Plattformen</h2>
          <p>
            Du är administratör för plattformen. <Link to="/plattform">Se alla program och lägg till en ny region eller ett nytt förbund</Link>
          </p>
        </section>
      ) : null}
      {programmes.length === 0 && isPlatformAdmin ? null : programmes.length === 0 ? (
        <p>
          Ditt konto är inte kopplat till något program ännu. Be samordnaren för ditt program att bjuda in dig, så visas
          programmet här.
        </p>
      ) : (
        <ul className="card-list">
          {programmes.map((p) => (
            <li key={p.slug} className="card">
              <h2 className="card__title">
                <Link to={`/${p.slug}`}>{p.name}</Link>
              </h2>
              <p>Din roll: {p.role}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
