import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { belongsElsewhere } from "@/lib/belongs-elsewhere";

describe("belongsElsewhere", () => {
  it("sends a signed-in person Home from the visitors' pages only", () => {
    for (const url of ["/", "/sign-in", "/sign-in?callbackUrl=%2Ftoday", "/sign-up"])
      expect(belongsElsewhere(url, true), url).toBe("/home");
    for (const url of ["/home", "/help", "/invite/abc", "/get-help", "/sign-inx"])
      expect(belongsElsewhere(url, true), url).toBeNull();
  });

  it("sends a visitor to sign in, then back to the page and its query", () => {
    expect(belongsElsewhere("/today?day=2026-01-02", false)).toBe(
      `/sign-in?callbackUrl=${encodeURIComponent("/today?day=2026-01-02")}`,
    );
    expect(belongsElsewhere("/boundaries/b1", false)).toBe("/sign-in?callbackUrl=%2Fboundaries%2Fb1");
    for (const url of ["/", "/sign-in", "/help", "/invite/abc", "/c/token", "/homework", "/reset-password/x"])
      expect(belongsElsewhere(url, false), url).toBeNull();
  });

  it("knows every page that requires a signed-in person", () => {
    const app = path.join(process.cwd(), "src/app");
    const pages = readdirSync(app, { recursive: true, encoding: "utf8" }).filter(
      (file) =>
        file.endsWith("page.tsx") && readFileSync(path.join(app, file), "utf8").includes("requireUser("),
    );
    expect(pages.length).toBeGreaterThan(10);
    for (const file of pages) {
      // The URL of the page, with a sample value for each dynamic segment.
      const url = `/${path.dirname(file)}`
        .split("/")
        .filter((part) => !/^\(.*\)$/.test(part))
        .map((part) => (/^\[.*\]$/.test(part) ? "x" : part))
        .join("/");
      expect(belongsElsewhere(url, false), `${file} (add it to SIGNED_IN_ONLY)`).not.toBeNull();
    }
  });
});
