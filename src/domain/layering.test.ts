// The domain layer is pure rules: it imports other domain modules and libraries, nothing of the
// app (no `@/lib`, `@/server`, `@/features`, …), so it can be read and tested on its own.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";

const here = import.meta.dirname;

it("imports nothing of the app", () => {
  const files = readdirSync(here, { recursive: true, encoding: "utf8" }).filter((f) => /\.tsx?$/.test(f));
  expect(files.length).toBeGreaterThan(10);
  const offending = files.flatMap((file) =>
    [...readFileSync(path.join(here, file), "utf8").matchAll(/from "(@\/(?!domain\/)[^"]*)"/g)].map(
      (m) => `${file}: ${m[1]}`,
    ),
  );
  expect(offending).toEqual([]);
});
