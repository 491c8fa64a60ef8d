// Playwright's global teardown (issue #7, suite 3): after the whole e2e run, the production
// server's log (everything it wrote, pino's JSON lines with one per request, tee'd into
// E2E_SERVER_LOG) must hold none of what the specs typed: passwords, notes, boundary text.
import { existsSync, readFileSync } from "node:fs";

export const TYPED_BY_SPECS = [
  "calm passphrase", // every e2e password (fixtures.ts newUserData)
  "PRIVATE-e2e-only-for-me",
  "I texted from the train",
  "A message before 10 pm.",
  "Thank you, that helped.",
  "This matters to me.",
  "read each other's messages",
  "share passwords only if asked",
  "Phones away at dinner",
  "No phones on Saturday",
];

export default function checkServerLog() {
  const file = process.env.E2E_SERVER_LOG;
  if (!file || !existsSync(file))
    throw new Error(`the e2e server log is missing (${file ?? "E2E_SERVER_LOG unset"})`);
  const log = readFileSync(file, "utf8");
  if (!log.includes("Ready")) throw new Error(`${file} doesn't look like the server's log`);
  // The server's one JSON line per request (scripts/serve.mjs) is part of what is read here.
  if (!log.includes('"msg":"request"')) throw new Error(`${file} has no request lines`);
  const found = TYPED_BY_SPECS.filter((text) => log.includes(text));
  if (found.length)
    throw new Error(`the server log holds text the specs typed: ${found.join(", ")} (${file})`);
  process.stdout.write(
    `server log checked: none of ${TYPED_BY_SPECS.length} typed texts in ${log.length} bytes (${file})\n`,
  );
}
