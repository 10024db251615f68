import type { LoaderFunctionArgs } from "@remix-run/node";
import ical, { ICalCalendarMethod } from "ical-generator";
import { eventKindLabel } from "@naravard/domain";
import { apiFor, load } from "../lib/api.server.ts";
import { FEED_HEADERS, feedText, icalText } from "../lib/feeds.server.ts";

/**
 * The programme's events as an iCalendar feed. Events without a known date cannot be placed and
 * are left out. ical-generator escapes an event's texts but writes the calendar's name as it is
 * given; feeds.server.ts escapes that, and leaves out the control characters iCalendar forbids.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const api = apiFor(request, params.tenant);
  const [tenant, events] = await Promise.all([load(api.tenant.current.query()), load(api.event.list.query())]);
  const origin = new URL(request.url).origin;
  const calendar = ical({
    name: icalText(`${tenant.programmeName} – evenemang`),
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
      summary: feedText(e.title),
      description: feedText(`${eventKindLabel[e.kind]}. ${e.description}`.trim()),
      location: feedText(e.place || e.onlineUrl || "") || undefined,
      url: `${origin}/${tenant.slug}/evenemang/${e.id}`,
    });
  }
  return new Response(calendar.toString(), {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `inline; filename="${tenant.slug}-evenemang.ics"`,
      ...FEED_HEADERS,
    },
  });
}
