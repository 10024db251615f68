import { Link } from "@remix-run/react";
import { audienceLabel, eventKindLabel, eventScopeLabel, type EventKind } from "@naravard/domain";
import { formatDate } from "@naravard/ui";

export interface EventItem {
  id: string;
  kind: EventKind;
  title: string;
  scope: "regional" | "local";
  audiences: (keyof typeof audienceLabel)[];
  startsOn: string | null;
  endsOn: string | null;
  year: number | null;
  place: string;
  onlineUrl: string | null;
}

/** "16 juni 2022", "3–5 december 2026", or "2021 (datum okänt)" — never an invented date. */
export function eventWhen(e: Pick<EventItem, "startsOn" | "endsOn" | "year">) {
  if (!e.startsOn) return e.year ? `${e.year} (datum okänt)` : "Datum okänt";
  if (!e.endsOn || e.endsOn === e.startsOn) return formatDate(e.startsOn);
  return `${formatDate(e.startsOn)} – ${formatDate(e.endsOn)}`;
}

export function EventList({ events, slug }: { events: EventItem[]; slug: string }) {
  return (
    <ul className="cards">
      {events.map((e) => (
        <li key={e.id} className="card">
          <h3>
            <Link to={`/${slug}/evenemang/${e.id}`}>{e.title}</Link>
          </h3>
          <p>
            {eventKindLabel[e.kind]} · {eventScopeLabel[e.scope]} · {eventWhen(e)}
          </p>
          {e.audiences.length ? <p className="hint">För: {e.audiences.map((a) => audienceLabel[a].toLowerCase()).join(", ")}</p> : null}
        </li>
      ))}
    </ul>
  );
}
