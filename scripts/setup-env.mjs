#!/usr/bin/env node
// First start on a new machine: creates .env from .env.example with a fresh NEXTAUTH_SECRET.
// An existing .env is never touched.
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const target = join(root, ".env");
if (!existsSync(target)) {
  const secret = randomBytes(32).toString("base64");
  const text = readFileSync(join(root, ".env.example"), "utf8").replace(
    /^NEXTAUTH_SECRET=.*$/m,
    `NEXTAUTH_SECRET="${secret}"`,
  );
  writeFileSync(target, text, { mode: 0o600 });
  console.log("Created .env from .env.example with a new NEXTAUTH_SECRET.");
}
