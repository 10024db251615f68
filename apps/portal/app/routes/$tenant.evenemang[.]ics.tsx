import type { LoaderFunctionArgs } from "@remix-run/node";
import ical, { ICalCalendarMethod } from "ical-generator";
import { eventKindLabel } from "@naravard/domain";
import { apiFor, load } from "../lib/api.server.ts";

/** The programme's events as an iCalendar feed. Events without a known date cannot be placed and are left out. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const api = apiFor(request, params.tenant);
  const [tenant, events] = await Promise.all([load(api.tenant.current.query()), load(api.event.list.query())]);
  const origin = new URL(request.url).origin;
  const calendar = ical({
    name: `${tenant.programmeName} – evenemang`,
    prodId: { company: "Nära vård", product: "malbild", language: "SV" },
    method: ICalCalendarMethod.PUBLISH,
    timezone: "Europe/Stockholm",
  });
  for (const e of events) {
    if (!e.startsOn) continue;
    const end = new Date(`${e.endsOn ?? e.startsOn}T00:00:00Z`);
    end.setUTCDate(end.getUTCDate() + 1);
    calendar.createEvent({
      id: `${e.id}@${new URL(origin).host}`,
      start: new Date(`${e.startsOn}T00:00:00Z`),
      end,
      allDay: true,
      summary: e.title,
      description: `${eventKindLabel[e.kind]}. ${e.description}`.trim(),
      location: e.place || e.onlineUrl || undefined,
      url: `${origin}/${tenant.slug}/evenemang/${e.id}`,
    });
  }
  return new Response(calendar.toString(), {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `inline; filename="${tenant.slug}-evenemang.ics"`,
    },
  });
}
