export * from "./format.ts";
export * from "./theme.ts";
export * from "./components.tsx";
export * from "./chart-scale.ts";
export * from "./line-chart.tsx";
export * from "./choropleth-map.tsx";
