import { createSerwistRoute } from "@serwist/turbopack";

// Serves the service worker at /serwist/sw.js (bundled with esbuild at build time, with the
// build's precache manifest); Serwist adds Service-Worker-Allowed: / so it controls every page.
export const { dynamic, dynamicParams, revalidate, generateStaticParams, GET } = createSerwistRoute({
  swSrc: "src/app/sw.ts",
  useNativeEsbuild: true,
});
