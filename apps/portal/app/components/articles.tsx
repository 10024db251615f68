import { Link } from "@remix-run/react";
import { formatDate } from "@naravard/ui";
import { useLang, useSv, useT } from "../lib/i18n.ts";

export interface ArticleItem {
  id: string;
  title: string;
  lead: string;
  body: string;
  publishedOn: string | null;
  tags: string[];
  members: { id: string; name: string }[];
}

export const published = (a: Pick<ArticleItem, "publishedOn">) =>
  a.publishedOn ? formatDate(a.publishedOn) : "Publiceringsdatum saknas i källan";

export function ArticleList({ articles, base }: { articles: ArticleItem[]; base: string }) {
  const t = useT();
  const lang = useLang();
  // The list sits in content marked as Swedish; this interface text is in the interface language.
  if (!articles.length) return <p lang={lang}>{t("Inget publicerat ännu.")}</p>;
  return (
    <ul className="cards">
      {articles.map((a) => (
        <li key={a.id} className="card">
          <h2>
            <Link to={`${base}/${a.id}`}>{a.title}</Link>
          </h2>
          <p className="hint">{published(a)}</p>
          <p>{a.lead}</p>
        </li>
      ))}
    </ul>
  );
}

/** An article's body is HTML that the API sanitised when it was saved (no scripts, no handlers). */
export function ArticleBody({ article }: { article: ArticleItem }) {
  const t = useT();
  const sv = useSv();
  return (
    <article>
      <p className="hint">
        {article.publishedOn ? <span lang={sv}>{formatDate(article.publishedOn)}</span> : t("Publiceringsdatum saknas i källan")}
      </p>
      {article.lead ? (
        <p className="lead" lang={sv}>
          {article.lead}
        </p>
      ) : null}
      <div lang={sv} dangerouslySetInnerHTML={{ __html: article.body }} />
      {article.members.length ? (
        <p>
          {t("Berör:")} <span lang={sv}>{article.members.map((m) => m.name).join(", ")}</span>
        </p>
      ) : null}
      {article.tags.length ? (
        <p className="hint">
          {t("Ämnen:")} <span lang={sv}>{article.tags.join(", ")}</span>
        </p>
      ) : null}
    </article>
  );
}
