import { createElement as h } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { EmailField, PasswordField } from "@/components/ui/field";
import { defaultAttributes, isChosen, useAppForm } from "@/components/ui/use-app-form";

type Values = { name: string; on: boolean; off: boolean; day: number; owner: string; days: string[] };

function Fields({ defaults }: { defaults: Values }) {
  const { register, registerChoice } = useAppForm<Values>({ defaultValues: defaults });
  return h(
    "form",
    null,
    h("input", { "data-f": "name", ...register("name") }),
    h("input", { type: "checkbox", "data-f": "on", ...register("on") }),
    h("input", { type: "checkbox", "data-f": "off", ...register("off") }),
    h(
      "select",
      register("day", { valueAsNumber: true }),
      [0, 1, 2].map((d) => h("option", { key: d, value: d }, `day ${d}`)),
    ),
    ["mine", "yours"].map((o) => h("input", { key: o, type: "radio", ...registerChoice("owner", o) })),
    ["1", "2", "3"].map((d) => h("input", { key: d, type: "checkbox", ...registerChoice("days", d) })),
  );
}

function Errored() {
  const { field } = useAppForm<{ email: string; password: string }>({
    defaultValues: { email: "a@b.c", password: "" },
    errors: { password: { type: "too_small", message: "Use at least 8 characters." } },
  });
  return h(
    "form",
    null,
    h(EmailField, { id: "e", ...field("email") }),
    h(PasswordField, { id: "p", autoComplete: "new-password", ...field("password") }),
  );
}

describe("useAppForm", () => {
  // The server's HTML is what a person sees (and can click) before React hydrates: it must show
  // the saved values, not empty fields and unticked boxes.
  it("renders each field's default into the server's HTML", () => {
    const html = renderToString(
      h(Fields, {
        defaults: { name: "Alex", on: true, off: false, day: 2, owner: "yours", days: ["1", "3"] },
      }),
    );
    expect(html).toMatch(/<input data-f="name" name="name" value="Alex"\/>/);
    expect(html).toMatch(/<input type="checkbox" data-f="on" name="on" checked=""\/>/);
    expect(html).toMatch(/<input type="checkbox" data-f="off" name="off"\/>/);
    expect(html).toContain('<option value="2" selected="">day 2</option>');
    expect(html).toContain('<option value="1">day 1</option>');
    expect(html).toMatch(/<input type="radio" name="owner" checked="" value="yours"\/>/);
    expect(html).toMatch(/<input type="radio" name="owner" value="mine"\/>/);
    expect(html).toMatch(/<input type="checkbox" name="days" checked="" value="1"\/>/);
    expect(html).toMatch(/<input type="checkbox" name="days" value="2"\/>/);
    expect(html).toMatch(/<input type="checkbox" name="days" checked="" value="3"\/>/);
  });

  it("tells a box's default from a value's, and a chosen option from the others", () => {
    expect(defaultAttributes(true)).toEqual({ defaultChecked: true });
    expect(defaultAttributes("")).toEqual({ defaultValue: "" });
    expect(defaultAttributes(7)).toEqual({ defaultValue: 7 });
    expect(defaultAttributes(undefined)).toEqual({});
    expect(defaultAttributes(["a"])).toEqual({});
    expect(isChosen(["1", 3], "3")).toBe(true);
    expect(isChosen(2, "2")).toBe(true);
    expect(isChosen(undefined, "undefined")).toBe(false);
    expect(isChosen("mine", "yours")).toBe(false);
  });

  // `field` is what every form spreads onto a field: the registration and the error, so an error
  // can't be shown under one field while another's is registered.
  it("gives a field its own error, read with it by assistive technology", () => {
    const html = renderToString(h(Errored));
    expect(html).toMatch(/<input id="e" [^>]*type="email"[^>]*value="a@b.c"/);
    expect(html).not.toMatch(/<input id="e" [^>]*aria-invalid/);
    expect(html).toMatch(/<input id="p" aria-invalid="true" aria-describedby="p-error"[^>]*type="password"/);
    expect(html).toContain('<p id="p-error" class="text-sm text-rose-700">Use at least 8 characters.</p>');
  });
});
