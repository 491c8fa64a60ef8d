// The HTTP bench's constant route is not part of the product: without KEPT_BENCH (set only by the
// bench for the server it starts, bench/http/server.ts) it answers 404. The bench smoke test
// (bench-smoke.test.ts) covers the other side: with the flag, the bench gets its 2xx answers.
import { expect, it } from "vitest";
import { GET } from "@/app/api/bench/constant/route";

it("is a 404 unless the bench started the server", async () => {
  expect(process.env.KEPT_BENCH).toBeUndefined();
  const response = GET();
  expect(response.status).toBe(404);
  expect(await response.text()).not.toContain("ok");
});
