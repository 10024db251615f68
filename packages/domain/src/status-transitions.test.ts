import { describe, expect, it } from "vitest";
import type { AdoptionStatus } from "./adoption.ts";
import type { ActivityStatus } from "./roadmap.ts";
import {
  activityTransitionError,
  adoptionTransitionError,
  canChangeActivityStatus,
  canChangeAdoptionStatus,
  nextActivityStatuses,
  nextAdoptionStatuses,
} from "./status-transitions.ts";

// Every pair written out by hand (not derived from the rules' own table), so a changed rule fails here.
const activityPairs: [ActivityStatus, ActivityStatus, boolean][] = [
  ["planned", "planned", true],
  ["planned", "ongoing", true],
  ["planned", "done", false],
  ["planned", "paused", true],
  ["ongoing", "planned", false],
  ["ongoing", "ongoing", true],
  ["ongoing", "done", true],
  ["ongoing", "paused", true],
  ["done", "planned", false],
  ["done", "ongoing", true],
  ["done", "done", true],
  ["done", "paused", false],
  ["paused", "planned", true],
  ["paused", "ongoing", true],
  ["paused", "done", false],
  ["paused", "paused", true],
];

const adoptionPairs: [AdoptionStatus, AdoptionStatus, boolean][] = [
  ["not_started", "not_started", true],
  ["not_started", "in_preparation", true],
  ["not_started", "adopted", true],
  ["not_started", "declined", true],
  ["in_preparation", "not_started", true],
  ["in_preparation", "in_preparation", true],
  ["in_preparation", "adopted", true],
  ["in_preparation", "declined", true],
  ["adopted", "not_started", false],
  ["adopted", "in_preparation", false],
  ["adopted", "adopted", true],
  ["adopted", "declined", true],
  ["declined", "not_started", false],
  ["declined", "in_preparation", false],
  ["declined", "adopted", true],
  ["declined", "declined", true],
];

describe("roadmap activity status transitions", () => {
  it("covers every pair of statuses", () => {
    expect(new Set(activityPairs.map(([from, to]) => `${from}>${to}`)).size).toBe(16);
  });

  it.each(activityPairs)("%s → %s allowed: %s", (from, to, allowed) => {
    expect(canChangeActivityStatus(from, to)).toBe(allowed);
    expect(activityTransitionError(from, to) === null).toBe(allowed);
    // The offered next statuses and the check agree (keeping the status is not listed as a change).
    if (from !== to) expect(nextActivityStatuses(from).includes(to)).toBe(allowed);
  });

  it("explains a refusal in Swedish with the statuses that may follow", () => {
    expect(activityTransitionError("planned", "done")).toBe(
      "En aktivitet med status ”Planerad” kan inte bli ”Klar”. Välj ”Pågår” eller ”Pausad”.",
    );
    expect(activityTransitionError("done", "paused")).toBe("En aktivitet med status ”Klar” kan inte bli ”Pausad”. Välj ”Pågår”.");
  });
});

describe("adoption decision status transitions", () => {
  it("covers every pair of statuses", () => {
    expect(new Set(adoptionPairs.map(([from, to]) => `${from}>${to}`)).size).toBe(16);
  });

  it.each(adoptionPairs)("%s → %s allowed: %s", (from, to, allowed) => {
    expect(canChangeAdoptionStatus(from, to)).toBe(allowed);
    expect(adoptionTransitionError(from, to) === null).toBe(allowed);
    if (from !== to) expect(nextAdoptionStatuses(from).includes(to)).toBe(allowed);
  });

  it("explains a refusal in Swedish with the statuses that may follow", () => {
    expect(adoptionTransitionError("adopted", "in_preparation")).toBe(
      "Ett beslut med status ”Har antagit målbilden” kan inte ändras till ”Under beredning”. Välj ”Har avslagit”.",
    );
    expect(nextAdoptionStatuses("not_started")).toEqual(["in_preparation", "adopted", "declined"]);
  });
});
