import { describe, expect, it } from "vitest";
import {
  type VersionSummary,
  adoptConsequence,
  canAdopt,
  draftStart,
  isPublic,
  lastChangedBy,
  plainMoves,
} from "./version-view.ts";

const version = (versionNumber: number, status: VersionSummary["status"]): VersionSummary => ({
  id: `id-${versionNumber}`,
  versionNumber,
  title: "Målbild",
  status,
  adoptedOn: null,
  updatedAt: "2024-01-01T00:00:00Z",
});

describe("the life cycle's buttons", () => {
  it("sends a draft to consultation and takes a consultation back; both may be adopted", () => {
    expect(plainMoves("draft")).toEqual([{ status: "consultation", label: "Skicka på remiss" }]);
    expect(plainMoves("consultation")).toEqual([{ status: "draft", label: "Ta tillbaka till utkast" }]);
    expect([canAdopt("draft"), canAdopt("consultation")]).toEqual([true, true]);
  });

  it("offers nothing for an adopted or superseded version", () => {
    for (const status of ["adopted", "superseded"] as const) {
      expect(plainMoves(status)).toEqual([]);
      expect(canAdopt(status)).toBe(false);
    }
  });

  it("keeps drafts off the portal", () => {
    expect(isPublic("draft")).toBe(false);
    expect(isPublic("consultation")).toBe(true);
    expect(isPublic("superseded")).toBe(true);
  });
});

describe("draftStart", () => {
  it("copies the adopted version", () => {
    expect(draftStart([version(2, "adopted"), version(1, "superseded")])).toEqual({
      kind: "ready",
      fromId: "id-2",
      fromNumber: 2,
    });
  });

  it("points at an open draft or consultation instead of starting a second one", () => {
    expect(draftStart([version(3, "consultation"), version(2, "adopted")])).toEqual({ kind: "open", versionNumber: 3 });
    expect(draftStart([version(1, "draft")])).toEqual({ kind: "open", versionNumber: 1 });
  });

  it("has nothing to copy before any version is adopted", () => {
    expect(draftStart([])).toEqual({ kind: "none" });
  });
});

describe("adoptConsequence", () => {
  it("says which adopted version is superseded", () => {
    const versions = [version(3, "consultation"), version(2, "adopted")];
    expect(adoptConsequence(versions[0]!, versions)).toBe(
      "Version 3 blir den antagna målbilden och visas på portalen. Version 2, som är antagen i dag, blir ersatt. Det går inte att ångra.",
    );
  });

  it("mentions no superseding when nothing is adopted yet", () => {
    const versions = [version(1, "draft")];
    expect(adoptConsequence(versions[0]!, versions)).toBe("Version 1 blir den antagna målbilden och visas på portalen.");
  });
});

describe("lastChangedBy", () => {
  it("takes the newest entry per version, skipping changes without a person", () => {
    const who = lastChangedBy([
      { entityId: "a", at: "2024-03-01", actorName: null, actorEmail: null },
      { entityId: "a", at: "2024-02-01", actorName: "Anna Samordnare", actorEmail: "anna@example.se" },
      { entityId: "a", at: "2024-01-01", actorName: "Bertil", actorEmail: "b@example.se" },
      { entityId: "b", at: "2024-01-01", actorName: null, actorEmail: "b@example.se" },
      { entityId: null, at: "2024-01-01", actorName: "X", actorEmail: null },
    ]);
    expect([...who]).toEqual([
      ["a", "Anna Samordnare"],
      ["b", "b@example.se"],
    ]);
  });
});
