import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Breadcrumbs } from "@naravard/ui";
import { ArticleBody } from "../components/articles.tsx";
import { apiFor, load } from "../lib/api.server.ts";
import { useSv, useT } from "../lib/i18n.ts";
import { metaT, pageTitle } from "../lib/meta.ts";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const articles = await load(apiFor(request, params.tenant).article.list.query({ kind: "good_example" }));
  const article = articles.find((a) => a.id === params.articleId);
  if (!article) throw new Response("Sidan finns inte.", { status: 404 });
  return { slug: params.tenant!, article };
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [
  { title: pageTitle(data?.article.title, metaT(matches)("Goda exempel")) },
  { name: "description", content: data?.article.lead ?? "" },
];

export default function ArticlePage() {
  const { slug, article } = useLoaderData<typeof loader>();
  const t = useT();
  const sv = useSv();
  return (
    <div className="container">
      <Breadcrumbs
        items={[
          { label: t("Start"), href: `/${slug}` },
          { label: t("Goda exempel"), href: `/${slug}/goda-exempel` },
          { label: article.title },
        ]}
      />
      <h1 lang={sv}>{article.title}</h1>
      <ArticleBody article={article} />
    </div>
  );
}

/** The interface of this page is translated (see lib/i18n.ts). */
export const handle = { english: true };
