import type { LoaderFunctionArgs } from "@remix-run/node";
import { Feed } from "feed";
import { apiFor, load } from "../lib/api.server.ts";

/** The programme's news as RSS 2.0. Articles without a known date carry no pubDate rather than an invented one. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const api = apiFor(request, params.tenant);
  const [tenant, articles] = await Promise.all([
    load(api.tenant.current.query()),
    load(api.article.list.query({ kind: "news" })),
  ]);
  const origin = new URL(request.url).origin;
  const home = `${origin}/${tenant.slug}`;
  const feed = new Feed({
    title: `${tenant.programmeName} – nyheter`,
    description: tenant.description,
    id: `${home}/nyheter`,
    link: `${home}/nyheter`,
    language: "sv",
    copyright: tenant.name,
    feedLinks: { rss: `${home}/nyheter.rss` },
  });
  for (const a of articles)
    feed.addItem({
      title: a.title,
      id: `${home}/nyheter/${a.id}`,
      link: `${home}/nyheter/${a.id}`,
      description: a.lead,
      content: a.body,
      // feed types the date as required but writes pubDate only when there is one.
      date: a.publishedOn ? new Date(`${a.publishedOn}T12:00:00Z`) : (undefined as unknown as Date),
      category: a.tags.map((name) => ({ name })),
    });
  return new Response(feed.rss2(), { headers: { "Content-Type": "application/rss+xml; charset=utf-8" } });
}
