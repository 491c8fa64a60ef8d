"use client";

import { type UseMutationOptions, useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type Dispatch, type SetStateAction, useState, useTransition } from "react";
import type { FieldValues, Path, UseFormGetValues, UseFormSetError } from "react-hook-form";
import type { Notice } from "@/components/ui/alert";
import { describeTRPCError, type FieldErrors, formFieldErrors, isNetworkError, isStale } from "@/trpc/errors";

type NoticeState = [Notice | null, Dispatch<SetStateAction<Notice | null>>];

/** A notice that several mutations of one component share: `useAppMutation(…, { notice })`. */
export const useSharedNotice = (): NoticeState => useState<Notice | null>(null);

export type MutationResult<TData> =
  | { ok: true; data: TData }
  | { ok: false; code?: string; fieldErrors: FieldErrors; stale: boolean; offline: boolean };

type FormLike<TFieldValues extends FieldValues> = {
  setError: UseFormSetError<TFieldValues>;
  getValues: UseFormGetValues<TFieldValues>;
};

/** Shows the server's field errors beside the form's own fields. */
export function showFieldErrors<TFieldValues extends FieldValues>(
  form: FormLike<TFieldValues>,
  fieldErrors: FieldErrors,
) {
  const fields = Object.keys(form.getValues()) as Path<TFieldValues>[];
  for (const [field, message] of formFieldErrors(fieldErrors, fields)) form.setError(field, { message });
}

/**
 * The plumbing every mutation of ours shares: pending state (kept while the page refreshes),
 * a notice with our message, the server's field errors shown beside the form's fields, and a
 * refresh of the page's server components after a success, or when what it showed was stale
 * (CONFLICT, NOT_FOUND), so the person sees the latest state with the reason.
 */
export function useAppMutation<TData, TError, TVariables, TContext, TFieldValues extends FieldValues>(
  options: UseMutationOptions<TData, TError, TVariables, TContext>,
  config: {
    /** The react-hook-form whose fields show the server's field errors. */
    form?: FormLike<TFieldValues>;
    /** Refresh the page after a success and on a stale answer (default true). */
    refresh?: boolean;
    /** A notice shared with the component's other mutations, instead of one of its own. */
    notice?: NoticeState;
  } = {},
) {
  const { form, refresh = true } = config;
  const router = useRouter();
  const mutation = useMutation(options);
  const [transitioning, startTransition] = useTransition();
  const ownNotice = useSharedNotice();
  const [notice, setNotice] = config.notice ?? ownNotice;
  const refreshPage = () => startTransition(() => router.refresh());

  async function run(
    variables: TVariables,
    success?: string | ((data: TData) => string),
  ): Promise<MutationResult<TData>> {
    setNotice(null);
    try {
      const data = await mutation.mutateAsync(variables);
      const text = typeof success === "function" ? success(data) : success;
      if (text) setNotice({ tone: "success", text });
      if (refresh) refreshPage();
      return { ok: true, data };
    } catch (error) {
      const { message, fieldErrors, code } = describeTRPCError(error);
      setNotice({ tone: "error", text: message });
      if (form) showFieldErrors(form, fieldErrors);
      const stale = isStale(code);
      if (stale && refresh) refreshPage();
      return { ok: false, code, fieldErrors, stale, offline: isNetworkError(error) };
    }
  }

  return {
    run,
    notice,
    setNotice,
    /** True while the call runs and while the page that follows it loads. */
    pending: mutation.isPending || transitioning,
    /** Goes to another page, staying pending until it shows. */
    navigate: (href: string) => startTransition(() => router.push(href)),
  };
}
