import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Breadcrumbs } from "@naravard/ui";
import { ArticleList } from "../components/articles.tsx";
import { apiFor, load } from "../lib/api.server.ts";
import { pageTitle } from "../lib/meta.ts";

export async function loader({ request, params }: LoaderFunctionArgs) {
  return { slug: params.tenant!, articles: await load(apiFor(request, params.tenant).article.list.query({ kind: "news" })) };
}

export const meta: MetaFunction = () => [{ title: pageTitle("Nyheter") }];

export default function Articles() {
  const { slug, articles } = useLoaderData<typeof loader>();
  return (
    <div className="container">
      <Breadcrumbs items={[{ label: "Start", href: `/${slug}` }, { label: "Nyheter" }]} />
      <h1>Nyheter</h1>
      <p>
        <a href={`/${slug}/nyheter.rss`}>Följ nyheterna med RSS</a> · <a href={`/${slug}/goda-exempel`}>Goda exempel</a>
      </p>
      <ArticleList articles={articles} base={`/${slug}/nyheter`} />
    </div>
  );
}
