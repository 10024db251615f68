import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Breadcrumbs } from "@naravard/ui";
import { apiFor, load } from "../lib/api.server.ts";
import { pageTitle } from "../lib/meta.ts";

export async function loader({ request, params }: LoaderFunctionArgs) {
  return { slug: params.tenant!, contacts: await load(apiFor(request, params.tenant).contact.list.query()) };
}

export const meta: MetaFunction = () => [{ title: pageTitle("Kontakt") }];

export default function Contacts() {
  const { slug, contacts } = useLoaderData<typeof loader>();
  return (
    <div className="container">
      <Breadcrumbs items={[{ label: "Start", href: `/${slug}` }, { label: "Kontakt" }]} />
      <h1>Kontaktpersoner</h1>
      {contacts.length ? (
        <ul className="cards">
          {contacts.map((c) => (
            <li key={c.id} className="card">
              <h2>{c.name}</h2>
              <p>{[c.role, c.organisation].filter(Boolean).join(", ")}</p>
              {c.email ? (
                <p>
                  E-post: <a href={`mailto:${c.email}`}>{c.email}</a>
                </p>
              ) : null}
              {c.phone ? (
                <p>
                  Telefon: <a href={`tel:${c.phone.replace(/[\s-]/g, "")}`}>{c.phone}</a>
                </p>
              ) : null}
              {!c.email && !c.phone ? <p className="hint">E-post och telefon är inte angivna.</p> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>Programmet har inte lagt upp några kontaktpersoner ännu.</p>
      )}
    </div>
  );
}
