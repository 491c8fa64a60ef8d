import { describe, expect, it } from "vitest";
import {
  boundaryNotificationKind,
  isWanted,
  linkFor,
  NOTIFICATION_KIND_NAMES,
  NOTIFICATION_KINDS,
  parseChoices,
  retentionCutoff,
  sentenceParts,
} from "@/domain/notification/kinds";
import { allChoices, SWITCHABLE_KINDS, ZUpdateSettingsInput } from "@/domain/notification/schemas";

/** Kinds that nobody did: the system tells them. */
const SYSTEM_KINDS: string[] = [
  "sign-in-failures",
  "talk-day",
  "time-out-reminder",
  "time-out-ended",
  "boundary-review-due",
];

describe("notification kinds", () => {
  it("every kind has a sentence; those about a partner name the actor once", () => {
    for (const kind of NOTIFICATION_KIND_NAMES) {
      const parts = sentenceParts(kind);
      expect(parts.before + parts.after).not.toContain("{actor}");
      expect(parts.actor).toBe(!SYSTEM_KINDS.includes(kind));
    }
    expect(sentenceParts("unknown-kind")).toEqual({
      before: "Something changed in your account.",
      actor: false,
      after: "",
    });
  });

  it("answers needed are always on; partner check-ins are off by default", () => {
    expect(isWanted("boundary-proposed", {})).toBe(true);
    expect(isWanted("check-in-logged", {})).toBe(false);
    expect(isWanted("check-in-logged", { "check-in-logged": true })).toBe(true);
    expect(isWanted("boundary-agreed", { "boundary-agreed": false })).toBe(false);
    for (const kind of NOTIFICATION_KIND_NAMES) {
      if (NOTIFICATION_KINDS[kind].category === "answer-needed") expect(SWITCHABLE_KINDS).not.toContain(kind);
    }
  });

  it("stored choices: unknown kinds, unswitchable kinds and bad JSON are ignored", () => {
    expect(
      parseChoices('{"check-in-logged":true,"boundary-proposed":false,"nope":true,"boundary-agreed":"x"}'),
    ).toEqual({ "check-in-logged": true });
    expect(parseChoices("not json")).toEqual({});
    expect(parseChoices("[]")).toEqual({});
    expect(parseChoices(null)).toEqual({});
  });

  it("the settings input takes every switchable kind and nothing else", () => {
    expect(ZUpdateSettingsInput.safeParse({ choices: allChoices(true) }).success).toBe(true);
    expect(
      ZUpdateSettingsInput.safeParse({ choices: { ...allChoices(true), "boundary-proposed": false } })
        .success,
    ).toBe(false);
    expect(ZUpdateSettingsInput.safeParse({ choices: allChoices(true), extra: 1 }).success).toBe(false);
  });

  it("every boundary history entry maps to a kind", () => {
    const events = [
      "proposed",
      "edited",
      "countered",
      "agreed",
      "declined",
      "withdrawn",
      "revision-proposed",
      "revision-agreed",
      "revision-declined",
      "revision-withdrawn",
      "retire-proposed",
      "retired",
      "retire-declined",
      "retire-withdrawn",
    ];
    for (const event of events) expect(boundaryNotificationKind(event)).not.toBeNull();
    expect(boundaryNotificationKind("respected")).toBeNull();
  });

  it("links and retention", () => {
    expect(linkFor("boundary", "b1", "boundary-agreed")).toBe("/boundaries/b1");
    expect(linkFor("commitment", "c/1", "commitment-created")).toBe("/commitments/c%2F1");
    expect(linkFor(null, null, "sign-in-failures")).toBe("/settings");
    expect(linkFor("couple", "x", "partner-unlinked")).toBe("/home");
    const now = new Date("2026-03-31T12:00:00Z");
    expect(retentionCutoff(now).toISOString()).toBe("2025-12-31T12:00:00.000Z");
  });
});
