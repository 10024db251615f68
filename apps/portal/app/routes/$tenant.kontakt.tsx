import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Breadcrumbs } from "@naravard/ui";
import { apiFor, load } from "../lib/api.server.ts";
import { useLang, useT } from "../lib/i18n.ts";
import { metaT, pageTitle } from "../lib/meta.ts";

export async function loader({ request, params }: LoaderFunctionArgs) {
  return { slug: params.tenant!, contacts: await load(apiFor(request, params.tenant).contact.list.query()) };
}

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(metaT(matches)("Kontakt")) }];

export default function Contacts() {
  const { slug, contacts } = useLoaderData<typeof loader>();
  const t = useT();
  const sv = useLang() === "en" ? "sv" : undefined;
  return (
    <div className="container">
      <Breadcrumbs items={[{ label: t("Start"), href: `/${slug}` }, { label: t("Kontakt") }]} />
      <h1>{t("Kontaktpersoner")}</h1>
      {contacts.length ? (
        <ul className="cards" lang={sv}>
          {contacts.map((c) => (
            <li key={c.id} className="card">
              <h2>{c.name}</h2>
              <p>{[c.role, c.organisation].filter(Boolean).join(", ")}</p>
              {c.email ? (
                <p>
                  {t("E-post:")} <a href={`mailto:${c.email}`}>{c.email}</a>
                </p>
              ) : null}
              {c.phone ? (
                <p>
                  {t("Telefon:")} <a href={`tel:${c.phone.replace(/[\s-]/g, "")}`}>{c.phone}</a>
                </p>
              ) : null}
              {!c.email && !c.phone ? <p className="hint">{t("E-post och telefon är inte angivna.")}</p> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("Programmet har inte lagt upp några kontaktpersoner ännu.")}</p>
      )}
    </div>
  );
}

/** The interface of this page is translated (see lib/i18n.ts). */
export const handle = { english: true };
