import { describe, expect, it } from "vitest";
import {
  bodyWasCleaned,
  eventWhen,
  feedbackByPage,
  feedbackSeries,
  fileSize,
  parseTags,
  shareUseful,
  splitEvents,
} from "./participation-view.ts";

describe("splitEvents", () => {
  const e = (id: string, startsOn: string | null, endsOn: string | null = null) => ({ id, startsOn, endsOn });
  it("keeps events ending today or later, and undated ones, as upcoming; the past newest first", () => {
    const { upcoming, past } = splitEvents(
      [e("a", "2024-01-10"), e("b", "2024-02-01", "2024-03-05"), e("c", "2024-03-05"), e("d", "2024-04-01"), e("u", null)],
      "2024-03-05",
    );
    expect(upcoming.map((x) => x.id)).toEqual(["b", "c", "d", "u"]);
    expect(past.map((x) => x.id)).toEqual(["a"]);
  });
  it("lists several past events newest first", () => {
    expect(splitEvents([e("a", "2023-01-01"), e("b", "2023-06-01")], "2024-01-01").past.map((x) => x.id)).toEqual(["b", "a"]);
  });
});

describe("eventWhen", () => {
  it("says a period, a day, a year without a day, or that the date is not decided", () => {
    expect(eventWhen({ startsOn: "2024-03-11", endsOn: "2024-03-15", year: 2024 })).toBe("11 mars 2024 – 15 mars 2024");
    expect(eventWhen({ startsOn: "2024-03-11", endsOn: "2024-03-11", year: 2024 })).toBe("11 mars 2024");
    expect(eventWhen({ startsOn: null, endsOn: null, year: 2025 })).toBe("2025, datum inte bestämt");
    expect(eventWhen({ startsOn: null, endsOn: null, year: null })).toBe("Datum inte bestämt");
  });
});

describe("parseTags", () => {
  it("splits on commas, trims and drops blanks and repeats", () => {
    expect(parseTags(" vård, äldre ,, vård ,")).toEqual(["vård", "äldre"]);
    expect(parseTags("")).toEqual([]);
  });
});

describe("bodyWasCleaned", () => {
  it("notices a removed script but not changed whitespace or quotes", () => {
    expect(bodyWasCleaned("<p>Hej</p><script>alert(1)</script>", "<p>Hej</p>")).toBe(true);
    expect(bodyWasCleaned("<p onclick='x()'>Hej</p>", "<p>Hej</p>")).toBe(true);
    expect(bodyWasCleaned("<p>Hej\n  då</p><br/>", "<p>Hej då</p><br />")).toBe(false);
    expect(bodyWasCleaned("<a href='https://x.se'>x</a>", '<a href="https://x.se">x</a>')).toBe(false);
  });
});

describe("fileSize", () => {
  it("writes megabytes with a decimal comma and small files in kilobytes", () => {
    expect(fileSize(1_234_567)).toBe("1,2 MB");
    expect(fileSize(340_000)).toBe("340 kB");
    expect(fileSize(20)).toBe("1 kB");
    expect(fileSize(null)).toBe("");
  });
});

describe("page feedback", () => {
  const rows = [
    { path: "/v/malbild", month: "2024-02", yes: 1, no: 3, comments: ["Svår"] },
    { path: "/v/malbild", month: "2024-01", yes: 2, no: 0, comments: [] },
    { path: "/v/kontakt", month: "2024-02", yes: 1, no: 0, comments: [] },
  ];
  it("sums per page, most answered first, months oldest first", () => {
    const pages = feedbackByPage(rows);
    expect(pages.map((p) => [p.path, p.yes, p.no, p.share])).toEqual([
      ["/v/malbild", 3, 3, 50],
      ["/v/kontakt", 1, 0, 100],
    ]);
    expect(pages[0]!.months.map((m) => m.month)).toEqual(["2024-01", "2024-02"]);
  });
  it("has no share without answers", () => {
    expect(shareUseful(0, 0)).toBeNull();
    expect(shareUseful(1, 2)).toBe(33);
  });
  it("charts all pages together and the most answered pages, leaving months without answers out", () => {
    const { months, series } = feedbackSeries(feedbackByPage(rows), 1);
    expect(months).toEqual(["2024-01", "2024-02"]);
    expect(series).toEqual([
      { name: "Alla sidor", values: { "2024-01": 100, "2024-02": 40 } },
      { name: "/v/malbild", values: { "2024-01": 100, "2024-02": 25 } },
    ]);
  });
  it("draws only the total when a single page has answers", () => {
    expect(feedbackSeries(feedbackByPage(rows.slice(0, 2))).series.map((s) => s.name)).toEqual(["Alla sidor"]);
  });
});
