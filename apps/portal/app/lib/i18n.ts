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
  från: "from",
  till: "until",
  Uppdrag: "Assignment",
  Fokusområde: "Focus area",
  Finansiering: "Funding",
  "Område i överenskommelsen": "Area in the agreement",
  Period: "Period",
  "Period:": "Period:",
  Uppdragsgivare: "Commissioned by",
  Styrgrupp: "Steering group",
  Aktiviteter: "Activities",
  "Insatser inom strategin": "Efforts within the strategy",
  Aktivitet: "Activity",
  Målgrupper: "Target groups",
  Status: "Status",
  Datum: "Date",
  "Ej angivna": "Not given",
  "datum ej angivet": "date not given",
  "Inga aktiviteter är inlagda ännu.": "No activities have been added yet.",
  "Styrning och avstämningar": "Governance and check-ins",
  "Mötesdatum:": "Meeting date:",
  "Inga beslut loggade.": "No decisions logged.",
  "Inga möten är inlagda ännu.": "No meetings have been added yet.",
  "Utvecklingsstrategierna: uppdrag, finansiering, aktiviteter och styrning.":
    "The development strategies: assignment, funding, activities and governance.",
  "Fokus:": "Focus:",
  "Inga strategier är publicerade ännu.": "No strategies have been published yet.",
  // The domain's labels for fixed values (@naravard/domain), translated where the page shows them.
  "Implementera befintlig strategi": "Implement an existing strategy",
  "Ta fram ny strategi": "Develop a new strategy",
  Informationsinsats: "Information effort",
  Dialogmöte: "Dialogue meeting",
  Workshop: "Workshop",
  "Annan aktivitet": "Other activity",
  Medarbetare: "Staff",
  Chefer: "Managers",
  Ledare: "Leaders",
  Politiker: "Politicians",
  Invånare: "Residents",
  Planerad: "Planned",
  Pågår: "Ongoing",
  Klar: "Done",
  Pausad: "Paused",
  "Inget beslut registrerat": "No decision recorded",
  "Ej påbörjat": "Not started",
  "Under beredning": "In preparation",
  "Har antagit målbilden": "Has adopted the target picture",
  "Har avslagit": "Has declined",
  Region: "Region",
  Kommun: "Municipality",
  Kommunalförbund: "Municipal federation",
  Strategi: "Strategy",
  Exempeldata: "Example data",
  "Period ej angiven": "Period not given",
  Ansvariga: "Responsible",
  "Ingen part angiven": "No party given",
  Framsteg: "Progress",
  "Pausad – räknas inte in i framstegen": "Paused – not counted in the progress",
  "Området som helhet": "The area as a whole",
  "Inga aktiviteter i området matchar filtret.": "No activities in the area match the filter.",
  "Området har inga aktiviteter ännu.": "The area has no activities yet.",
  Sidor: "Pages",
  "Föregående sida": "Previous page",
  Sida: "Page",
  av: "of",
  "Nästa sida": "Next page",
  "Filtrera aktiviteterna": "Filter the activities",
  Alla: "All",
  "Ansvarig part": "Responsible party",
  "Alla parter": "All parties",
  "Visa aktiviteter": "Show activities",
  "Visa alla aktiviteter": "Show all activities",
  Milstolpar: "Milestones",
  Uppnådd: "Reached",
  "Ej uppnådd": "Not reached",
  "Område:": "Area:",
  "Inga milstolpar är inlagda ännu.": "No milestones have been added yet.",
  "Tidsplan per halvår": "Schedule by half-year",
  "Aktiviteter och milstolpar per halvår": "Activities and milestones by half-year",
  "pågår under perioden": "ongoing during the period",
  "Ingen aktivitet har en angiven period ännu, så det finns ingen tidsplan att visa.":
    "No activity has a given period yet, so there is no schedule to show.",
  "Utan angiven period, och därför inte i tabellen:": "Without a given period, and therefore not in the table:",
  "Områden, aktiviteter, ansvariga parter, tidsplan och hur långt arbetet har kommit.":
    "Areas, activities, responsible parties, schedule and how far the work has come.",
  "Så blir målbilden verklighet: områden, aktiviteter och vem som ansvarar för dem.":
    "How the target picture becomes reality: areas, activities and who is responsible for them.",
  "Visa alla områden": "Show all areas",
  "Ej angivet": "Not given",
  Nyckeltal: "Key figure",
  Enhet: "Unit",
  Riktning: "Direction",
  "Ett högre värde är bättre": "A higher value is better",
  "Ett lägre värde är bättre": "A lower value is better",
  Utgångsvärde: "Baseline",
  Mål: "Target",
  "Senaste värde": "Latest value",
  "Inga värden rapporterade ännu": "No values reported yet",
  "Diagrammets värden står också i tabellen nedan.": "The chart's values are also in the table below.",
  "värden per år": "values by year",
  År: "Year",
  "Utgångsvärde och mål": "Baseline and target",
  "inget värde": "no value",
  "Inga värden är rapporterade ännu.": "No values have been reported yet.",
  "Indikatorer med utgångsvärde, mål och uppmätta värden över tid.": "Indicators with baseline, target and measured values over time.",
  "Hur går det? Indikatorerna visar utgångsläget, målet och de värden som har mätts sedan dess.":
    "How is it going? The indicators show the starting point, the target and the values measured since then.",
  "Indikatorer märkta Exempeldata har påhittade värden som visar hur uppföljningen fungerar. De är inte statistik.":
    "Indicators marked Example data have made-up values that show how the follow-up works. They are not statistics.",
  "Programmet har inte publicerat några indikatorer ännu.": "The programme has not published any indicators yet.",
  färdplan: "roadmap",
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
