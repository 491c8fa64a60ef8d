import fc from "fast-check";
import { link } from "./couple";
import { createAccount, expect, newUserData, signInOverHttp, test } from "./fixtures";
import { PROCEDURES } from "./procedures";

// Issue #7, suite 2, over real HTTP: 20 malformed inputs per procedure sent to the production
// server as a signed-in, linked person. Every input is invalid for every procedure whatever its
// schema (all schemas are strict objects, or take nothing): anything that isn't a plain object,
// or an object carrying a field no procedure accepts (userId, coupleId, version, …). Every answer
// must be 4xx, and no body may mention the database, SQL, a stack frame or a file path.
const PER_PROCEDURE = 20;
const LEAKS = /prisma|sqlite|postgres|SELECT |INSERT |at .+\(|\/work\/|node_modules|\.ts:\d+|\.js:\d+/i;
const FORBIDDEN_KEYS = [
  "userId",
  "coupleId",
  "version",
  "ownerId",
  "createdById",
  "sessionVersion",
  "isAdmin",
];

const malformed = fc.oneof(
  fc
    .anything({ withBigInt: false, withBoxedValues: false })
    .filter((v) => v !== undefined && (v === null || typeof v !== "object" || Array.isArray(v))),
  fc
    .tuple(
      fc.constantFrom(...FORBIDDEN_KEYS),
      fc.anything({ withBigInt: false }),
      fc.dictionary(fc.string(), fc.anything({ withBigInt: false })),
    )
    .map(([key, value, rest]) => ({ ...rest, [key]: value ?? "x" })),
  fc.constantFrom(
    "x".repeat(100_000),
    "👩‍❤️‍👨".repeat(2000),
    "\u0000",
    "\u202E",
    "-0001-01-01",
    "9999-12-31",
    -1,
    1e308,
  ),
);

test("every procedure answers 20 malformed inputs with 4xx over HTTP, never 5xx or internals", async ({
  browser,
  page,
  context,
  user,
}) => {
  test.setTimeout(180_000);
  // A partner, so couple procedures get as far as reading their input.
  const partnerContext = await browser.newContext();
  const partner = newUserData("Sam");
  await createAccount(partnerContext.request, partner);
  await signInOverHttp(partnerContext, partner);
  await link(page, await partnerContext.newPage(), user.name);

  let sent = 0;
  for (const [path, kind] of Object.entries(PROCEDURES)) {
    const seed = [...path].reduce((h, c) => (h * 31 + c.charCodeAt(0)) | 0, 11);
    const inputs = fc.sample(malformed, { numRuns: PER_PROCEDURE, seed });
    for (let i = 0; i < inputs.length; i += 10) {
      await Promise.all(
        inputs.slice(i, i + 10).map(async (input) => {
          const json = JSON.stringify({ json: input });
          const res =
            kind === "query"
              ? await context.request.get(`/api/trpc/${path}?input=${encodeURIComponent(json)}`, {
                  failOnStatusCode: false,
                })
              : await context.request.post(`/api/trpc/${path}`, {
                  data: json,
                  headers: { "content-type": "application/json" },
                  failOnStatusCode: false,
                });
          const label = `${path} ${json.slice(0, 120)}`;
          expect(res.status(), label).toBeGreaterThanOrEqual(400);
          expect(res.status(), label).toBeLessThan(500);
          expect(await res.text(), label).not.toMatch(LEAKS);
          sent++;
        }),
      );
    }
  }
  expect(sent).toBe(PER_PROCEDURE * Object.keys(PROCEDURES).length);
  // Still linked, still signed in: nothing was changed by any of it.
  expect((await context.request.get("/api/trpc/couple.get")).status()).toBe(200);
  process.stdout.write(
    `hostile input over HTTP: ${sent} requests, ${Object.keys(PROCEDURES).length} procedures, all 4xx\n`,
  );
  await partnerContext.close();
});
