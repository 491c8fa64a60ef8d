import { describe, expect, it } from "vitest";
import { cn } from "./cn";

describe("cn", () => {
  it("lets a later class replace a conflicting one, our own colours included", () => {
    expect(cn("text-sm text-sage-700", "text-rose-700")).toBe("text-sm text-rose-700");
    expect(cn("px-4", false, undefined, "px-3")).toBe("px-3");
  });
});
