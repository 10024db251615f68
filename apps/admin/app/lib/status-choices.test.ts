import { describe, expect, it } from "vitest";
import { decisionStatusChoices } from "./adoption-view.ts";
import { activityStatusChoices } from "./roadmap-view.ts";

const values = (options: readonly { value: string }[]) => options.map((o) => o.value);

describe("the status select offers only what may be saved", () => {
  it("offers every status for a new activity, and the saved status and its allowed next ones when editing", () => {
    expect(values(activityStatusChoices(undefined))).toEqual(["planned", "ongoing", "done", "paused"]);
    expect(values(activityStatusChoices("planned"))).toEqual(["planned", "ongoing", "paused"]);
    expect(values(activityStatusChoices("done"))).toEqual(["ongoing", "done"]);
    expect(activityStatusChoices("paused").map((o) => o.label)).toEqual(["Planerad", "Pågår", "Pausad"]);
  });

  it("offers every status for a new decision, and never takes a decided one back to preparation", () => {
    expect(values(decisionStatusChoices(undefined))).toEqual(["adopted", "in_preparation", "not_started", "declined"]);
    expect(values(decisionStatusChoices("adopted"))).toEqual(["adopted", "declined"]);
    expect(values(decisionStatusChoices("in_preparation"))).toEqual(["adopted", "in_preparation", "not_started", "declined"]);
  });
});
