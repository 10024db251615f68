import { vitePlugin as remix } from "@remix-run/dev";
import { defineConfig } from "vite";

// The ceiling the benchmark compares against: a Remix v2 app on the same adapter (remix-serve) and
// with the same future flags as the portal, rendering one static page with no data.
export default defineConfig({
  plugins: [
    remix({
      appDirectory: "bare/app",
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
