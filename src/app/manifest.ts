import type { MetadataRoute } from "next";

/** The web app manifest: Kept can be put on a home screen and opens like an app, on Home. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Kept",
    short_name: "Kept",
    description: "Rebuild trust together: boundaries you both chose, promises kept, consistency you can see.",
    start_url: "/home",
    scope: "/",
    display: "standalone",
    background_color: "#fbf9f6",
    theme_color: "#4d6b52",
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/maskable-192.png", sizes: "192x192", type: "image/png", purpose: "maskable" },
      { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
