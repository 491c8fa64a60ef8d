import { PHASE_PRODUCTION_BUILD } from "next/constants.js";

/** @type {import("next").NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native and driver packages stay outside the server bundle.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "@node-rs/argon2"],
  async headers() {
    return [
      // Invitation links carry a secret in the path: never pass it on as a referrer.
      { source: "/invite/:path*", headers: [{ key: "Referrer-Policy", value: "no-referrer" }] },
      { source: "/invite", headers: [{ key: "Referrer-Policy", value: "no-referrer" }] },
    ];
  },
};

export default async function config(phase) {
  // Validating the environment here makes a bad configuration fail at start, not at the first
  // request. A build serves nothing, so it may run without the production secret.
  if (phase !== PHASE_PRODUCTION_BUILD) await import("./src/env.js");
  return nextConfig;
}
