import { type Audience, type EventKind, audienceLabel, eventKindLabel, eventScopeLabel } from "@naravard/domain";
import { formatDate } from "@naravard/ui";

/**
 * Pure helpers of the participation pages: events split by date, their form values, the tags
 * text, whether saving took something out of an article, and the page-feedback figures.
 */

export interface EventView {
  id: string;
  parentId: string | null;
  kind: EventKind;
  title: string;
  description: string;
  scope: "regional" | "local";
  audiences: Audience[];
  startsOn: string | null;
  endsOn: string | null;
  year: number | null;
  place: string;
  onlineUrl: string | null;
  /** The revision the edit form posts back, so a save over someone else's newer one is a conflict. */
  revision: number;
}

/**
 * Upcoming (ending today or later, and those without a date yet: still to be planned) and past
 * (ended before today, newest first). `today` is an ISO date.
 */
export function splitEvents<E extends Pick<EventView, "startsOn" | "endsOn">>(events: readonly E[], today: string) {
  const upcoming: E[] = [];
  const past: E[] = [];
  for (const e of events) {
    const last = e.endsOn ?? e.startsOn;
    (last && last < today ? past : upcoming).push(e);
  }
  past.reverse();
  return { upcoming, past };
}

/** "12 mars 2024", "12 mars 2024 – 16 mars 2024", "2024, datum inte bestämt" or "Datum inte bestämt". */
export function eventWhen(e: Pick<EventView, "startsOn" | "endsOn" | "year">): string {
  if (e.startsOn && e.endsOn && e.endsOn !== e.startsOn) return `${formatDate(e.startsOn)} – ${formatDate(e.endsOn)}`;
  if (e.startsOn) return formatDate(e.startsOn);
  return e.year ? `${e.year}, datum inte bestämt` : "Datum inte bestämt";
}

/** "Workshop · Regionalt · 12 mars 2024" */
export const eventLine = (e: EventView) => [eventKindLabel[e.kind], eventScopeLabel[e.scope], eventWhen(e)].join(" · ");

export const eventKindOptions = (Object.keys(eventKindLabel) as EventKind[]).map((value) => ({
  value,
  label: eventKindLabel[value],
}));
export const eventScopeOptions = (["regional", "local"] as const).map((value) => ({ value, label: eventScopeLabel[value] }));

/** The event form's starting values: what is saved, as the text the fields show. */
export function eventDefaults(e: EventView | undefined) {
  return {
    kind: e?.kind ?? "workshop",
    title: e?.title ?? "",
    description: e?.description ?? "",
    scope: e?.scope ?? "regional",
    audiences: e?.audiences ?? [],
    startsOn: e?.startsOn ?? "",
    endsOn: e?.endsOn ?? "",
    place: e?.place ?? "",
    onlineUrl: e?.onlineUrl ?? "",
    parentId: e?.parentId ?? "",
  };
}

/** "vård, äldre ,  , vård" → ["vård", "äldre"]: trimmed, blanks and repeats dropped. */
export function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(",")
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  ];
}

/**
 * Whether the API's sanitiser took something out of the posted text (a script, an event handler,
 * a tag that is not allowed). Whitespace and the quoting of attributes do not count.
 */
export function bodyWasCleaned(posted: string, saved: string): boolean {
  const norm = (html: string) =>
    html
      .replace(/\s+/g, " ")
      .replace(/'/g, '"')
      .replace(/<br\s*\/?>/gi, "<br>")
      .trim();
  return norm(posted) !== norm(saved);
}

/** Bytes as "1,2 MB" or "340 kB". */
export function fileSize(bytes: number | null): string {
  if (bytes === null) return "";
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1).replace(".", ",")} MB`;
  return `${Math.max(1, Math.round(bytes / 1000))} kB`;
}

// ---- Page feedback --------------------------------------------------------------------------

export interface FeedbackRow {
  path: string;
  /** "2024-03" */
  month: string;
  yes: number;
  no: number;
  comments: string[];
}

/** Share of "yes" in whole percent, or null without answers. */
export const shareUseful = (yes: number, no: number) => (yes + no === 0 ? null : Math.round((yes / (yes + no)) * 100));

export interface PageFeedback {
  path: string;
  yes: number;
  no: number;
  share: number | null;
  /** Oldest month first. */
  months: FeedbackRow[];
}

/** The API's rows (one per page and month) per page, the most answered page first. */
export function feedbackByPage(rows: readonly FeedbackRow[]): PageFeedback[] {
  const pages = new Map<string, PageFeedback>();
  for (const row of rows) {
    const page = pages.get(row.path) ?? { path: row.path, yes: 0, no: 0, share: null, months: [] };
    page.yes += row.yes;
    page.no += row.no;
    page.months.push(row);
    pages.set(row.path, page);
  }
  return [...pages.values()]
    .map((p) => ({ ...p, share: shareUseful(p.yes, p.no), months: [...p.months].sort((a, b) => a.month.localeCompare(b.month)) }))
    .sort((a, b) => b.yes + b.no - (a.yes + a.no) || a.path.localeCompare(b.path));
}

/** Share useful per month, for all pages together and for the `top` most answered pages: the chart's series. */
export function feedbackSeries(pages: readonly PageFeedback[], top = 3) {
  const months = [...new Set(pages.flatMap((p) => p.months.map((m) => m.month)))].sort();
  const perMonth = (rows: readonly FeedbackRow[]) => {
    const values: Record<string, number> = {};
    for (const month of months) {
      const inMonth = rows.filter((r) => r.month === month);
      const share = shareUseful(
        inMonth.reduce((n, r) => n + r.yes, 0),
        inMonth.reduce((n, r) => n + r.no, 0),
      );
      if (share !== null) values[month] = share;
    }
    return values;
  };
  const series = [
    { name: "Alla sidor", values: perMonth(pages.flatMap((p) => p.months)) },
    // With a single page its line would repeat the total.
    ...(pages.length > 1 ? pages.slice(0, top).map((p) => ({ name: p.path, values: perMonth(p.months) })) : []),
  ];
  return { months, series };
}

// ---- What is saved now, after someone else saved first (shown under the form, label by label) ----

export const eventFacts = (e: EventView) => [
  { label: "Rubrik", value: e.title },
  { label: "Typ", value: eventKindLabel[e.kind] },
  { label: "Omfattning", value: eventScopeLabel[e.scope] },
  { label: "Målgrupper", value: e.audiences.map((a) => audienceLabel[a]).join(", ") },
  { label: "Datum", value: eventWhen(e) },
  { label: "Plats", value: e.place },
  { label: "Länk för att delta digitalt", value: e.onlineUrl ?? "" },
  { label: "Beskrivning", value: e.description },
];

export const articleFacts = (a: {
  title: string;
  lead: string;
  body: string;
  publishedOn: string | null;
  tags: string[];
  members: { name: string }[];
}) => [
  { label: "Rubrik", value: a.title },
  { label: "Publicerad", value: a.publishedOn ? formatDate(a.publishedOn) : "" },
  { label: "Ingress", value: a.lead },
  {
    label: "Text",
    value: a.body
      .replace(/<[^>]*>/g, " ")
      .replace(/\s+/g, " ")
      .trim(),
  },
  { label: "Taggar", value: a.tags.join(", ") },
  { label: "Parter", value: a.members.map((m) => m.name).join(", ") },
];

export const contactFacts = (c: {
  name: string;
  role: string;
  organisation: string;
  email: string | null;
  phone: string | null;
}) => [
  { label: "Namn", value: c.name },
  { label: "Roll", value: c.role },
  { label: "Organisation", value: c.organisation },
  { label: "E-post", value: c.email ?? "" },
  { label: "Telefon", value: c.phone ?? "" },
];

export const questionFacts = (q: { question: string; purpose: string; open: boolean }) => [
  { label: "Fråga", value: q.question },
  { label: "Syfte", value: q.purpose },
  { label: "Svar", value: q.open ? "Öppen för svar" : "Stängd för nya svar" },
];
