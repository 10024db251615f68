import type { Role } from "@naravard/domain";

/**
 * The sections of a programme in the admin, in menu order, and the least role that sees each.
 * Add a section here (and its route file); the menu and the overview page pick it up.
 */
export const sections: { path: string; label: string; minRole: Role; description: string }[] = [
  { path: "malbild", label: "Målbilden", minRole: "viewer", description: "Vision och påståenden." },
  { path: "versioner", label: "Versioner", minRole: "viewer", description: "Utkast, remiss, antagande och tidigare versioner." },
  { path: "beslut", label: "Beslut", minRole: "viewer", description: "Parternas beslut om att anta målbilden." },
  { path: "fardplan", label: "Färdplan", minRole: "viewer", description: "Områden, aktiviteter, milstolpar och framsteg." },
  { path: "strategier", label: "Strategier", minRole: "viewer", description: "Utvecklingsstrategier, aktiviteter och styrgruppsmöten." },
  { path: "uppfoljning", label: "Uppföljning", minRole: "viewer", description: "Indikatorer och import från Kolada." },
  { path: "evenemang", label: "Evenemang", minRole: "editor", description: "Fokusveckor, workshoppar, seminarier och dialogmöten med material." },
  { path: "nyheter", label: "Nyheter", minRole: "editor", description: "Nyheter på portalen." },
  { path: "goda-exempel", label: "Goda exempel", minRole: "editor", description: "Exempel från parterna att inspireras av." },
  { path: "kontakt", label: "Kontakt", minRole: "editor", description: "Kontaktpersoner som visas på portalen." },
  { path: "synpunkter", label: "Synpunkter", minRole: "editor", description: "Granska synpunkter från allmänheten; frågorna och lagringstiden." },
  { path: "sidfeedback", label: "Sidfeedback", minRole: "editor", description: "Svaren på ”Hade du nytta av innehållet på denna sida?”." },
  { path: "personer", label: "Personer", minRole: "coordinator", description: "Bjud in, ändra roller, återställ lösenord." },
  { path: "logg", label: "Ändringslogg", minRole: "coordinator", description: "Vem ändrade vad och när." },
  { path: "installningar", label: "Inställningar", minRole: "coordinator", description: "Färg, logotyptext och begrepp." },
];

const rank: Record<Role, number> = { viewer: 0, editor: 1, coordinator: 2 };
export const sectionsFor = (role: Role) => sections.filter((s) => rank[role] >= rank[s.minRole]);
