import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Breadcrumbs } from "@naravard/ui";
import { EventList } from "../components/events.tsx";
import { apiFor, load } from "../lib/api.server.ts";
import { splitEvents, todayInSweden } from "../lib/dates.ts";
import { useLang, useT } from "../lib/i18n.ts";
import { metaT, pageTitle } from "../lib/meta.ts";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const events = await load(apiFor(request, params.tenant).event.list.query());
  return { slug: params.tenant!, ...splitEvents(events, todayInSweden()) };
}

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(metaT(matches)("Evenemang")) }];

export default function Events() {
  const { slug, upcoming, past } = useLoaderData<typeof loader>();
  const t = useT();
  const sv = useLang() === "en" ? "sv" : undefined;
  return (
    <div className="container">
      <Breadcrumbs
        items={[{ label: t("Alla program"), href: "/" }, { label: t("Start"), href: `/${slug}` }, { label: t("Evenemang") }]}
      />
      <h1>{t("Evenemang")}</h1>
      <p>
        {t("Fokusveckor, workshops, seminarier och dialogmöten.")}{" "}
        <a href={`/${slug}/evenemang.ics`}>{t("Prenumerera i din kalender (iCalendar)")}</a>
      </p>
      <h2>{t("Kommande")}</h2>
      {upcoming.length ? (
        <div lang={sv}>
          <EventList events={upcoming} slug={slug} />
        </div>
      ) : (
        <p>{t("Inga kommande evenemang är inlagda just nu.")}</p>
      )}
      <h2>{t("Tidigare")}</h2>
      {past.length ? (
        <div lang={sv}>
          <EventList events={past} slug={slug} />
        </div>
      ) : (
        <p>{t("Inga tidigare evenemang.")}</p>
      )}
    </div>
  );
}

/** The interface of this page is translated (see lib/i18n.ts). */
export const handle = { english: true };
