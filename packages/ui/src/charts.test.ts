import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ChoroplethMap, MapLegend } from "./choropleth-map.tsx";
import { LineChart } from "./line-chart.tsx";

const categories = [
  { key: "adopted", label: "Har antagit", fill: "#1e6b34", pattern: "solid" as const, ink: "#1e6b34" },
  { key: "none", label: "Inget beslut", fill: "#ffffff", pattern: "dots" as const, ink: "#4a4a4a" },
];

describe("ChoroplethMap", () => {
  const html = renderToStaticMarkup(
    createElement(ChoroplethMap, {
      id: "karta",
      title: "Karta",
      description: "Beskrivning",
      width: 100,
      height: 100,
      categories,
      regions: [
        {
          code: "1780",
          name: "Karlstad",
          d: "M0,0L1,1Z",
          category: "adopted",
          title: "Karlstad: Har antagit målbilden (16 juni 2022)",
        },
        { code: "1715", name: "Kil", d: "M0,0L2,2Z", category: "none", title: "Kil: Inget beslut registrerat" },
        { code: "2080", name: "Falun", d: "M0,0L3,3Z", category: null, title: "Falun (inte med i programmet)" },
      ],
    }),
  );

  it("is a labelled image whose member areas carry their code and status", () => {
    expect(html).toContain('role="img"');
    expect(html).toContain('aria-labelledby="karta-titel karta-beskrivning"');
    expect(html).toMatch(
      /<path d="M0,0L1,1Z" data-code="1780" data-status="adopted" fill="#1e6b34"[^>]*><title>Karlstad: Har antagit målbilden \(16 juni 2022\)<\/title>/,
    );
    expect(html).toContain('data-code="1715" data-status="none" fill="url(#karta-monster-none)"');
  });

  it("draws areas outside the programme without a status", () => {
    expect(html).toContain('data-code="2080" data-member="false"');
    expect(html).not.toMatch(/data-code="2080" data-status/);
  });

  it("has a legend in words with counts", () => {
    const legend = renderToStaticMarkup(
      createElement(MapLegend, { id: "karta", categories, counts: { adopted: 16 }, outsideLabel: "Ingår inte" }),
    );
    expect(legend).toContain("Har antagit: <strong>16</strong>");
    expect(legend).toContain("Inget beslut: <strong>0</strong>");
    expect(legend).toContain("Ingår inte");
  });
});

describe("LineChart", () => {
  const html = renderToStaticMarkup(
    createElement(LineChart, {
      id: "ind",
      title: "Andel",
      description: "Två värden",
      periods: ["2021", "2022", "2023"],
      series: [{ name: "Region Värmland", values: { "2021": 58, "2022": 61 } }],
      valueLabel: "Procent",
      target: { value: 75, period: "2023" },
      baseline: { value: 58, period: "2021" },
    }),
  );

  it("labels the image and its axes", () => {
    expect(html).toContain('role="img"');
    expect(html).toContain('<title id="ind-titel">Andel</title>');
    expect(html).toContain('<desc id="ind-beskrivning">Två värden</desc>');
    expect(html).toContain(">Procent<");
    expect(html).toContain(">2022<");
  });

  it("draws the target as a dashed line and marks the baseline", () => {
    expect(html).toMatch(/stroke-dasharray="9 6"/);
    expect(html).toContain("Mål 75 (2023)");
    expect(html).toContain("Utgångsvärde 58");
  });

  it("names every series in the legend", () => {
    expect(html).toContain("Region Värmland</li>");
  });
});
