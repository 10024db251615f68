/** What the API's procedures return, as the portal's components receive them from their loaders. */
import type { RouterOutputs } from "@naravard/api";

export type AdoptionOverview = RouterOutputs["adoption"]["overview"];
export type AdoptionDecisionView = AdoptionOverview["decisions"][number];
export type AdoptionMember = AdoptionOverview["members"][number];
export type Roadmap = RouterOutputs["roadmap"]["get"];
export type RoadmapArea = Roadmap["areas"][number];
export type RoadmapActivity = RoadmapArea["activities"][number];
export type Milestone = Roadmap["milestones"][number];
export type Strategy = RouterOutputs["strategy"]["get"];
export type Indicator = RouterOutputs["indicator"]["list"][number];
export type MalbildView = RouterOutputs["malbild"]["current"];
export type MalbildVersionDetail = RouterOutputs["malbildVersion"]["get"];
