import { describe, expect, it } from "vitest";
import { KoladaFileSchema, diffImport, koladaMemberCode, parseKolada } from "./indicator.ts";

const known = { indicatorCodes: new Set(["N00945"]), memberCodes: new Set(["17", "1780", "1784"]) };
const file = KoladaFileSchema.parse({
  values: [
    { kpi: "N00945", municipality: "1780", period: 2022, values: [{ gender: "K", status: "", value: 80 }, { gender: "T", status: "", value: 75.5 }] },
    { kpi: "N00945", municipality: "0017", period: "2022", values: [{ gender: "T", status: null, value: 70 }] },
    { kpi: "X1", municipality: "1880", period: "22", values: [] },
    { kpi: "N00945", municipality: "1784", period: "2022", values: [{ gender: "T", status: "Missing", value: null }] },
    { kpi: "N00945", municipality: "1780", period: "2022", values: [{ gender: "T", value: 1 }] },
  ],
});

describe("Kolada import", () => {
  it("maps Kolada's region ids to county codes", () => {
    expect(koladaMemberCode("0017")).toBe("17");
    expect(koladaMemberCode("1780")).toBe("1780");
  });

  it("imports the totals and reports every bad row in Swedish", () => {
    const { rows, errors } = parseKolada(file, known);
    expect(rows.map((r) => [r.memberCode, r.value])).toEqual([
      ["1780", 75.5],
      ["17", 70],
      ["1780", 1],
    ]);
    expect(errors.map((e) => e.row)).toEqual([3, 4, 5]);
    expect(errors[0]!.message).toBe(
      "Rad 3: okänt nyckeltal ”X1” (lägg upp indikatorn med den koden först); ”1880” är inte en part i programmet; perioden ”22” är inte ett årtal; värde för totalen (gender T) saknas.",
    );
    expect(errors[2]!.message).toMatch(/samma nyckeltal, part och period som rad 1/);
  });

  it("tells what an import would add, change and leave", () => {
    const { rows } = parseKolada({ values: file.values.slice(0, 2) }, known);
    const diff = diffImport(rows, new Map([["N00945|1780|2022", 75.5], ["N00945|17|2022", 60]]));
    expect(diff).toMatchObject({ added: 0, updated: 1, unchanged: 1 });
    expect(diff.changes).toEqual([{ indicatorCode: "N00945", memberCode: "17", period: "2022", before: 60, after: 70 }]);
  });
});
