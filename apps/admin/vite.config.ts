import { vitePlugin as remix } from "@remix-run/dev";
import { defineConfig } from "vite";

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}

export default defineConfig({
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
