import { TRPCClientError } from "@trpc/client";

export type FieldErrors = Partial<Record<string, string[]>>;

type DescribedError = { message: string; fieldErrors: FieldErrors; code?: string };

/** The message and zod field errors of a failed call, in the shape our errorFormatter sends. */
export function describeTRPCError(error: unknown): DescribedError {
  if (error instanceof TRPCClientError) {
    const data = error.data as { code?: string; zodError?: { fieldErrors?: FieldErrors } | null } | undefined;
    return { message: error.message, fieldErrors: data?.zodError?.fieldErrors ?? {}, code: data?.code };
  }
  return { message: "We couldn't reach Kept. Check your connection and try again.", fieldErrors: {} };
}

/** What the page showed is out of date: the thing changed or went away meanwhile. */
export const isStale = (code: string | undefined) => code === "CONFLICT" || code === "NOT_FOUND";

/** The first message for each of the form's own fields (the server may name fields it doesn't show). */
export function formFieldErrors<TName extends string>(
  fieldErrors: FieldErrors,
  fields: readonly TName[],
): [TName, string][] {
  return fields.flatMap((field) => {
    const first = fieldErrors[field]?.[0];
    return first ? [[field, first] as [TName, string]] : [];
  });
}
