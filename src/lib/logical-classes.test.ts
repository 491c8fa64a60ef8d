// Right-to-left pages need logical utilities: `ms-`/`me-`, `ps-`/`pe-`, `start-`/`end-`,
// `text-start`/`text-end`, `border-s`/`border-e`, `rounded-s`/`rounded-e` follow the writing
// direction, where `ml-`, `pl-`, `left-`, `text-left`, `border-l`, `rounded-l`… stay on one side
// whatever the language. This fails when a physical one comes back anywhere in src.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const SRC = path.join(import.meta.dirname, "..");
const SKIP = new Set(["generated"]);

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(full);
    else if (/\.(tsx?|css)$/.test(entry.name) && !entry.name.endsWith(".test.ts")) yield full;
  }
}

// A Tailwind value: a number or fraction, a keyword of the spacing scale, or an arbitrary [value].
const VALUE = String.raw`(?:\d[\d./]*|px|auto|full|\[[^\]\s]+\])`;
const PHYSICAL = new RegExp(
  [
    `-?(?:scroll-)?[mp][lr]-${VALUE}`,
    `-?(?:left|right)-${VALUE}`,
    `(?:text|float|clear)-(?:left|right)`,
    String.raw`border-[lr](?:-[\w/[\].-]+)?`,
    String.raw`rounded-(?:[lr]|[tb][lr])(?:-[\w[\].]+)?`,
    `origin-(?:top-|bottom-)?(?:left|right)`,
  ]
    // A class stands alone or after its variants (`md:`, `focus:`); never inside a longer word.
    .map((c) => String.raw`(?<![\w-])(?:[\w[\]&=>*-]+:)*${c}(?![\w-])`)
    .join("|"),
  "g",
);

function physicalClasses(text: string) {
  return [...text.matchAll(PHYSICAL)].map((m) => m[0]);
}

describe("direction-neutral layout", () => {
  it("recognises the physical utilities, and not the logical ones or words", () => {
    expect(
      physicalClasses(
        `"ml-2 pr-4 focus:left-2 right-0 text-left md:border-l-2 rounded-r-lg -mr-1 pl-[3px] sm:text-right"`,
      ),
    ).toEqual([
      "ml-2",
      "pr-4",
      "focus:left-2",
      "right-0",
      "text-left",
      "md:border-l-2",
      "rounded-r-lg",
      "-mr-1",
      "pl-[3px]",
      "sm:text-right",
    ]);
    expect(
      physicalClasses(
        `"ms-2 pe-4 start-2 end-0 text-start border-s-2 rounded-e-lg" a right-to-left name, left-over`,
      ),
    ).toEqual([]);
  });

  it("src uses no physical left/right utility", () => {
    const found = [...sourceFiles(SRC)].flatMap((file) =>
      physicalClasses(readFileSync(file, "utf8")).map((c) => `${path.relative(SRC, file)}: ${c}`),
    );
    expect(found).toEqual([]);
  });
});
