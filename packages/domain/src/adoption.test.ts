import { describe, expect, it } from "vitest";
import { AdoptionDecisionInputSchema, adoptionProgress, statusOn, timelineDays } from "./adoption.ts";

const d = (status: "in_preparation" | "adopted" | "declined" | "not_started", decidedOn: string | null, created = "2022-01-01") => ({
  status,
  decidedOn,
  createdAt: new Date(created),
});

describe("adoption status over time", () => {
  it("takes the latest decision dated on or before the day", () => {
    const decisions = [d("in_preparation", "2022-03-01"), d("adopted", "2022-06-16")];
    expect(statusOn(decisions, "2022-02-01").status).toBe("none");
    expect(statusOn(decisions, "2022-03-01").status).toBe("in_preparation");
    expect(statusOn(decisions, "2022-06-15").status).toBe("in_preparation");
    expect(statusOn(decisions, "2022-06-16")).toEqual({ status: "adopted", undated: false, decidedOn: "2022-06-16" });
    expect(statusOn(decisions, null).status).toBe("adopted");
  });

  it("counts an undated adoption today, but cannot place it on the timeline", () => {
    const decisions = [d("adopted", null)];
    expect(statusOn(decisions, null)).toEqual({ status: "adopted", undated: true, decidedOn: null });
    expect(statusOn(decisions, "2022-06-16")).toEqual({ status: "none", undated: true, decidedOn: null });
    expect(statusOn([], null)).toEqual({ status: "none", undated: false, decidedOn: null });
  });

  it("lets a later-registered undated decision override an older dated one today", () => {
    const decisions = [d("in_preparation", "2022-03-01", "2022-03-02"), d("adopted", null, "2022-07-01")];
    expect(statusOn(decisions, null).status).toBe("adopted");
  });

  it("summarises progress and the timeline's days", () => {
    expect(adoptionProgress(["adopted", "adopted", "none"]).sentence).toBe("2 av 3 har antagit målbilden");
    expect(timelineDays([d("adopted", "2022-06-16"), d("adopted", null), d("adopted", "2022-02-11"), d("adopted", "2022-06-16")])).toEqual([
      "2022-02-11",
      "2022-06-16",
    ]);
  });
});

describe("decision input", () => {
  const member = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
  it("accepts an empty date and optional fields as null", () => {
    const v = AdoptionDecisionInputSchema.parse({ memberId: member, status: "adopted", decidedOn: "", reference: " ", link: "" });
    expect(v).toMatchObject({ decidedOn: null, reference: null, link: null });
  });
  it("refuses a future date, a bad date and a non-web link in Swedish", () => {
    const r = AdoptionDecisionInputSchema.safeParse({ memberId: member, status: "adopted", decidedOn: "2999-01-01" });
    expect(r.error?.issues[0]?.message).toBe("Ett beslut kan inte ha fattats i framtiden.");
    expect(AdoptionDecisionInputSchema.safeParse({ memberId: member, status: "adopted", decidedOn: "2022-02-30" }).success).toBe(false);
    const link = AdoptionDecisionInputSchema.safeParse({ memberId: member, status: "adopted", link: "javascript:alert(1)" });
    expect(link.error?.issues[0]?.message).toMatch(/https:\/\//);
  });
});
