import { PHASE_PRODUCTION_BUILD } from "next/constants.js";

/** @type {import("next").NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native and driver packages stay outside the server bundle.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "@node-rs/argon2"],
};

export default async function config(phase) {
  // Validating the environment here makes a bad configuration fail at start, not at the first
  // request. A build serves nothing, so it may run without the production secret.
  if (phase !== PHASE_PRODUCTION_BUILD) await import("./src/env.js");
  return nextConfig;
}
