import { TRPCClientError } from "@trpc/client";

export type FieldErrors = Partial<Record<string, string[]>>;

type DescribedError = { message: string; fieldErrors: FieldErrors; code?: string };

const OFFLINE_MESSAGE = "We couldn't reach Kept. Check your connection and try again.";

/**
 * True when the call never got an answer from our server: no network ("Failed to fetch"), the
 * connection dropped, or something in between answered with a page that isn't ours (a proxy's
 * 502). Our own errors always carry `data` from the errorFormatter.
 */
export function isNetworkError(error: unknown): boolean {
  if (error instanceof TRPCClientError) return error.data === undefined || error.data === null;
  return error instanceof TypeError;
}

/** The message and zod field errors of a failed call, in the shape our errorFormatter sends. */
export function describeTRPCError(error: unknown): DescribedError {
  if (error instanceof TRPCClientError && !isNetworkError(error)) {
    const data = error.data as { code?: string; zodError?: { fieldErrors?: FieldErrors } | null } | undefined;
    return { message: error.message, fieldErrors: data?.zodError?.fieldErrors ?? {}, code: data?.code };
  }
  // Never the browser's "Failed to fetch" or a parser's "Unexpected token <": our words.
  return { message: OFFLINE_MESSAGE, fieldErrors: {} };
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
