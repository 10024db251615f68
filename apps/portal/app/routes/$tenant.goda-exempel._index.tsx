import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Breadcrumbs } from "@naravard/ui";
import { ArticleList } from "../components/articles.tsx";
import { apiFor, load } from "../lib/api.server.ts";
import { useLang, useT } from "../lib/i18n.ts";
import { metaT, pageTitle } from "../lib/meta.ts";

export async function loader({ request, params }: LoaderFunctionArgs) {
  return {
    slug: params.tenant!,
    articles: await load(apiFor(request, params.tenant).article.list.query({ kind: "good_example" })),
  };
}

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(metaT(matches)("Goda exempel")) }];

export default function Articles() {
  const { slug, articles } = useLoaderData<typeof loader>();
  const t = useT();
  const sv = useLang() === "en" ? "sv" : undefined;
  return (
    <div className="container">
      <Breadcrumbs items={[{ label: t("Start"), href: `/${slug}` }, { label: t("Goda exempel") }]} />
      <h1>{t("Goda exempel")}</h1>
      <p>{t("Exempel från parterna på arbete i riktning mot målbilden.")}</p>
      <div lang={sv}>
        <ArticleList articles={articles} base={`/${slug}/goda-exempel`} />
      </div>
    </div>
  );
}

/** The interface of this page is translated (see lib/i18n.ts). */
export const handle = { english: true };
