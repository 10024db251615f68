import { type AuditAction, type Role, auditActionLabel, auditEntityLabel, roleLabel } from "@naravard/domain";

/**
 * The ändringslogg page's pure parts: the filters read from the address (a GET form, so it works
 * without a script and can be bookmarked), the day boundaries in Swedish time, paging over the
 * API's "older than" cursor, and each entry's before/after turned into readable rows.
 */

export const PAGE_SIZE = 50;

/** "2 dec. 2026 14:05:09" in Swedish time: seconds, since several changes often share a minute. */
export const formatAt = (iso: string) =>
  new Date(iso).toLocaleString("sv-SE", { timeZone: "Europe/Stockholm", dateStyle: "medium", timeStyle: "medium" });

/** The filter form's parameter names, in Swedish as they appear in the address. */
export const auditParams = { actor: "vem", entity: "typ", from: "fran", to: "till", before: "fore" } as const;

export interface AuditFilters {
  actor: string;
  entity: string;
  from: string;
  to: string;
}

export interface AuditQuery {
  filters: AuditFilters;
  /** What to ask the API for (it filters by person and kind, and pages with `before`). */
  input: { actorUserId?: string; entity?: string; before?: Date; limit: number };
  /** Entries older than this are outside the chosen range (the API has no lower bound). */
  from: Date | null;
  /** Messages for filters that could not be used; the rest of the filters still apply. */
  errors: Partial<Record<keyof AuditFilters, string>>;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Midnight at the start of `day` (yyyy-mm-dd) in Sweden, as an instant; null for no such day. */
export function stockholmDayStart(day: string): Date | null {
  if (!DAY.test(day)) return null;
  const utcMidnight = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(utcMidnight.getTime()) || utcMidnight.toISOString().slice(0, 10) !== day) return null;
  // Sweden is one or two hours ahead of UTC. The clocks change at 01:00 UTC, so the offset at UTC
  // midnight is also the one at the Swedish midnight two or one hours earlier.
  const hour = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Stockholm", hour: "2-digit", hourCycle: "h23" }).format(
    utcMidnight,
  );
  return new Date(utcMidnight.getTime() - Number(hour) * 60 * 60 * 1000);
}

const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 24 * 60 * 60 * 1000).toISOString().slice(0, 10);

export function parseAuditQuery(
  params: URLSearchParams,
  known: { actors: readonly string[]; entities: readonly string[] },
): AuditQuery {
  const read = (name: string) => (params.get(name) ?? "").trim();
  const filters: AuditFilters = {
    actor: read(auditParams.actor),
    entity: read(auditParams.entity),
    from: read(auditParams.from),
    to: read(auditParams.to),
  };
  const errors: AuditQuery["errors"] = {};
  const input: AuditQuery["input"] = { limit: PAGE_SIZE + 1 };

  // A person who has left the programme still has entries; any well-formed id is asked for.
  if (filters.actor && (UUID.test(filters.actor) || known.actors.includes(filters.actor))) input.actorUserId = filters.actor;
  else if (filters.actor) errors.actor = "Personen finns inte. Välj en person i listan.";
  if (filters.entity && known.entities.includes(filters.entity)) input.entity = filters.entity;
  else if (filters.entity) errors.entity = "Okänd typ av uppgift. Välj en typ i listan.";

  const from = filters.from ? stockholmDayStart(filters.from) : null;
  if (filters.from && !from) errors.from = "Ange ett datum som ÅÅÅÅ-MM-DD, till exempel 2026-03-01.";
  const toEnd = filters.to && stockholmDayStart(filters.to) ? stockholmDayStart(nextDay(filters.to)) : null;
  if (filters.to && !toEnd) errors.to = "Ange ett datum som ÅÅÅÅ-MM-DD, till exempel 2026-03-31.";
  else if (from && toEnd && toEnd <= from) errors.to = "Slutdatumet kan inte vara före startdatumet.";

  const cursorRaw = read(auditParams.before);
  const cursor = cursorRaw ? new Date(cursorRaw) : null;
  const bounds = [errors.to ? null : toEnd, cursor && !Number.isNaN(cursor.getTime()) ? cursor : null].filter(
    (d): d is Date => d !== null,
  );
  if (bounds.length) input.before = new Date(Math.min(...bounds.map((d) => d.getTime())));
  return { filters, input, from: errors.from ? null : from, errors };
}

export interface Stamped {
  at: Date | string;
}

/**
 * One page of entries and the cursor to the next. The API asks for `limit + 1` rows to know if
 * there are more. Rows written in one transaction share their time, and the cursor is a time
 * ("older than"), so a page never ends in the middle of such a group: the group moves whole to the
 * next page instead, or it would be skipped.
 */
export function pageOf<T extends Stamped>(
  rows: readonly T[],
  { from, limit = PAGE_SIZE }: { from: Date | null; limit?: number },
) {
  const time = (row: T) => new Date(row.at).getTime();
  const inRange = from ? rows.filter((row) => time(row) >= from.getTime()) : [...rows];
  if (inRange.length <= limit) return { entries: inRange, nextBefore: null };
  let end = limit;
  const boundary = time(inRange[limit]!);
  while (end > 0 && time(inRange[end - 1]!) === boundary) end -= 1;
  // One group larger than a page: show the page, then go on after that moment.
  if (end === 0) end = limit;
  const entries = inRange.slice(0, end);
  return { entries, nextBefore: new Date(time(entries[end - 1]!)).toISOString() };
}

/** What every row has and nobody reads: ids, the tenant, bookkeeping columns. */
const HIDDEN_FIELDS = new Set(["id", "tenant_id", "created_at", "updated_at", "revision", "token_hash"]);

const fieldLabel: Record<string, string> = {
  vision: "Vision",
  title: "Titel",
  text: "Text",
  name: "Namn",
  email: "E-post",
  role: "Roll",
  status: "Status",
  position: "Ordning",
  description: "Beskrivning",
  goal: "Mål",
  introduction: "Inledning",
  note: "Anteckning",
  reason: "Skäl",
  deciding_body: "Beslutande organ",
  decided_on: "Beslutsdatum",
  reference: "Diarienummer",
  link: "Länk",
  value: "Värde",
  period: "Period",
  starts_on: "Startdatum",
  ends_on: "Slutdatum",
  due_on: "Datum",
  done_on: "Klar",
  user_id: "Person",
  invited_by: "Inbjuden av",
  version_number: "Version",
  accepted_at: "Accepterad",
  expires_at: "Giltig till",
  password: "Lösenord",
  ended_sessions: "Avslutade inloggningar",
  slug: "Adress",
  programme_name: "Programmets namn",
  kind: "Typ",
  county_code: "Länskod",
};

export const labelOfField = (key: string) => fieldLabel[key] ?? key.replace(/_/g, " ");

export const labelOfEntity = (entity: string) => auditEntityLabel[entity] ?? entity.replace(/_/g, " ");

export const labelOfAction = (action: string) => auditActionLabel[action as AuditAction] ?? action;

const MAX_VALUE = 300;

/** Columns that hold a person's id: shown as the person's name when the page knows it. */
const PERSON_FIELDS = new Set(["user_id", "invited_by"]);
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** Who the log's ids are: the programme's members and the authors of the entries. */
export type People = ReadonlyMap<string, string>;

/** A saved value as a reader sees it. */
export function readableValue(value: unknown, key = "", people: People = new Map()): string {
  if (key === "role" && typeof value === "string" && Object.hasOwn(roleLabel, value)) return roleLabel[value as Role];
  if (PERSON_FIELDS.has(key) && typeof value === "string" && people.has(value)) return people.get(value)!;
  if (typeof value === "string" && TIMESTAMP.test(value) && !Number.isNaN(Date.parse(value))) return formatAt(value);
  if (value === null || value === undefined || value === "") return "–";
  if (typeof value === "boolean") return value ? "ja" : "nej";
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text;
}

export interface ChangeRow {
  field: string;
  before: string | null;
  after: string | null;
}

const asRecord = (value: unknown): Record<string, unknown> | null =>
  typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;

/**
 * The fields an entry changed: for a change, those whose value differs; for a new or removed row,
 * those that hold something. Fields the log leaves out (file contents, the public's personal data)
 * are simply not there.
 */
export function describeChanges(
  entry: { action: string; before: unknown; after: unknown },
  people: People = new Map(),
): ChangeRow[] {
  const before = asRecord(entry.before);
  const after = asRecord(entry.after);
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].filter((k) => !HIDDEN_FIELDS.has(k));
  const rows: ChangeRow[] = [];
  for (const key of keys) {
    const old = before?.[key];
    const now = after?.[key];
    if (entry.action === "UPDATE" && JSON.stringify(old) === JSON.stringify(now)) continue;
    if (entry.action !== "UPDATE" && (old ?? now) === null) continue;
    rows.push({
      field: labelOfField(key),
      before: before ? readableValue(old, key, people) : null,
      after: after ? readableValue(now, key, people) : null,
    });
  }
  return rows;
}

/** The address of another page of the log with the same filters. */
export function auditPageHref(pagePath: string, filters: AuditFilters, before: string | null): string {
  const params = new URLSearchParams();
  if (filters.actor) params.set(auditParams.actor, filters.actor);
  if (filters.entity) params.set(auditParams.entity, filters.entity);
  if (filters.from) params.set(auditParams.from, filters.from);
  if (filters.to) params.set(auditParams.to, filters.to);
  if (before) params.set(auditParams.before, before);
  const query = params.toString();
  return query ? `${pagePath}?${query}` : pagePath;
}
