"use client";

import { useCallback, useEffect } from "react";
import type { FieldValues, Path, PathValue, UseFormReturn } from "react-hook-form";

// Typed text that isn't saved yet lives on this device only (localStorage), so a reload, a closed
// tab or a phone that dropped the page doesn't lose it. It is removed when the form is saved and
// when this browser signs out (`clearDrafts`), so a shared device keeps nothing of it.
const PREFIX = "kept:draft:";

function read(key: string): Record<string, string> | null {
  try {
    const raw = window.localStorage.getItem(PREFIX + key);
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    return parsed && typeof parsed === "object" ? (parsed as Record<string, string>) : null;
  } catch {
    return null;
  }
}

function write(key: string, values: Record<string, string> | null) {
  try {
    if (values === null) window.localStorage.removeItem(PREFIX + key);
    else window.localStorage.setItem(PREFIX + key, JSON.stringify(values));
  } catch {
    // Storage full or disabled (private browsing): the form still works, only without a draft.
  }
}

/** Removes every draft of this browser (on sign-out). */
export function clearDrafts() {
  try {
    for (const key of Object.keys(window.localStorage)) {
      if (key.startsWith(PREFIX)) window.localStorage.removeItem(key);
    }
  } catch {
    // Nothing stored, nothing to clear.
  }
}

/**
 * Keeps the text `fields` of a form as a local draft under `key` (undefined: no draft): restored
 * when the form mounts, updated as the person types, removed by the returned `clear` once saved.
 */
export function useDraft<T extends FieldValues>(
  key: string | undefined,
  form: Pick<UseFormReturn<T>, "watch" | "setValue" | "getValues">,
  fields: readonly Path<T>[],
) {
  const { watch, setValue, getValues } = form;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the field list is fixed per form
  useEffect(() => {
    if (!key) return;
    const initial = Object.fromEntries(fields.map((f) => [f, String(getValues(f) ?? "")]));
    const saved = read(key);
    if (saved) {
      for (const f of fields) {
        const value = saved[f];
        if (typeof value === "string" && value !== initial[f]) {
          setValue(f, value as PathValue<T, Path<T>>, { shouldDirty: true });
        }
      }
    }
    const subscription = watch((values) => {
      const current = Object.fromEntries(
        fields.map((f) => [f, String((values as Record<string, unknown>)[f] ?? "")]),
      );
      // Only what differs from what the form started with is a draft.
      const differs = fields.some((f) => current[f] !== initial[f]);
      write(key, differs ? current : null);
    });
    return () => subscription.unsubscribe();
  }, [key, watch, setValue, getValues]);

  return useCallback(() => {
    if (key) write(key, null);
  }, [key]);
}

/** True when a draft is kept under `key` (to reopen its form after a reload). */
export function hasDraft(key: string): boolean {
  return read(key) !== null;
}
