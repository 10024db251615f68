import type { Role } from "@naravard/domain";
import { roleLabel } from "@naravard/domain";
import { askAnchor, pageParams } from "./roadmap-form-data.ts";

/** The personer page's form ids (each form takes only its own result) and where a change returns. */
export const peopleFormIds = {
  invite: "bjud-in",
  role: (userId: string) => `roll-${userId}`,
  remove: (userId: string) => `ta-bort-person-${userId}`,
  resetLink: (userId: string) => `losenordslank-${userId}`,
  signOut: (userId: string) => `logga-ut-${userId}`,
  revoke: (invitationId: string) => `aterkalla-${invitationId}`,
  /** The member in the list; the removal question opens here. */
  member: (userId: string) => `person-${userId}`,
  /** Where "Avbryt" on the removal question returns: the member's "Ta bort" button. */
  removeAnchor: (userId: string) => askAnchor(pageParams.remove, userId),
  members: "medlemmar",
  invitations: "inbjudningar",
  link: "engangslank",
};

/** The roles in the order a coordinator picks from: least access first, the usual choice. */
export const roleChoices: { value: Role; label: string; description: string }[] = [
  { value: "viewer", label: roleLabel.viewer, description: "läser allt men ändrar inget" },
  { value: "editor", label: roleLabel.editor, description: "ändrar innehållet men inte personerna" },
  { value: "coordinator", label: roleLabel.coordinator, description: "ändrar allt, också vilka som har behörighet" },
];

/** A one-time link, shown to the coordinator right after it is made (the API keeps only its hash). */
export interface OneTimeLink {
  kind: "invitation" | "reset";
  url: string;
  /** Who it is for: the invited e-mail address, or the member's name. */
  recipient: string;
  email: string;
  expiresAt: string;
}

/** The address the link opens, on the admin the coordinator is using now. */
export const absoluteLink = (requestUrl: string, path: string) => new URL(path, requestUrl).toString();

/**
 * A mailto: the coordinator may use to send the link from their own mail program. Optional: the
 * admin sends no e-mail itself, so the link is also shown as text to copy.
 */
export function mailtoFor(link: OneTimeLink, programme: string): string {
  const subject = link.kind === "invitation" ? `Inbjudan till ${programme} i Nära vård` : `Nytt lösenord till Nära vård`;
  const intro =
    link.kind === "invitation"
      ? `Du är inbjuden att arbeta med ${programme} i Nära vård. Öppna länken för att välja ditt lösenord:`
      : `Öppna länken för att välja ett nytt lösenord till Nära vård:`;
  const until = formatDateTime(link.expiresAt);
  const body = `${intro}\n\n${link.url}\n\nLänken fungerar en gång och gäller till ${until}.`;
  return `mailto:${encodeURIComponent(link.email)}?${new URLSearchParams({ subject, body }).toString().replace(/\+/g, "%20")}`;
}

/** "2 dec. 2026 14:05" in Swedish time, whatever the server's zone. */
export const formatDateTime = (iso: string | Date) =>
  new Date(iso).toLocaleString("sv-SE", { timeZone: "Europe/Stockholm", dateStyle: "medium", timeStyle: "short" });

export const formatDate = (iso: string | Date) => new Date(iso).toLocaleDateString("sv-SE", { timeZone: "Europe/Stockholm", dateStyle: "medium" });
