import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Breadcrumbs } from "@naravard/ui";
import { EventList } from "../components/events.tsx";
import { apiFor, load } from "../lib/api.server.ts";
import { splitEvents, todayInSweden } from "../lib/dates.ts";
import { pageTitle } from "../lib/meta.ts";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const events = await load(apiFor(request, params.tenant).event.list.query());
  return { slug: params.tenant!, ...splitEvents(events, todayInSweden()) };
}

export const meta: MetaFunction = () => [{ title: pageTitle("Evenemang") }];

export default function Events() {
  const { slug, upcoming, past } = useLoaderData<typeof loader>();
  return (
    <div className="container">
      <Breadcrumbs items={[{ label: "Alla program", href: "/" }, { label: "Start", href: `/${slug}` }, { label: "Evenemang" }]} />
      <h1>Evenemang</h1>
      <p>
        Fokusveckor, workshops, seminarier och dialogmöten.{" "}
        <a href={`/${slug}/evenemang.ics`}>Prenumerera i din kalender (iCalendar)</a>
      </p>
      <h2>Kommande</h2>
      {upcoming.length ? <EventList events={upcoming} slug={slug} /> : <p>Inga kommande evenemang är inlagda just nu.</p>}
      <h2>Tidigare</h2>
      {past.length ? <EventList events={past} slug={slug} /> : <p>Inga tidigare evenemang.</p>}
    </div>
  );
}
