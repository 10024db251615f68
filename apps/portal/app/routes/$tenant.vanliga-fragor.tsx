import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Breadcrumbs } from "@naravard/ui";
import { apiFor, load } from "../lib/api.server.ts";
import { pageTitle } from "../lib/meta.ts";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const malbild = await load(apiFor(request, params.tenant).malbild.current.query());
  return { slug: params.tenant!, faq: malbild.faq };
}

export const meta: MetaFunction = () => [{ title: pageTitle("Vanliga frågor") }];

export default function Faq() {
  const { slug, faq } = useLoaderData<typeof loader>();
  return (
    <div className="container">
      <Breadcrumbs items={[{ label: "Start", href: `/${slug}` }, { label: "Vanliga frågor" }]} />
      <h1>Vanliga frågor</h1>
      {faq.length ? (
        faq.map((f) => (
          <section key={f.id} aria-labelledby={`fraga-${f.id}`}>
            <h2 id={`fraga-${f.id}`}>{f.question}</h2>
            {f.answer.split("\n\n").map((p, i) => (
              <p key={i}>{p}</p>
            ))}
          </section>
        ))
      ) : (
        <p>Programmet har inga vanliga frågor publicerade.</p>
      )}
    </div>
  );
}
