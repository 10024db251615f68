import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Breadcrumbs } from "@naravard/ui";
import { ArticleList } from "../components/articles.tsx";
import { apiFor, load } from "../lib/api.server.ts";
import { pageTitle } from "../lib/meta.ts";

export async function loader({ request, params }: LoaderFunctionArgs) {
  return { slug: params.tenant!, articles: await load(apiFor(request, params.tenant).article.list.query({ kind: "good_example" })) };
}

export const meta: MetaFunction = () => [{ title: pageTitle("Goda exempel") }];

export default function Articles() {
  const { slug, articles } = useLoaderData<typeof loader>();
  return (
    <div className="container">
      <Breadcrumbs items={[{ label: "Start", href: `/${slug}` }, { label: "Goda exempel" }]} />
      <h1>Goda exempel</h1>
      <p>Exempel från parterna på arbete i riktning mot målbilden.</p>
      <ArticleList articles={articles} base={`/${slug}/goda-exempel`} />
    </div>
  );
}
