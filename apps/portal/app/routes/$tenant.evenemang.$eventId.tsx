import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { audienceLabel, eventKindLabel, eventScopeLabel } from "@naravard/domain";
import { Breadcrumbs } from "@naravard/ui";
import { eventWhen } from "../components/events.tsx";
import { apiFor, load } from "../lib/api.server.ts";
import { pageTitle } from "../lib/meta.ts";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const events = await load(apiFor(request, params.tenant).event.list.query());
  const event = events.find((e) => e.id === params.eventId);
  if (!event) throw new Response("Evenemanget finns inte.", { status: 404 });
  return {
    slug: params.tenant!,
    event,
    sessions: events.filter((e) => e.parentId === event.id),
    parent: events.find((e) => e.id === event.parentId) ?? null,
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: pageTitle(data?.event.title, "Evenemang") }];

const kb = (size: number | null) => (size ? `${Math.max(1, Math.round(size / 1024))} kB` : "");

export default function EventPage() {
  const { slug, event, sessions, parent } = useLoaderData<typeof loader>();
  return (
    <div className="container">
      <Breadcrumbs
        items={[{ label: "Start", href: `/${slug}` }, { label: "Evenemang", href: `/${slug}/evenemang` }, { label: event.title }]}
      />
      <h1>{event.title}</h1>
      <dl className="facts">
        <dt>Typ</dt>
        <dd>
          {eventKindLabel[event.kind]} ({eventScopeLabel[event.scope].toLowerCase()})
        </dd>
        <dt>När</dt>
        <dd>{eventWhen(event)}</dd>
        {event.place ? (
          <>
            <dt>Plats</dt>
            <dd>{event.place}</dd>
          </>
        ) : null}
        {event.onlineUrl ? (
          <>
            <dt>Digitalt</dt>
            <dd>
              <a href={event.onlineUrl}>Länk till mötet</a>
            </dd>
          </>
        ) : null}
        {event.audiences.length ? (
          <>
            <dt>För</dt>
            <dd>{event.audiences.map((a) => audienceLabel[a].toLowerCase()).join(", ")}</dd>
          </>
        ) : null}
      </dl>
      {event.description ? <p className="lead">{event.description}</p> : null}
      {parent ? (
        <p>
          Del av <a href={`/${slug}/evenemang/${parent.id}`}>{parent.title}</a>.
        </p>
      ) : null}
      {sessions.length ? (
        <>
          <h2>Programpunkter</h2>
          <ul>
            {sessions.map((s) => (
              <li key={s.id}>
                <a href={`/${slug}/evenemang/${s.id}`}>{s.title}</a> – {eventWhen(s)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {event.materials.length ? (
        <>
          <h2>Material</h2>
          <ul>
            {event.materials.map((m) => (
              <li key={m.id}>
                {m.missing ? (
                  <>
                    {m.title} – <em>filen finns inte i plattformen</em>
                  </>
                ) : m.url ? (
                  <a href={m.url}>{m.title} (extern länk)</a>
                ) : (
                  <a href={`/${slug}/evenemang/material/${m.id}`} download={m.fileName ?? undefined}>
                    {m.title} (PDF, {kb(m.size)})
                  </a>
                )}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
