import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Breadcrumbs } from "@naravard/ui";
import { apiFor } from "../lib/api.server.ts";
import { loadOptional } from "../lib/load-optional.server.ts";
import { useLang, useT } from "../lib/i18n.ts";
import { metaT, pageTitle } from "../lib/meta.ts";

export async function loader({ request, params }: LoaderFunctionArgs) {
  // No published målbild (only a draft, which is not public): no questions either.
  const malbild = await loadOptional(apiFor(request, params.tenant).malbild.current.query());
  return { slug: params.tenant!, faq: malbild?.faq ?? [] };
}

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(metaT(matches)("Vanliga frågor")) }];

export default function Faq() {
  const { slug, faq } = useLoaderData<typeof loader>();
  const t = useT();
  const sv = useLang() === "en" ? "sv" : undefined;
  return (
    <div className="container">
      <Breadcrumbs items={[{ label: t("Start"), href: `/${slug}` }, { label: t("Vanliga frågor") }]} />
      <h1>{t("Vanliga frågor")}</h1>
      {faq.length ? (
        faq.map((f) => (
          <section key={f.id} aria-labelledby={`fraga-${f.id}`} lang={sv}>
            <h2 id={`fraga-${f.id}`}>{f.question}</h2>
            {f.answer.split("\n\n").map((p, i) => (
              <p key={i}>{p}</p>
            ))}
          </section>
        ))
      ) : (
        <p>{t("Programmet har inga vanliga frågor publicerade.")}</p>
      )}
    </div>
  );
}

/** The interface of this page is translated (see lib/i18n.ts). */
export const handle = { english: true };
