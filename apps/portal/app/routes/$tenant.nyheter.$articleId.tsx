import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Breadcrumbs } from "@naravard/ui";
import { ArticleBody } from "../components/articles.tsx";
import { apiFor, load } from "../lib/api.server.ts";
import { pageTitle } from "../lib/meta.ts";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const articles = await load(apiFor(request, params.tenant).article.list.query({ kind: "news" }));
  const article = articles.find((a) => a.id === params.articleId);
  if (!article) throw new Response("Sidan finns inte.", { status: 404 });
  return { slug: params.tenant!, article };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: pageTitle(data?.article.title, "Nyheter") },
  { name: "description", content: data?.article.lead ?? "" },
];

export default function ArticlePage() {
  const { slug, article } = useLoaderData<typeof loader>();
  return (
    <div className="container">
      <Breadcrumbs
        items={[{ label: "Start", href: `/${slug}` }, { label: "Nyheter", href: `/${slug}/nyheter` }, { label: article.title }]}
      />
      <h1>{article.title}</h1>
      <ArticleBody article={article} />
    </div>
  );
}
