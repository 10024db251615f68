import { type MalbildStatus, malbildStatusLabel, nextStatuses } from "@naravard/domain";

/**
 * What the versioner page shows and offers for each version. Pure, so the life-cycle wording is
 * tested on its own; the API decides (and refuses) the same transitions.
 */

export interface VersionSummary {
  id: string;
  versionNumber: number;
  title: string;
  status: MalbildStatus;
  adoptedOn: string | null;
  updatedAt: string | Date;
}

/** The page's form ids and GET parameter; each form shows only its own result. */
export const versionFormIds = {
  createDraft: "nytt-utkast",
  status: (id: string) => `status-${id}`,
  adopt: (id: string) => `anta-${id}`,
  item: (id: string) => `version-${id}`,
  list: "versioner",
};
export const ADOPT_PARAM = "anta";

/** The buttons a coordinator gets for a version, in the order the life cycle goes. */
const moveLabel: Partial<Record<MalbildStatus, Partial<Record<MalbildStatus, string>>>> = {
  draft: { consultation: "Skicka på remiss" },
  consultation: { draft: "Ta tillbaka till utkast" },
};

/** Status changes that need no confirmation (adopting always asks first, since it supersedes). */
export function plainMoves(status: MalbildStatus): { status: "draft" | "consultation"; label: string }[] {
  return nextStatuses(status).flatMap((to) => {
    const label = moveLabel[status]?.[to];
    return label && (to === "draft" || to === "consultation") ? [{ status: to, label }] : [];
  });
}

export const canAdopt = (status: MalbildStatus) => nextStatuses(status).includes("adopted");

/** A draft is never public; every other version has its page (and diff) on the portal. */
export const isPublic = (status: MalbildStatus) => status !== "draft";

export type DraftStart =
  { kind: "ready"; fromId: string; fromNumber: number } | { kind: "open"; versionNumber: number } | { kind: "none" };

/**
 * Where a new draft starts: a copy of the adopted version. While a draft or a consultation is open
 * a second one would compete with it, so the page points at the open one instead.
 */
export function draftStart(versions: readonly VersionSummary[]): DraftStart {
  const open = versions.find((v) => v.status === "draft" || v.status === "consultation");
  if (open) return { kind: "open", versionNumber: open.versionNumber };
  const adopted = versions.find((v) => v.status === "adopted");
  return adopted ? { kind: "ready", fromId: adopted.id, fromNumber: adopted.versionNumber } : { kind: "none" };
}

/** "Att anta version 3 ersätter version 2, som i dag är antagen. …": what the confirmation says. */
export function adoptConsequence(version: VersionSummary, versions: readonly VersionSummary[]): string {
  const current = versions.find((v) => v.status === "adopted");
  const now = `Version ${version.versionNumber} blir den antagna målbilden och visas på portalen.`;
  if (!current) return now;
  return `${now} Version ${current.versionNumber}, som är antagen i dag, blir ersatt. Det går inte att ångra.`;
}

export const statusLabel = (status: MalbildStatus) => malbildStatusLabel[status];

interface AuditEntry {
  entityId: string | null;
  at: string | Date;
  actorName: string | null;
  actorEmail: string | null;
}

/**
 * Who last changed each version, from the audit log (newest entry first, as the API lists it).
 * A change with no person (the seed, a migration) leaves the version without a name.
 */
export function lastChangedBy(entries: readonly AuditEntry[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of entries) {
    if (!e.entityId || out.has(e.entityId)) continue;
    const who = e.actorName ?? e.actorEmail;
    if (who) out.set(e.entityId, who);
  }
  return out;
}
