import {
  type ActivityStatus,
  type MalbildElementKind,
  type RollUp,
  activityStatusLabel,
  canChangeActivityStatus,
  effectiveProgress,
} from "@naravard/domain";
import { formatMonth } from "@naravard/ui";
import { elementValue } from "./roadmap-form-data.ts";

/** One group of checkboxes for målbild elements: "Perspektiv", "Påståenden", "Förflyttningar". */
export interface ElementGroup {
  legend: string;
  options: { value: string; label: string }[];
}

/** The parts of the målbild an activity or an indicator can be linked to, as `malbild.forEdit` gives them. */
export interface MalbildElements {
  perspectives: { id: string; title: string; statements: { id: string; text: string }[] }[];
  statements: { id: string; text: string }[];
  shifts: { id: string; fromText: string; toText: string }[];
}

/** The checkbox groups for linking to the målbild; a statement inside a perspective says which. */
export function elementGroups(malbild: MalbildElements | null): ElementGroup[] {
  if (!malbild) return [];
  return [
    {
      legend: "Perspektiv",
      options: malbild.perspectives.map((p) => ({ value: elementValue({ kind: "perspective", id: p.id }), label: p.title })),
    },
    {
      legend: "Påståenden",
      options: [
        ...malbild.perspectives.flatMap((p) =>
          p.statements.map((s) => ({ value: elementValue({ kind: "statement", id: s.id }), label: `${s.text} (${p.title})` })),
        ),
        ...malbild.statements.map((s) => ({ value: elementValue({ kind: "statement", id: s.id }), label: s.text })),
      ],
    },
    {
      legend: "Förflyttningar",
      options: malbild.shifts.map((s) => ({
        value: elementValue({ kind: "shift", id: s.id }),
        label: `Från ${s.fromText} till ${s.toText}`,
      })),
    },
  ];
}

const kindLabel: Record<MalbildElementKind, string> = {
  perspective: "Perspektiv",
  statement: "Påstående",
  shift: "Förflyttning",
};

/** The linked elements in words ("Påstående: Jag får …"); a link to a part no longer in the målbild says so. */
export function linkLabels(
  links: readonly { kind: MalbildElementKind; id: string }[],
  groups: readonly ElementGroup[],
): string[] {
  const labels = new Map(groups.flatMap((g) => g.options.map((o) => [o.value, o.label] as const)));
  return links.map((l) => `${kindLabel[l.kind]}: ${labels.get(elementValue(l)) ?? "finns inte längre i den gällande målbilden"}`);
}

/** "september 2023 – juni 2024", "från september 2023", "till juni 2024", or null without a period. */
export function periodLabel(startMonth: string | null, endMonth: string | null): string | null {
  if (startMonth && endMonth)
    return startMonth === endMonth ? formatMonth(startMonth) : `${formatMonth(startMonth)} – ${formatMonth(endMonth)}`;
  if (startMonth) return `från ${formatMonth(startMonth)}`;
  if (endMonth) return `till ${formatMonth(endMonth)}`;
  return null;
}

/** A roll-up in words: "40 % (3 aktiviteter räknas)". */
export function progressText(rollUp: RollUp): string {
  if (rollUp.progress === null) return "Inget att räkna ännu";
  return `${rollUp.progress} % (${rollUp.counted} ${rollUp.counted === 1 ? "aktivitet räknas" : "aktiviteter räknas"})`;
}

/** One activity's status and how far it has come, as it counts in the roll-up. */
export function activityProgressText(a: { status: ActivityStatus; progress: number }): string {
  const counted = effectiveProgress(a);
  return counted === null ? `${activityStatusLabel[a.status]} (räknas inte)` : `${activityStatusLabel[a.status]}, ${counted} %`;
}

export const activityStatusOptions = (["planned", "ongoing", "done", "paused"] as const).map((value) => ({
  value,
  label: activityStatusLabel[value],
}));

/**
 * The statuses the activity form offers: every one for a new activity; for a saved one, its own
 * status and those the domain lets it change to (the API checks the same rule when it is saved).
 */
export const activityStatusChoices = (current: ActivityStatus | undefined) =>
  current ? activityStatusOptions.filter((o) => canChangeActivityStatus(current, o.value)) : activityStatusOptions;

export interface ActivityView {
  id: string;
  areaId: string;
  title: string;
  description: string;
  status: ActivityStatus;
  progress: number;
  startMonth: string | null;
  endMonth: string | null;
  revision: number;
  owners: { id: string; name: string }[];
  links: { kind: MalbildElementKind; id: string }[];
}

/** The activity form's starting values: what is saved, or a new planned activity. */
export function activityDefaults(a: ActivityView | undefined, areaId = "") {
  return {
    areaId: a?.areaId ?? areaId,
    title: a?.title ?? "",
    description: a?.description ?? "",
    status: a?.status ?? "planned",
    progress: String(a?.progress ?? 0),
    startMonth: a?.startMonth ?? "",
    endMonth: a?.endMonth ?? "",
    ownerMemberIds: a?.owners.map((o) => o.id) ?? [],
  };
}

/** What is saved now, field by field, for an activity form that lost a race with someone else's save. */
export function activityFacts(a: ActivityView, areaTitle: string, groups: readonly ElementGroup[]) {
  return [
    { label: "Rubrik", value: a.title },
    { label: "Område", value: areaTitle },
    { label: "Beskrivning", value: a.description },
    { label: "Status och framsteg", value: activityProgressText(a) },
    { label: "Period", value: periodLabel(a.startMonth, a.endMonth) ?? "" },
    { label: "Ansvariga parter", value: a.owners.map((o) => o.name).join(", ") },
    { label: "Kopplingar till målbilden", value: linkLabels(a.links, groups).join("; ") },
  ];
}
