/**
 * Fyrbodal's two strategies and their planned work, as source 004 describes them: a two-year
 * (2021–2022) effort funded by the national agreement "God och nära vård 2020" (area: good
 * conditions for care staff), commissioned by the social-services chiefs, with regular check-ins
 * with the steering group, management networks and the commissioners. The source gives no dates
 * for activities or meetings, so none are recorded.
 */
import type { Audience, StrategyActivityKind, StrategyMode } from "@naravard/domain";

export interface SeedStrategy {
  title: string;
  mode: StrategyMode;
  focusArea: string;
  description: string;
  activities: { kind: StrategyActivityKind; title: string; audiences: Audience[] }[];
  meetings: { body: string; title: string }[];
}

const shared = {
  fundingSource: "Överenskommelsen ”God och nära vård 2020” mellan SKR och regeringen (statliga medel)",
  fundingArea: "Goda förutsättningar för vårdens medarbetare",
  periodStart: 2021,
  periodEnd: 2022,
  commissionedBy: "Socialcheferna i medlemskommunerna",
  steeringGroup: "Styrgruppen",
};

export const fyrbodalStrategies = {
  shared,
  strategies: [
    {
      title: "Länsgemensam utvecklingsstrategi för god och nära vård Västra Götaland",
      mode: "implement",
      focusArea: "Omställningen till god och nära vård i Västra Götaland",
      description: "Strategin ska implementeras och bli känd för alla berörda parter. Arbetet ska docka an till och underlätta samarbetet med omställningen i Västra Götaland.",
      activities: [
        { kind: "information", title: "Informationsinsatser om den länsgemensamma utvecklingsstrategin", audiences: ["staff", "leaders", "politicians"] },
        { kind: "dialogue_meeting", title: "Dialogmöten", audiences: ["staff", "leaders", "politicians"] },
      ],
      meetings: [
        { body: "Styrgruppen", title: "Regelbunden avstämning" },
        { body: "Berörda chefsnätverk", title: "Regelbunden avstämning" },
        { body: "Socialcheferna (uppdragsgivare)", title: "Regelbunden avstämning" },
      ],
    },
    {
      title: "Gemensam utvecklingsstrategi för kommunalförbundets medlemskommuner",
      mode: "develop",
      focusArea: "Kompetensförsörjning och kompetensutveckling – goda förutsättningar för vårdens medarbetare",
      description:
        "En gemensam utvecklingsstrategi för medlemskommunerna för omställningen till god och nära vård. Satsningen ska stödja och stärka kommunerna med att utveckla en samsyn kring olika begrepp och referensramar samt ge ökad kunskap i frågor som berör omställningen ur ett kommunalt perspektiv.",
      activities: [{ kind: "workshop", title: "Workshops med vårdens och omsorgens medarbetare, ledare och politiker", audiences: ["staff", "leaders", "politicians"] }],
      meetings: [{ body: "Befintliga strategiska nätverk på Fyrbodals kommunalförbund", title: "Samverkan" }],
    },
  ] satisfies SeedStrategy[],
};
