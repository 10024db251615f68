import {
  type AdoptionStatus,
  type EffectiveAdoptionStatus,
  adoptionStatusLabel,
  canChangeAdoptionStatus,
} from "@naravard/domain";
import { formatDate } from "@naravard/ui";

/** A registered decision as the beslut page lists and edits it. */
export interface DecisionView {
  id: string;
  memberId: string;
  memberName: string;
  status: AdoptionStatus;
  decidingBody: string | null;
  decidedOn: string | null;
  reference: string | null;
  link: string | null;
  note: string | null;
  revision: number;
}

/** The statuses a decision can register, in the order a programme goes through them. */
export const decisionStatusOptions = (["adopted", "in_preparation", "not_started", "declined"] as const).map((value) => ({
  value,
  label: adoptionStatusLabel[value],
}));

/**
 * The statuses the decision form offers: every one for a new decision; for a registered one, its
 * own status and those the domain lets it change to (the API checks the same rule when it is saved).
 */
export const decisionStatusChoices = (current: AdoptionStatus | undefined) =>
  current ? decisionStatusOptions.filter((o) => canChangeAdoptionStatus(current, o.value)) : decisionStatusOptions;

/** Newest decision first; undated ones (when the day is not known) last, newest registered first. */
export function newestFirst<T extends { decidedOn: string | null }>(decisions: readonly T[]): T[] {
  const dated = decisions
    .filter((d) => d.decidedOn !== null)
    .sort((a, b) => (a.decidedOn! < b.decidedOn! ? 1 : a.decidedOn! > b.decidedOn! ? -1 : 0));
  const undated = decisions.filter((d) => d.decidedOn === null).reverse();
  return [...dated, ...undated];
}

/** "Kommunfullmäktige, 25 april 2022, dnr KS 2022/118": the decision in one line. */
export function decisionLine(d: Pick<DecisionView, "decidingBody" | "decidedOn" | "reference">): string {
  const parts = [
    d.decidingBody,
    d.decidedOn ? formatDate(d.decidedOn) : "datum saknas",
    d.reference ? `dnr ${d.reference}` : null,
  ];
  return parts.filter((p): p is string => !!p).join(", ");
}

/** A member's current status in words, with the day when it is known. */
export function memberStatusText(m: { status: EffectiveAdoptionStatus; decidedOn: string | null; undated: boolean }): {
  status: string;
  day: string;
} {
  return {
    status: adoptionStatusLabel[m.status],
    day: m.decidedOn ? formatDate(m.decidedOn) : m.status !== "none" || m.undated ? "Datum saknas" : "–",
  };
}

/** What is saved now, field by field, for a form that lost a race with someone else's save. */
export function decisionFacts(d: DecisionView) {
  return [
    { label: "Part", value: d.memberName },
    { label: "Status", value: adoptionStatusLabel[d.status] },
    { label: "Beslutande organ", value: d.decidingBody ?? "" },
    { label: "Datum", value: d.decidedOn ?? "" },
    { label: "Diarienummer", value: d.reference ?? "" },
    { label: "Länk", value: d.link ?? "" },
    { label: "Anteckning", value: d.note ?? "" },
  ];
}

/** The form's starting values: what is saved, as the text the fields show. */
export function decisionDefaults(d: DecisionView | undefined) {
  return {
    memberId: d?.memberId ?? "",
    status: d?.status ?? "adopted",
    decidingBody: d?.decidingBody ?? "",
    decidedOn: d?.decidedOn ?? "",
    reference: d?.reference ?? "",
    link: d?.link ?? "",
    note: d?.note ?? "",
  };
}
