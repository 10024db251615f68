/**
 * What the sources say about how the programmes talk with their counties: Värmland's 2021 focus
 * weeks, workshops and five seminar slide decks (000), its news and good examples (001), Örebro's
 * news of 2022-02-11 (003), the contact persons the sources name, and Värmland's open question.
 * Dates the sources do not give are left empty ("datum okänt"); the slide-deck files are not in
 * the sources, so they are listed as missing.
 */
import type { Audience } from "@naravard/domain";

const everyone: Audience[] = ["staff", "managers", "leaders", "politicians", "citizens"];

export const participationSeed: Record<
  string,
  {
    events: {
      kind: "focus_week" | "workshop" | "seminar";
      title: string;
      description: string;
      scope: "regional" | "local";
      audiences: Audience[];
      year: number;
      materials: { title: string; kind: "PDF" | "extern länk" }[];
    }[];
    articles: {
      kind: "news" | "good_example";
      title: string;
      lead: string;
      body: string;
      publishedOn: string | null;
      tags: string[];
      members: string[];
    }[];
    contacts: { name: string; role: string; organisation: string }[];
    question: { question: string; purpose: string } | null;
  }
> = {
  varmland: {
    events: [
      {
        kind: "focus_week",
        title: "Fokusvecka om Nära vård (1 av 2)",
        description:
          "Samordningsgruppen arrangerade under 2021 två fokusveckor för att öka kunskapen om och skapa engagemang kring Nära vård.",
        scope: "regional",
        audiences: everyone,
        year: 2021,
        materials: [],
      },
      {
        kind: "focus_week",
        title: "Fokusvecka om Nära vård (2 av 2)",
        description:
          "Samordningsgruppen arrangerade under 2021 två fokusveckor för att öka kunskapen om och skapa engagemang kring Nära vård.",
        scope: "regional",
        audiences: everyone,
        year: 2021,
        materials: [],
      },
      {
        kind: "workshop",
        title: "Regionala workshops om målbilden",
        description:
          "I regionala workshops med medarbetare, chefer, ledare, politiker och värmlänningarna diskuterades målbilden, och under resans gång togs en målbildsprototyp fram.",
        scope: "regional",
        audiences: everyone,
        year: 2021,
        materials: [],
      },
      {
        kind: "workshop",
        title: "Lokala workshops om målbilden",
        description: "Lokala workshops med medarbetare, chefer, ledare, politiker och värmlänningarna.",
        scope: "local",
        audiences: everyone,
        year: 2021,
        materials: [],
      },
      {
        kind: "seminar",
        title: "Nära vård ur ett nationellt perspektiv",
        description: "Seminarium från fokusveckan.",
        scope: "regional",
        audiences: everyone,
        year: 2021,
        materials: [{ title: "Bildspel ”Nära vård ur ett nationellt perspektiv”", kind: "PDF" }],
      },
      {
        kind: "seminar",
        title: "Ledning och styrning för Nära vård",
        description: "Seminarium från fokusveckan.",
        scope: "regional",
        audiences: everyone,
        year: 2021,
        materials: [{ title: "Bildspel ”Ledning och styrning för Nära vård”", kind: "PDF" }],
      },
      {
        kind: "seminar",
        title: "Relationen mellan brukarmedveten och digitalisering i en demokratiskt styrd organisation",
        description: "Seminarium från fokusveckan.",
        scope: "regional",
        audiences: everyone,
        year: 2021,
        materials: [
          {
            title: "Bildspel ”Relationen mellan brukarmedveten och digitalisering i en demokratiskt styrd organisation”",
            kind: "extern länk",
          },
        ],
      },
      {
        kind: "seminar",
        title: "Samverkan och samarbete för en nära vård",
        description: "Seminarium från fokusveckan.",
        scope: "regional",
        audiences: everyone,
        year: 2021,
        materials: [{ title: "Bildspel ”Samverkan och samarbete för en nära vård”", kind: "PDF" }],
      },
      {
        kind: "seminar",
        title: "Nära vård – Tillsammans utvecklar vi hälsa, vård och omsorg i Värmland",
        description: "Seminarium från fokusveckan.",
        scope: "regional",
        audiences: everyone,
        year: 2021,
        materials: [{ title: "Bildspel ”Nära vård – Tillsammans utvecklar vi hälsa, vård och omsorg i Värmland”", kind: "PDF" }],
      },
    ],
    articles: [
      {
        kind: "news",
        title: "Hela Värmland står bakom utvecklingen till god och nära vård",
        lead: "Nu har Värmlands samtliga kommuner och Region Värmland sagt ja till länets gemensamma målbild för omställningen till god och nära vård.",
        body: "<p>Under våren har kartan över Värmland blivit allt mer grön då Värmlands kommuner och Region Värmland en efter en sagt ja till länets gemensamma målbild för omställningen till god och nära vård. Nu står hela Värmland också formellt enat i arbetet.</p><p>– Att hela Värmland står bakom målbilden blir en framgångsfaktor i det fortsatta arbetet, säger Lena Gjevert, hälso- och sjukvårdsdirektör i Region Värmland.</p><h2>Länsgemensam färdplan nästa steg</h2><p>Många aktiviteter pågår på olika nivåer i riktning mot målbilden. Nästa steg i det länsgemensamma arbetet är att ta fram en färdplan för hur målbilden ska bli verklighet.</p>",
        publishedOn: null,
        tags: ["målbild", "beslut"],
        members: [],
      },
      {
        kind: "good_example",
        title: "Värdegrundsinternat i Karlstad",
        lead: "Karlstads kommun arbetar med värdegrundsinternat för att sprida kunskap om nära och personcentrerad vård.",
        body: "<p>– Vad omställningen till nära vård betyder för oss och vad förflyttningen till personcenterad vård innebär är viktiga diskussionspunkter i vårt värdegrundsarbete och på våra APT, säger Peter Nylander, verksamhetschef på vård- och omsorgsförvaltningen.</p>",
        publishedOn: null,
        tags: ["personcentrerad vård"],
        members: ["1780"],
      },
      {
        kind: "good_example",
        title: "Mobila resursteam – Karlstads kommun och Region Värmland",
        lead: "Hur kan olika huvudmän arbeta mer gemensamt? Ett gott exempel är samarbetet som Karlstads kommun och Region Värmland har i de mobila resursteamen.",
        body: "<p>Samarbetet i de mobila resursteamen lyfts som ett gott exempel på hur region och kommun kan arbeta mer gemensamt.</p>",
        publishedOn: null,
        tags: ["samverkan"],
        members: ["1780", "17"],
      },
    ],
    contacts: [
      { name: "Kristin Törnqvist", role: "Samordnare för arbetet med nära vård i Värmland", organisation: "Region Värmland" },
      { name: "Linnea Grankvist", role: "Har samordnat målbildsarbetet", organisation: "" },
    ],
    question: {
      question: "Vad vill du utforska tillsammans med andra under processen?",
      purpose:
        "Dina svar används i arbetet med målbilden för Nära vård i Värmland. Namn och e-post är frivilliga; uppger du dem används de bara för att kunna kontakta dig om din synpunkt, och de raderas efter lagringstiden. Publicerade synpunkter visas utan e-postadress.",
    },
  },
  orebro: {
    events: [],
    articles: [
      {
        kind: "news",
        title: "Målbild antagen för framtidens vård och omsorg",
        lead: "Framtiden kommer att ställa nya krav på vården och omsorgen i Sveriges regioner och kommuner. Ett ramverk för samarbetet är den länsgemensamma målbild för nära vård som hälso- och sjukvårdsnämnden fattade beslut om i dag.",
        body: "<p>– Vi måste tänka och arbeta tillsammans om sjukvården ska klara de utmaningar vi står inför i form av till exempel en åldrande befolkning, säger Karin Sundin (S), hälso- och sjukvårdsnämndens ordförande.</p><p>Målbilden är uppställd i tre olika perspektiv: Invånarperspektivet, Samverkansperspektivet och Medarbetarperspektivet.</p>",
        publishedOn: "2022-02-11",
        tags: ["målbild", "beslut"],
        members: ["18"],
      },
    ],
    contacts: [],
    question: null,
  },
  fyrbodal: {
    events: [],
    articles: [],
    contacts: [{ name: "Lidija Beljic", role: "Utvecklingsledare Nära vård", organisation: "Fyrbodals kommunalförbund" }],
    question: null,
  },
};
