import { TRPCClientError } from "@trpc/client";
import { describe, expect, it } from "vitest";
import { describeTRPCError, formFieldErrors, isNetworkError, isStale } from "./errors";

describe("formFieldErrors", () => {
  it("keeps the first message of each field the form shows, in the form's order", () => {
    const errors = { note: ["Too long.", "Also this."], day: ["Not a date."], outcome: ["Choose one."] };
    expect(formFieldErrors(errors, ["outcome", "note", "excuseNote"])).toEqual([
      ["outcome", "Choose one."],
      ["note", "Too long."],
    ]);
  });

  it("skips fields with an empty list", () => {
    expect(formFieldErrors({ title: [] }, ["title"])).toEqual([]);
  });
});

describe("describeTRPCError", () => {
  it("reads our errorFormatter's code and field errors", () => {
    const error = new TRPCClientError("Some fields need attention.", {
      result: {
        error: {
          message: "Some fields need attention.",
          code: -32600,
          data: { code: "BAD_REQUEST", zodError: { formErrors: [], fieldErrors: { title: ["Too short."] } } },
        },
      },
    });
    expect(describeTRPCError(error)).toEqual({
      message: "Some fields need attention.",
      fieldErrors: { title: ["Too short."] },
      code: "BAD_REQUEST",
    });
  });

  it("gives our offline message for anything that isn't an answer from the server", () => {
    expect(describeTRPCError(new TypeError("Failed to fetch"))).toEqual({
      message: "We couldn't reach Kept. Check your connection and try again.",
      fieldErrors: {},
    });
  });

  it("never passes on 'Failed to fetch' wrapped by tRPC's client, nor a proxy's page", () => {
    const wrapped = TRPCClientError.from(new TypeError("Failed to fetch"));
    expect(isNetworkError(wrapped)).toBe(true);
    expect(describeTRPCError(wrapped).message).toBe(
      "We couldn't reach Kept. Check your connection and try again.",
    );
    const proxyPage = TRPCClientError.from(
      new SyntaxError("Unexpected token '<', \"<html>\" is not valid JSON"),
    );
    expect(describeTRPCError(proxyPage).message).not.toMatch(/Unexpected token|Failed to fetch/);
  });
});

describe("isStale", () => {
  it("is true for a conflict or a thing that went away, only", () => {
    expect([isStale("CONFLICT"), isStale("NOT_FOUND"), isStale("BAD_REQUEST"), isStale(undefined)]).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});
