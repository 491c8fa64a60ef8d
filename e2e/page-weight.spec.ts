import { writeFileSync } from "node:fs";
import { pageWeight } from "../bench/http/client";
import { link } from "./couple";
import { expect, secondPerson, test } from "./fixtures";

// `PAGE_WEIGHTS=1 npx playwright test e2e/page-weight.spec.ts`: the first-load JavaScript of every
// page (gzipped, as the HTTP bench weighs it), written to bench/page-weights.json for
// docs/performance.md. Skipped in the normal e2e run.

test.skip(!process.env.PAGE_WEIGHTS, "only when asked for");

test("first-load JS of every page", async ({ browser, page, context, user, baseURL }) => {
  test.setTimeout(120_000);
  const b = await secondPerson(browser, "Sam");
  await link(page, b.page, user.name);
  const res = await context.request.post("/api/trpc/commitment.create", {
    data: { json: { title: "Walk", who: "me", cadence: { kind: "daily" } } },
  });
  const id = ((await res.json()) as { result: { data: { json: { id: string } } } }).result.data.json.id;
  const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const signedIn = [
    "/home",
    "/today",
    "/commitments",
    `/commitments/${id}`,
    "/boundaries",
    "/dashboard",
    "/notifications",
    "/settings",
    "/help",
  ];
  const weights = [];
  for (const path of ["/", "/sign-in", "/sign-up"])
    weights.push(await pageWeight(baseURL ?? "", path, path, ".next"));
  for (const path of signedIn) {
    weights.push(await pageWeight(baseURL ?? "", path.replace(id, "[id]"), path, ".next", cookie));
  }
  for (const w of weights) expect(w.status, w.page).toBe(200);
  writeFileSync(
    "bench/page-weights.json",
    `${JSON.stringify(
      weights.map((w) => ({
        page: w.page,
        files: w.files,
        kB: Math.round(w.gzipBytes / 100) / 10,
        chunks: w.chunks.map((c) => `${c.file} ${Math.round(c.gzipBytes / 100) / 10}`),
      })),
      null,
      2,
    )}\n`,
  );
  await b.context.close();
});
