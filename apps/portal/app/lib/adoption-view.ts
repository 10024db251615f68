/**
 * How the adoption page reads: the map's categories, each area's tooltip, the counts for the
 * legend, the decision behind each member's status and the steps of the timeline. Pure functions
 * over what `adoption.overview` returns.
 */
import { type EffectiveAdoptionStatus, adoptionStatusLabel } from "@naravard/domain";
import { type MapCategory, type MapRegion, formatDate } from "@naravard/ui";

/** Most decided first, as the legend lists them. Colour + pattern per status, never colour alone. */
export const ADOPTION_STATUSES: readonly EffectiveAdoptionStatus[] = [
  "adopted",
  "in_preparation",
  "not_started",
  "declined",
  "none",
];

const look: Record<EffectiveAdoptionStatus, Pick<MapCategory, "fill" | "pattern" | "ink">> = {
  adopted: { fill: "#1e6b34", pattern: "solid", ink: "#1e6b34" },
  in_preparation: { fill: "#fbe3a6", pattern: "hatch", ink: "#8a4b00" },
  not_started: { fill: "#dbe6f4", pattern: "dots", ink: "#1f4e8c" },
  declined: { fill: "#f6d6d6", pattern: "cross", ink: "#a4161a" },
  none: { fill: "#ffffff", pattern: "blank", ink: "#ffffff" },
};

export const adoptionCategories: MapCategory[] = ADOPTION_STATUSES.map((key) => ({
  key,
  label: adoptionStatusLabel[key],
  ...look[key],
}));

export interface MemberStatus {
  id: string;
  name: string;
  kind: string;
  officialCode: string;
  status: EffectiveAdoptionStatus;
  undated: boolean;
  decidedOn: string | null;
}

/**
 * What a member's status means in one line: "Karlstad: Har antagit målbilden (16 juni 2022)"; with the
 * English interface's `t`, "Karlstad: Has adopted the target picture (16 juni 2022)" (dates as the Swedish pages write them).
 */
export function statusSentence(
  m: Pick<MemberStatus, "name" | "status" | "undated" | "decidedOn">,
  t: (sv: string) => string = (sv) => sv,
): string {
  if (m.status === "none")
    return m.undated
      ? `${m.name}: ${t("Inget daterat beslut (ett beslut utan registrerat datum kan inte placeras på tidslinjen)")}`
      : `${m.name}: ${t(adoptionStatusLabel.none)}`;
  return `${m.name}: ${t(adoptionStatusLabel[m.status])} (${m.decidedOn ? formatDate(m.decidedOn) : t("datum ej registrerat")})`;
}

/** The county's areas with each member municipality's status; areas outside the programme are context. */
export function adoptionRegions(
  areas: readonly { code: string; name: string; d: string; member: boolean }[],
  members: readonly MemberStatus[],
  t: (sv: string) => string = (sv) => sv,
): MapRegion[] {
  const byCode = new Map(members.filter((m) => m.kind === "municipality").map((m) => [m.officialCode, m]));
  return areas.map((a) => {
    const member = a.member ? byCode.get(a.code) : undefined;
    return member
      ? { code: a.code, name: a.name, d: a.d, category: member.status, title: statusSentence(member, t) }
      : { code: a.code, name: a.name, d: a.d, category: null, title: `${a.name} (${t("ingår inte i programmet")})` };
  });
}

export function statusCounts(members: readonly Pick<MemberStatus, "status">[]): Record<EffectiveAdoptionStatus, number> {
  const counts = { adopted: 0, in_preparation: 0, not_started: 0, declined: 0, none: 0 };
  for (const m of members) counts[m.status]++;
  return counts;
}

interface Decision {
  memberId: string;
  status: string;
  decidedOn: string | null;
  memberName: string;
}

/** The decision behind a member's status (for its deciding body and reference), if there is one. */
export function decisionBehind<D extends Decision>(
  member: Pick<MemberStatus, "id" | "status" | "decidedOn">,
  decisions: readonly D[],
): D | undefined {
  if (member.status === "none") return undefined;
  const own = decisions.filter((d) => d.memberId === member.id && d.status === member.status && d.decidedOn === member.decidedOn);
  return own.at(-1);
}

/** Dated decisions in the order they were taken; undated ones after them, by name. */
export function chronological<D extends Decision>(decisions: readonly D[]): D[] {
  const dated = decisions
    .filter((d) => d.decidedOn !== null)
    .sort((a, b) => a.decidedOn!.localeCompare(b.decidedOn!) || a.memberName.localeCompare(b.memberName, "sv"));
  const undated = decisions.filter((d) => d.decidedOn === null).sort((a, b) => a.memberName.localeCompare(b.memberName, "sv"));
  return [...dated, ...undated];
}

/** The `?datum=` of the page: a day to replay the map on, or null for today. The API validates it. */
export function requestedDay(url: URL): string | null {
  return url.searchParams.get("datum")?.trim() || null;
}

export interface TimelineStep {
  day: string | null;
  label: string;
  href: string;
  current: boolean;
}

/** The timeline's steps: each day a decision was taken, then today. */
export function timelineSteps(
  days: readonly string[],
  shown: string | null,
  path: string,
  t: (sv: string) => string = (sv) => sv,
): TimelineStep[] {
  return [
    ...days.map((day) => ({ day, label: formatDate(day), href: `${path}?datum=${day}`, current: shown === day })),
    { day: null, label: t("I dag"), href: path, current: shown === null },
  ];
}
