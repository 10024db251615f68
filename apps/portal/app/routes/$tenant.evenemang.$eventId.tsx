import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { audienceLabel, eventKindLabel, eventScopeLabel } from "@naravard/domain";
import { Breadcrumbs } from "@naravard/ui";
import { eventWhen } from "../components/events.tsx";
import { apiFor, load } from "../lib/api.server.ts";
import { useSv, useT } from "../lib/i18n.ts";
import { metaT, pageTitle } from "../lib/meta.ts";

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

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [
  { title: pageTitle(data?.event.title, metaT(matches)("Evenemang")) },
];

const kb = (size: number | null) => (size ? `${Math.max(1, Math.round(size / 1024))} kB` : "");

export default function EventPage() {
  const { slug, event, sessions, parent } = useLoaderData<typeof loader>();
  const t = useT();
  const sv = useSv();
  /** The date in Swedish (as the list of events shows it), or what is known when there is none. */
  const when = (e: typeof event) =>
    e.startsOn ? (
      <span lang={sv}>{eventWhen(e)}</span>
    ) : e.year ? (
      <>
        {e.year} {t("(datum okänt)")}
      </>
    ) : (
      t("Datum okänt")
    );
  return (
    <div className="container">
      <Breadcrumbs
        items={[
          { label: t("Start"), href: `/${slug}` },
          { label: t("Evenemang"), href: `/${slug}/evenemang` },
          { label: event.title },
        ]}
      />
      <h1 lang={sv}>{event.title}</h1>
      <dl className="facts">
        <dt>{t("Typ")}</dt>
        <dd lang={sv}>
          {eventKindLabel[event.kind]} ({eventScopeLabel[event.scope].toLowerCase()})
        </dd>
        <dt>{t("När")}</dt>
        <dd>{when(event)}</dd>
        {event.place ? (
          <>
            <dt>{t("Plats")}</dt>
            <dd lang={sv}>{event.place}</dd>
          </>
        ) : null}
        {event.onlineUrl ? (
          <>
            <dt>{t("Digitalt")}</dt>
            <dd>
              <a href={event.onlineUrl}>{t("Länk till mötet")}</a>
            </dd>
          </>
        ) : null}
        {event.audiences.length ? (
          <>
            <dt>{t("För")}</dt>
            <dd lang={sv}>{event.audiences.map((a) => audienceLabel[a].toLowerCase()).join(", ")}</dd>
          </>
        ) : null}
      </dl>
      {event.description ? (
        <p className="lead" lang={sv}>
          {event.description}
        </p>
      ) : null}
      {parent ? (
        <p>
          {t("Del av")}{" "}
          <a href={`/${slug}/evenemang/${parent.id}`} lang={sv}>
            {parent.title}
          </a>
          .
        </p>
      ) : null}
      {sessions.length ? (
        <>
          <h2>{t("Programpunkter")}</h2>
          <ul>
            {sessions.map((s) => (
              <li key={s.id}>
                <a href={`/${slug}/evenemang/${s.id}`} lang={sv}>
                  {s.title}
                </a>{" "}
                – {when(s)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {event.materials.length ? (
        <>
          <h2>{t("Material")}</h2>
          <ul>
            {event.materials.map((m) => (
              <li key={m.id}>
                {m.missing ? (
                  <>
                    <span lang={sv}>{m.title}</span> – <em>{t("filen finns inte i plattformen")}</em>
                  </>
                ) : m.url ? (
                  <a href={m.url}>
                    <span lang={sv}>{m.title}</span> ({t("extern länk")})
                  </a>
                ) : (
                  <a href={`/${slug}/evenemang/material/${m.id}`} download={m.fileName ?? undefined}>
                    <span lang={sv}>{m.title}</span> (PDF, {kb(m.size)})
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

/** The interface of this page is translated (see lib/i18n.ts). */
export const handle = { english: true };
