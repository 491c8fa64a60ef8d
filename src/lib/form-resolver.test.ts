import { describe, expect, it } from "vitest";
import { z } from "zod";
import { zodFormResolver } from "./form-resolver";

const schema = z.strictObject({
  kind: z.enum(["a", "b"], { error: "Pick a or b." }),
  note: z.string().max(3),
});
const options = { fields: {}, shouldUseNativeValidation: false };

describe("zodFormResolver", () => {
  it("gives the form's words for the fields it names, the schema's for the others", async () => {
    const resolve = zodFormResolver(schema, { kind: "Choose how it went." });
    const result = await resolve({ kind: "c" as "a", note: "long" }, undefined, options);
    expect(result.errors.kind?.message).toBe("Choose how it went.");
    expect(result.errors.note?.message).toMatch(/3/);
  });

  it("passes valid values through the schema", async () => {
    const result = await zodFormResolver(schema)({ kind: "a", note: "ok" }, undefined, options);
    expect(result).toEqual({ values: { kind: "a", note: "ok" }, errors: {} });
  });
});
