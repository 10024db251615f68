import { vitePlugin as remix } from "@remix-run/dev";
import { defineConfig } from "vite";

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}

export default defineConfig({
  build: {
    // The sizes of every chunk after gzip take time on each build and nobody reads them here
    // (`pnpm bench` measures what each page loads).
    reportCompressedSize: false,
    rollupOptions: {
      // Known and harmless, printed on every build: zod's comments Rollup cannot place, and the
      // empty client chunks of resource routes (feeds, files), which have no component.
      onwarn(warning, warn) {
        if (warning.code === "INVALID_ANNOTATION" && warning.id?.includes("node_modules")) return;
        if (warning.code === "EMPTY_BUNDLE") return;
        warn(warning);
      },
    },
  },
  plugins: [
    remix({
      // The v3 flags make the later move to React Router 7 a codemod rather than a rewrite.
      future: {
        v3_singleFetch: true,
        v3_lazyRouteDiscovery: true,
        v3_relativeSplatPath: true,
        v3_throwAbortReason: true,
        v3_fetcherPersist: true,
      },
    }),
  ],
});
