import { useRouteLoaderData } from "@remix-run/react";

/**
 * The portal's interface in Swedish (the source) and English. Keys are the Swedish texts, so a page
 * reads naturally and a missing translation falls back to Swedish; a test checks that every text
 * passed to `t()` in the portal has an English entry. Content (the programmes' own texts) is not
 * translated: it keeps `lang="sv"` when the interface is in English.
 */
export type Lang = "sv" | "en";

export const LANG_COOKIE = "sprak";

export const english: Record<string, string> = {
  "Nära vård – målbilder": "Nära vård – shared target pictures",
  "Hoppa till innehållet": "Skip to content",
  "In English": "In English",
  "På svenska": "På svenska",
  Språk: "Language",
  Start: "Home",
  Målbild: "Target picture",
  Beslut: "Decisions",
  Färdplan: "Roadmap",
  Strategier: "Strategies",
  Uppföljning: "Follow-up",
  Evenemang: "Events",
  Nyheter: "News",
  Synpunkter: "Your views",
  Kontakt: "Contact",
  Sök: "Search",
  "Alla program": "All programmes",
  "Goda exempel": "Good examples",
  "Vanliga frågor": "Frequently asked questions",
  "Sidan finns inte": "Page not found",
  "Vi hittar inte sidan du söker. Den kan ha flyttats, eller så är adressen felstavad.":
    "We cannot find the page you are looking for. It may have moved, or the address may be misspelt.",
  "Tillfälligt otillgänglig": "Temporarily unavailable",
  "Tjänsten svarar inte just nu. Försök igen om en liten stund.":
    "The service is not answering right now. Please try again in a little while.",
  "Ogiltig adress": "Invalid address",
  "Adressen innehåller något vi inte förstår. Kontrollera den och försök igen.":
    "The address contains something we do not understand. Check it and try again.",
  "Något gick fel": "Something went wrong",
  "Ett oväntat fel inträffade. Försök igen, eller gå till startsidan.":
    "An unexpected error occurred. Try again, or go to the home page.",
  "Till startsidan med alla program": "To the home page with all programmes",
  "Hade du nytta av innehållet på denna sida?": "Was the content of this page useful to you?",
  Ja: "Yes",
  Nej: "No",
  "Vill du berätta mer? (frivilligt, svar ges inte)": "Would you like to tell us more? (optional, no reply is given)",
  "Skicka svar": "Send answer",
  "Tack för ditt svar! Det hjälper oss att göra sidorna bättre.": "Thank you for your answer! It helps us make the pages better.",
  "Nära vård – den gemensamma omställningen av hälsa, vård och omsorg i regioner och kommuner. Innehållet kommer från programmens egna dokument; det som inte gör det är märkt som demodata. Kommungränser: Källa: SCB.":
    "Nära vård (good and close care) – the joint transition of health and social care in Swedish regions and municipalities. The content comes from the programmes' own documents, in Swedish; anything that does not is marked as demo data. Municipal boundaries: source SCB (Statistics Sweden).",
  "Målbilder för Nära vård": "Target pictures for Nära vård",
  "Regioner, kommuner och kommunalförbund ställer tillsammans om till en god och nära vård. Här visar varje program sin gemensamma målbild, vilka som har antagit den och hur arbetet går.":
    "Regions, municipalities and municipal federations are moving together to good and close care. Here each programme shows its shared target picture, who has adopted it and how the work is going.",
  "Programmen sida vid sida": "The programmes side by side",
  Färdplanen: "The roadmap",
  "Senaste beslut:": "Latest decision:",
  "inget daterat beslut registrerat": "no dated decision recorded",
  parter: "parties",
  "varav kommuner": "of which municipalities",
  Parterna: "The parties",
  Namn: "Name",
  Typ: "Type",
  "Kod (SCB)": "Code (SCB)",
  "Ingen officiell kod": "No official code",
  "Läs målbilden": "Read the target picture",
  Perspektiv: "Perspectives",
  "Så ska invånarna uppleva det": "How residents should experience it",
  Förflyttningar: "Shifts",
  "Från – till": "From – to",
  Från: "From",
  Till: "To",
  "Principer som guidar oss i arbetet": "Principles that guide our work",
  "Gemensam färdriktning": "Shared direction",
  "Målet:": "The goal:",
  Version: "Version",
  "Alla versioner och ändringar": "All versions and changes",
  "Utskriftsvänlig version": "Printable version",
  "Aktiviteter som för detta framåt:": "Activities moving this forward:",
  och: "and",
  "till i": "more in",
  färdplanen: "the roadmap",
  Källa: "Source",
  Demodata: "Demo data",
  Antagen: "Adopted",
  Kommande: "Upcoming",
  Tidigare: "Past",
  "Prenumerera i din kalender (iCalendar)": "Subscribe in your calendar (iCalendar)",
  "Följ nyheterna med RSS": "Follow the news with RSS",
  Kontaktpersoner: "Contact persons",
  "Sök i programmets innehåll": "Search the programme's content",
  "Skicka synpunkt": "Send your view",
  "Din synpunkt": "Your view",
  "Publicerade synpunkter": "Published views",
  "Uppföljningsrapport för politiker": "Follow-up report for politicians",
  "Fokusveckor, workshops, seminarier och dialogmöten.": "Focus weeks, workshops, seminars and dialogue meetings.",
  "Inga kommande evenemang är inlagda just nu.": "No upcoming events have been added right now.",
  "Inga tidigare evenemang.": "No past events.",
  "E-post och telefon är inte angivna.": "E-mail and telephone are not given.",
  "Programmet har inte lagt upp några kontaktpersoner ännu.": "The programme has not added any contact persons yet.",
  "E-post:": "E-mail:",
  "Telefon:": "Telephone:",
  "Programmet har inga vanliga frågor publicerade.": "The programme has not published any frequently asked questions.",
  träff: "result",
  träffar: "results",
  på: "for",
  "Exempel från parterna på arbete i riktning mot målbilden.": "Examples from the parties of work towards the target picture.",
  "Publiceringsdatum saknas i källan": "The source gives no publication date",
  "Berör:": "Concerns:",
  "Ämnen:": "Topics:",
  "(datum okänt)": "(date unknown)",
  "Datum okänt": "Date unknown",
  När: "When",
  Plats: "Place",
  Digitalt: "Online",
  "Länk till mötet": "Link to the meeting",
  För: "For",
  "Del av": "Part of",
  Programpunkter: "Sessions",
  Material: "Material",
  "filen finns inte i plattformen": "the file is not in the platform",
  "extern länk": "external link",
};

export function translate(lang: Lang, sv: string): string {
  return lang === "en" ? (english[sv] ?? sv) : sv;
}

/** The current interface language, from the root loader (a cookie set by the language switch). */
export function useLang(): Lang {
  const root = useRouteLoaderData<{ lang: Lang }>("root");
  return root?.lang ?? "sv";
}

/** `"sv"` when the interface is in English, for content that stays Swedish; otherwise nothing (the page is Swedish). */
export function useSv(): "sv" | undefined {
  return useLang() === "en" ? "sv" : undefined;
}

export function useT() {
  const lang = useLang();
  return (sv: string) => translate(lang, sv);
}

export function langFromCookie(header: string | null): Lang {
  const match = /(?:^|;\s*)sprak=(sv|en)(?:;|$)/.exec(header ?? "");
  return match?.[1] === "en" ? "en" : "sv";
}
