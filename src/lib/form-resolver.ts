import { zodResolver } from "@hookform/resolvers/zod";
import type { FieldError, FieldValues, Resolver } from "react-hook-form";
import type { z } from "zod";

/**
 * A procedure's own zod schema as a form's resolver, with this form's words for some fields'
 * messages: the schema speaks to any client ("your partner"), the form can name the partner or
 * the choices it shows.
 */
export function zodFormResolver<Input extends FieldValues, Output>(
  schema: z.ZodType<Output, Input>,
  messages: Partial<Record<keyof Input & string, string>> = {},
): Resolver<Input, unknown, Output> {
  const resolve = zodResolver(schema);
  return async (values, context, options) => {
    const result = await resolve(values, context, options);
    const errors = result.errors as Partial<Record<string, FieldError>>;
    for (const [field, message] of Object.entries(messages)) {
      const error = errors[field];
      if (error && message) error.message = message;
    }
    return result;
  };
}
