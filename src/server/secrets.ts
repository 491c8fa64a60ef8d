import { env } from "@/env";

/** The server secret (NEXTAUTH_SECRET; required in production by src/env.js). */
export function serverSecret() {
  return env.NEXTAUTH_SECRET ?? "kept-development-secret-only";
}
