import type { LoaderFunctionArgs } from "@remix-run/node";
import { Feed } from "feed";
import { apiFor, load } from "../lib/api.server.ts";
import { FEED_HEADERS, rssHtml, rssPlain, rssPlainAsXmlText } from "../lib/feeds.server.ts";

/**
 * The programme's news as RSS 2.0. Articles without a known date carry no pubDate rather than an
 * invented one. Every text goes through feeds.server.ts on its way in: `feed` leaves escaping to
 * its caller.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const api = apiFor(request, params.tenant);
  const [tenant, articles] = await Promise.all([
    load(api.tenant.current.query()),
    load(api.article.list.query({ kind: "news" })),
  ]);
  const origin = new URL(request.url).origin;
  const home = `${origin}/${tenant.slug}`;
  const feed = new Feed({
    title: rssPlainAsXmlText(`${tenant.programmeName} – nyheter`),
    description: rssPlainAsXmlText(tenant.description),
    id: `${home}/nyheter`,
    link: `${home}/nyheter`,
    language: "sv",
    copyright: rssPlainAsXmlText(tenant.name),
    feedLinks: { rss: `${home}/nyheter.rss` },
  });
  for (const a of articles)
    feed.addItem({
      title: rssPlain(a.title),
      id: `${home}/nyheter/${a.id}`,
      link: `${home}/nyheter/${a.id}`,
      description: rssPlain(a.lead),
      content: rssHtml(a.body),
      // feed types the date as required but writes pubDate only when there is one.
      date: a.publishedOn ? new Date(`${a.publishedOn}T12:00:00Z`) : (undefined as unknown as Date),
      category: a.tags.map((name) => ({ name: rssPlainAsXmlText(name) })),
    });
  return new Response(feed.rss2(), { headers: { "Content-Type": "application/rss+xml; charset=utf-8", ...FEED_HEADERS } });
}
