import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./safe-redirect";

describe("safeCallbackPath", () => {
  it.each(["/home", "/settings?tab=1", "/invite/abc#x"])("keeps the same-origin path %s", (p) => {
    expect(safeCallbackPath(p)).toBe(p);
  });

  it.each([
    null,
    "",
    "https://evil.test",
    "//evil.test",
    "/\\evil.test",
    "\\\\evil.test",
    "javascript:alert(1)",
    "/\tevil",
    "home",
  ])("falls back for %j", (p) => {
    expect(safeCallbackPath(p)).toBe("/home");
  });
});
