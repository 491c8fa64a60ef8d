"use client";

import {
  type FieldPath,
  type FieldValues,
  get,
  type RegisterOptions,
  type UseFormProps,
  type UseFormRegisterReturn,
  type UseFormReturn,
  useForm,
} from "react-hook-form";

/** What a field needs in the server's HTML to show its default before React has hydrated. */
type DefaultAttributes = { defaultValue?: string | number; defaultChecked?: boolean };

/** Whether a value in the form's defaults is this choice (one radio, or one box of a group). */
export function isChosen(value: unknown, choice: string): boolean {
  if (Array.isArray(value)) return value.some((v) => String(v) === choice);
  return value !== undefined && value !== null && String(value) === choice;
}

/** The HTML defaults of a single field: a box for a boolean, a value for text, a number or a date. */
export function defaultAttributes(value: unknown): DefaultAttributes {
  if (typeof value === "boolean") return { defaultChecked: value };
  if (typeof value === "string" || typeof value === "number") return { defaultValue: value };
  return {};
}

export type AppFormReturn<T extends FieldValues, C = unknown, TT = T> = Omit<
  UseFormReturn<T, C, TT>,
  "register"
> & {
  /** react-hook-form's register, plus the field's value as HTML (defaultValue/defaultChecked). */
  register: <N extends FieldPath<T>>(
    name: N,
    options?: RegisterOptions<T, N>,
  ) => UseFormRegisterReturn<N> & DefaultAttributes;
  /** One radio of a group, or one box of a group whose value is an array: its value and whether it starts chosen. */
  registerChoice: <N extends FieldPath<T>>(
    name: N,
    choice: string,
    options?: RegisterOptions<T, N>,
  ) => UseFormRegisterReturn<N> & { value: string; defaultChecked: boolean };
  /** `register` plus the field's error message: everything one of our fields takes, spread onto it. */
  field: <N extends FieldPath<T>>(
    name: N,
    options?: RegisterOptions<T, N>,
  ) => UseFormRegisterReturn<N> & DefaultAttributes & { error?: string };
};

/**
 * Every form of ours uses this instead of react-hook-form's `useForm`. react-hook-form puts the
 * default values into the fields only once React has hydrated: the server's HTML would show every
 * field empty and every box unticked until then (a saved "on" setting looking "off", and a click in
 * that moment acting on the wrong state). This register also writes the default into the HTML,
 * which react-hook-form then reads as the field's starting value.
 */
export function useAppForm<T extends FieldValues, C = unknown, TT = T>(
  props: UseFormProps<T, C, TT>,
): AppFormReturn<T, C, TT> {
  const form = useForm<T, C, TT>(props);
  // The form's current values: its defaults in the server's HTML and at hydration. Not the
  // defaults later on: react-hook-form reads a box drawn anew with `defaultChecked` from the page,
  // so a box redrawn after a change (the days of a cadence shown again) must start as it is now.
  const current: unknown = form.getValues();
  const register: AppFormReturn<T, C, TT>["register"] = (name, options) => ({
    ...form.register(name, options),
    ...defaultAttributes(get(current, name)),
  });
  return {
    ...form,
    register,
    field: (name, options) => ({
      ...register(name, options),
      error: (get(form.formState.errors, name) as { message?: string } | undefined)?.message,
    }),
    registerChoice: (name, choice, options) => ({
      ...form.register(name, options),
      value: choice,
      defaultChecked: isChosen(get(current, name), choice),
    }),
  };
}
