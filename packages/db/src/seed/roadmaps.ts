/**
 * Demo roadmap content. The sources say Värmland's next step is a county-wide färdplan and name
 * two practices under way (Karlstad's value-base residentials; the mobile resource teams Karlstad
 * runs with Region Värmland). Statuses, periods and progress are not in the sources: everything
 * here is flagged as demo data and labelled so on the portal.
 */
export interface SeedRoadmap {
  areas: {
    title: string;
    description: string;
    activities: {
      title: string;
      description: string;
      status: "planned" | "ongoing" | "done" | "paused";
      progress: number;
      owners: string[];
      links: { kind: "statement" | "shift"; text: string }[];
    }[];
  }[];
}

export const roadmaps: Record<string, SeedRoadmap> = {
  varmland: {
    areas: [
      {
        title: "Länsgemensam färdplan",
        description: "Nästa steg i det länsgemensamma arbetet: en färdplan som konkretiserar områden och förutsättningar som verksamheterna lyft som viktiga.",
        activities: [
          {
            title: "Ta fram en länsgemensam färdplan",
            description: "Färdplanen ska konkretisera hur målbilden blir verklighet.",
            status: "planned",
            progress: 0,
            owners: ["17"],
            links: [],
          },
        ],
      },
      {
        title: "Personcentrerat förhållningssätt",
        description: "Sprida kunskap om nära och personcentrerad vård.",
        activities: [
          {
            title: "Värdegrundsinternat i Karlstad",
            description: "Karlstads kommun arbetar med värdegrundsinternat för att sprida kunskap om nära och personcentrerad vård.",
            status: "ongoing",
            progress: 0,
            owners: ["1780"],
            links: [{ kind: "shift", text: "Fokus på organisation" }],
          },
          {
            title: "Mobila resursteam",
            description: "Ett samarbete mellan Karlstads kommun och Region Värmland.",
            status: "ongoing",
            progress: 0,
            owners: ["1780", "17"],
            links: [
              { kind: "shift", text: "Isolerade vård- och omsorgsinsatser" },
              { kind: "statement", text: "Jag har ett kontinuerligt, personligt och tillitsfullt stöd" },
            ],
          },
        ],
      },
    ],
  },
};
