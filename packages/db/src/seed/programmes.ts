/**
 * The seeded content of the platform: the real content of the source documents in
 * shared/seeds (000–004), transcribed. Nothing here is invented about the real organisations;
 * where a programme's documents are silent, the gap stays empty or is marked as demo data.
 */
import { type MemberKind, type TenantKind, findMunicipality } from "@naravard/domain";

export interface SeedProgramme {
  slug: string;
  name: string;
  programmeName: string;
  kind: TenantKind;
  countyCode: string;
  description: string;
  members: { kind: MemberKind; officialCode: string; name: string }[];
  malbild: {
    title: string;
    vision: string;
    goal: string | null;
    introduction: string;
    status: "draft" | "consultation" | "adopted";
    adoptedOn: string | null;
    sourceNote: string;
    perspectives: { title: string; description: string; statements: string[] }[];
    statements: string[];
    shifts: { from: string; to: string }[];
    principles: string[];
    journey: string[];
    faq: { question: string; answer: string }[];
  };
  /** Adoption decisions the sources give; a member not listed has no decision registered. */
  adoptions: { code: string; status: "adopted"; decidingBody: string | null; decidedOn: string | null; note: string | null }[];
  coordinator: { email: string; name: string };
}

/** Members by SCB municipality code; names come from the municipality registry (SCB) in the domain package. */
const municipalities = (codes: string[]) =>
  codes.map((officialCode) => {
    const found = findMunicipality(officialCode);
    if (!found) throw new Error(`Seed: no municipality with code ${officialCode}`);
    return { kind: "municipality" as const, officialCode, name: found.name };
  });

export const programmes: SeedProgramme[] = [
  {
    slug: "varmland",
    name: "Region Värmland",
    programmeName: "Nära vård i Värmland",
    kind: "region",
    countyCode: "17",
    description:
      "Region Värmland och länets 16 kommuner har tillsammans tagit fram en gemensam målbild för omställningen till en god och nära vård, hälsa och omsorg. Målbildsarbetet har skett tillsammans med medarbetare, chefer, ledare, politiker och med värmlänningarna, och processen är lika viktig som målbilden.",
    members: [
      { kind: "region", officialCode: "17", name: "Region Värmland" },
      ...municipalities([
        "1715",
        "1730",
        "1737",
        "1760",
        "1761",
        "1762",
        "1763",
        "1764",
        "1765",
        "1766",
        "1780",
        "1781",
        "1782",
        "1783",
        "1784",
        "1785",
      ]),
    ],
    malbild: {
      title: "Framtidens Värmland",
      vision: "Tillsammans utvecklar vi god och nära vård, hälsa & omsorg",
      goal: "God och jämlik hälsa",
      introduction:
        "Målbilden visar länets gemensamma riktning och beskriver omställningsresan som leder mot visionen om en god och jämlik hälsa. Den berättar om de förflyttningar vi behöver göra för att nå en god och nära vård, hälsa och omsorg och visar vilka värden som är viktiga för invånarna i Värmland. Målbilden är ett underlag för gemensamma beslut och aktiviteter i arbetet mot en nära vård.",
      status: "adopted",
      adoptedOn: null,
      sourceNote:
        "Innehållet kommer från Region Värmlands broschyr om målbilden för god och nära vård. Samtliga 16 kommuner och Region Värmland har sagt ja till målbilden.",
      perspectives: [],
      statements: [
        "Jag är en viktig och delaktig medskapare",
        "Vi bemöter varandra med respekt",
        "Vård och stöd utgår och samordnas från mina behov och resurser",
        "Jag har ett kontinuerligt, personligt och tillitsfullt stöd",
        "Jag får rätt hjälp och stöd i rätt tid",
      ],
      shifts: [
        { from: "Fokus på organisation", to: "Fokus på person och relation" },
        { from: "Isolerade vård- och omsorgsinsatser", to: "Samordning utifrån personens fokus" },
        { from: "Invånare och patienter som passiva mottagare", to: "Invånare och patienter som är aktiva medskapare" },
        { from: "Reaktiva insatser", to: "Proaktivt och hälsofrämjande arbete" },
      ],
      principles: [
        "Invånarna avgör om det vi gör är värdeskapande.",
        "Gemensamma beslut och aktiviteter ska leda i målbildens riktning och vi är gemensamt ansvariga för länets resultat.",
        "Vi skapar förutsättningar för hållbara arbetsplatser och tar tillvara på medarbetarnas kompetens.",
        "Vi bygger relationer med, och har positiva förväntningar på varandra.",
        "Proaktivitet är i fokus för att öka hälsa och friskfaktorer.",
      ],
      journey: [
        "Vi startar alla från olika utgångspunkter",
        "Vi börjar med det enkla",
        "Vi har små utmaningar att tackla",
        "Vi har större hinder att bestiga",
        "Vi når vårt mål: God och jämlik hälsa",
      ],
      faq: [
        {
          question: "Vad är nära vård – och varför behövs det?",
          answer:
            "Nära vård är en omställning som pågår i hela landet. I Värmland innefattar omställningen mer än vård och omsorg. Skola, kultur, fritid och civilsamhället är också viktiga aktörer. Det handlar om att flytta vård, hälsa och omsorg närmare invånarna för att anpassa insatserna efter vad som är viktigt för den enskilda individen. Kärnan är ett personcentrerat förhållningssätt som utgår från individens behov och förutsättningar.\n\nOmställningen är nödvändig för att klara av utmaningen med att fler och fler lever med en eller flera kroniska sjukdomar. Samtidigt ser vi en förändrad befolkningsstruktur, där färre personer i framtiden ska ta hand om fler. Det innebär utmaningar för såväl ekonomin som för vår kompetensförsörjning. Vi måste hitta nya sätt att arbeta på för att räcka till.\n\nFör att vård och stöd ska kunna samordnas utifrån individens behov och resurser behöver vi arbeta mer tillsammans, som ett gemensamt system, inte som enskilda enheter och organisationer.\n\nNära vård handlar om att byta fokus från sjukdom och behandling till hälsofrämjande och förebyggande insatser där invånarna blir viktiga och delaktiga medskapare.\n\nOmställningen handlar också om hur vi skapar förutsättningar för hållbara arbetsplatser och tar tillvara medarbetarnas kompetens.",
        },
        {
          question: "Hur jobbar vi med nära vård i Värmland?",
          answer:
            "Värmlands kommuner och Region Värmland jobbar tillsammans med omställningen och har tagit fram en gemensam målbild. Omställningsarbetet är i gång och i länet tas hela tiden steg i riktning mot målbilden. För att göra omställningsresan mer konkret tas också en länsgemensam färdplan fram som ska stötta i arbetet framåt.",
        },
        {
          question: "Vad innebär den gemensamma målbilden?",
          answer:
            "Målbilden visar länets gemensamma riktning och beskriver omställningsresan som leder mot visionen om en god och jämlik hälsa. Den berättar om de förflyttningar vi behöver göra för att nå en god och nära vård, hälsa och omsorg och visar vilka värden som är viktiga för invånarna i Värmland. Målbilden är ett underlag för gemensamma beslut och aktiviteter i arbetet mot en nära vård.",
        },
        {
          question: "Hur kan jag som medarbetare och chef bidra till omställningen?",
          answer:
            "Hela Sverige berörs av omställningen och vi behöver alla fundera över vad den innebär i vår egen verksamhet och för de invånare vi möter. Vad kan vi göra för att gå i rätt riktning och behöver vi samverka med någon för att nå dit? Finns det något vi kan börja med eller testa hos oss och vad gör vi redan idag?",
        },
      ],
    },
    // "Nu har Värmlands samtliga kommuner och Region Värmland sagt ja …"; Karlstad decided last, on
    // 16 June (2022). The sources give no other dates or bodies, so none are recorded.
    adoptions: [
      ...[
        "17",
        "1715",
        "1730",
        "1737",
        "1760",
        "1761",
        "1762",
        "1763",
        "1764",
        "1765",
        "1766",
        "1781",
        "1782",
        "1783",
        "1784",
        "1785",
      ].map((code) => ({ code, status: "adopted" as const, decidingBody: null, decidedOn: null, note: null })),
      {
        code: "1780",
        status: "adopted",
        decidingBody: null,
        decidedOn: "2022-06-16",
        note: "Karlstads kommun beslutade sist ut om målbilden.",
      },
    ],
    coordinator: { email: "samordnare@varmland.demo", name: "Samordnare Värmland (demo)" },
  },
  {
    slug: "orebro",
    name: "Region Örebro län",
    programmeName: "Nära vård i Örebro län",
    kind: "region",
    countyCode: "18",
    description:
      "Region Örebro län och länets kommuner har arbetat fram en länsgemensam målbild för nära vård. Den ska peka ut riktningen för ett gemensamt omställningsarbete som involverar alla samverkansparter. Hälso- och sjukvårdsnämnden fattade beslut om målbilden den 11 februari 2022, och den ska också antas av länets kommuner.",
    members: [
      { kind: "region", officialCode: "18", name: "Region Örebro län" },
      ...municipalities(["1814", "1860", "1861", "1862", "1863", "1864", "1880", "1881", "1882", "1883", "1884", "1885"]),
    ],
    malbild: {
      title: "Länsgemensam målbild för nära vård",
      vision:
        "Ett ramverk för samarbetet mellan Region Örebro län, länets kommuner och andra berörda aktörer, som pekar ut riktningen för ett gemensamt omställningsarbete som involverar alla samverkansparter.",
      goal: null,
      introduction:
        "Begreppet nära vård kan beskrivas som ett sätt att tänka vid organiseringen av hälso- och sjukvården där utgångspunkten är den enskildes individuella behov och förutsättningar istället för sjukvårdens organisatoriska logik och uppdelning mellan kommunal och regional sjukvård. Målbilden är uppställd i tre olika perspektiv där tanken är att perspektiven ska visa både den komplexitet som omställningen innebär och de perspektiv som krävs för att komma framåt i omställningsarbetet.",
      status: "adopted",
      adoptedOn: "2022-02-11",
      sourceNote:
        'Innehållet kommer från Region Örebro läns nyhet "Målbild antagen för framtidens vård och omsorg" (2022-02-11). Beslutet togs av hälso- och sjukvårdsnämnden; målbilden ska också antas av länets kommuner.',
      perspectives: [
        {
          title: "Invånarperspektivet",
          description:
            "Invånarna är huvudpersonerna i Region Örebro läns verksamheter. Detta perspektiv beskriver hur en nära vård ska upplevas.",
          statements: [],
        },
        {
          title: "Samverkansperspektivet",
          description:
            "Målbildens kontext är samverkan mellan huvudmännen. Detta perspektiv beskriver vad som ska känneteckna samverkan i en nära vård.",
          statements: [],
        },
        {
          title: "Medarbetarperspektivet",
          description:
            "Medarbetarna är motorn i den nära vården. Detta perspektiv beskriver hur medarbetarna i mötet med invånarna och samarbetspartners upplever den nära vården.",
          statements: [],
        },
      ],
      statements: [],
      shifts: [],
      principles: [],
      journey: [],
      faq: [],
    },
    adoptions: [
      {
        code: "18",
        status: "adopted",
        decidingBody: "Hälso- och sjukvårdsnämnden",
        decidedOn: "2022-02-11",
        note: "Målbilden ska också antas av länets kommuner.",
      },
    ],
    coordinator: { email: "samordnare@orebro.demo", name: "Samordnare Örebro län (demo)" },
  },
  {
    slug: "fyrbodal",
    name: "Fyrbodals kommunalförbund",
    programmeName: "God och nära vård i Fyrbodal",
    kind: "municipal_federation",
    countyCode: "14",
    description:
      'Med statliga medel från överenskommelsen "God och nära vård 2020" (området "Goda förutsättningar för vårdens medarbetare") och med stöd från Fyrbodals kommunalförbund får medlemskommunerna under 2021–2022 hjälp att stärka och utveckla vårdens medarbetare och ledning för att bättre kunna möta och vara aktiva i omställningen mot en god och nära vård. Den länsgemensamma utvecklingsstrategin för god och nära vård i Västra Götaland ska implementeras, och en gemensam utvecklingsstrategi för medlemskommunerna tas fram med fokus på kompetensförsörjning och kompetensutveckling.',
    members: [
      { kind: "federation", officialCode: "fyrbodal", name: "Fyrbodals kommunalförbund" },
      ...municipalities([
        "1421",
        "1427",
        "1430",
        "1435",
        "1438",
        "1439",
        "1460",
        "1461",
        "1484",
        "1485",
        "1486",
        "1487",
        "1488",
        "1492",
      ]),
    ],
    malbild: {
      title: "God och nära vård i Fyrbodal",
      vision:
        "Målet är att ge den enskilde en god, nära och samordnad vård, där den primära vården och omsorgen är navet som samspelar med annan hälso- och sjukvård och socialtjänst.",
      goal: null,
      introduction:
        "Omställningen ska bidra till en modern, jämlik, tillgänglig och effektiv hälso- och sjukvård. Nära vård är ett nytt sätt att arbeta med hälsa, vård och omsorg, inte en ny organisationsnivå. Det är ett nytt synsätt och arbetssätt som ser annorlunda ut mot det vi har i dag. Både kommuner och regioner är ense om att denna förflyttning är nödvändig för att hantera utmaningarna i hälso- och sjukvården.",
      status: "draft",
      adoptedOn: null,
      sourceNote:
        "Demodata: Fyrbodals kommunalförbund har ingen egen antagen målbild i källorna. Texten är sammanställd ur förbundets beskrivning av arbetet med god och nära vård; förflyttningarna är de som beskrivningen nämner.",
      perspectives: [],
      statements: [],
      shifts: [
        { from: "Sluten vård", to: "Öppen vård" },
        { from: "Reaktiv vård", to: "Proaktiv vård" },
      ],
      principles: [],
      journey: [],
      faq: [],
    },
    adoptions: [],
    coordinator: { email: "utvecklingsledare@fyrbodal.demo", name: "Utvecklingsledare Fyrbodal (demo)" },
  },
];
