import { describe, expect, it } from "vitest";
import { ZDisplayName, ZEmail, ZNewPassword, ZSignUpInput, ZTimeZone } from "./schemas";

describe("password policy", () => {
  it.each(["plumtree", "correct horse battery staple", "ünïcødé-pässwörd", "x".repeat(128)])(
    "accepts %s",
    (p) => {
      expect(ZNewPassword.safeParse(p).success).toBe(true);
    },
  );

  it.each([
    ["7 characters", "abcdefg", "Use at least 8 characters."],
    ["129 characters", "x".repeat(129), "Use at most 128 characters."],
    ["a common password", "password1", "This password is too common"],
    ["a common password in another case", "IloveYou", "This password is too common"],
  ])("refuses %s", (_label, p, message) => {
    const result = ZNewPassword.safeParse(p);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain(message);
  });
});

describe("email", () => {
  it("trims and lower-cases", () => {
    expect(ZEmail.parse("  Ada@Example.COM ")).toBe("ada@example.com");
  });
  it.each(["", "ada", "ada@", "@example.com", `${"a".repeat(250)}@x.io`])("refuses %j", (e) => {
    expect(ZEmail.safeParse(e).success).toBe(false);
  });
});

describe("time zone", () => {
  it.each(["UTC", "Europe/Berlin", "Asia/Kathmandu", "America/Argentina/Buenos_Aires"])("accepts %s", (z) => {
    expect(ZTimeZone.safeParse(z).success).toBe(true);
  });
  it.each(["", "Mars/Olympus", "GMT+99", "Europe/Berlin; DROP TABLE"])("refuses %j", (z) => {
    expect(ZTimeZone.safeParse(z).success).toBe(false);
  });
});

describe("sign-up input", () => {
  it("rejects unknown fields", () => {
    const base = { name: "A", email: "a@example.com", password: "long enough", timeZone: "UTC" };
    expect(ZSignUpInput.safeParse(base).success).toBe(true);
    expect(ZSignUpInput.safeParse({ ...base, sessionVersion: 5 }).success).toBe(false);
  });
});

describe("display name", () => {
  it("keeps real names in any script, normalised (NFC) and trimmed", () => {
    expect(ZDisplayName.parse("  Noa  ")).toBe("Noa");
    expect(ZDisplayName.parse("נועה")).toBe("נועה");
    expect(ZDisplayName.parse("🌻 Sam")).toBe("🌻 Sam");
    expect(ZDisplayName.parse("👩‍❤️‍👨")).toBe("👩‍❤️‍👨"); // joined by zero-width joiners
    // "é" typed as e + combining accent becomes the one character.
    expect(ZDisplayName.parse("Rene\u0301")).toBe("Ren\u00e9");
  });

  it.each([
    ["only zero-width characters", "\u200B\u200C\u200D\uFEFF", "visible"],
    ["only a combining mark", "\u0301", "visible"],
    ["a right-to-left override", "Sam\u202Egnp.exe", "text-direction"],
    ["a bidi isolate", "\u2067Sam\u2069", "text-direction"],
    ["a right-to-left mark", "Sam\u200F", "text-direction"],
    ["a NUL", "Sam\u0000", "control"],
    ["a line break", "Sam\nSmith", "control"],
    ["nothing but spaces", "   ", "Enter your name."],
  ])("refuses %s", (_what, name, message) => {
    const result = ZDisplayName.safeParse(name);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain(message);
  });
});
