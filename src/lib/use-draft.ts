"use client";

import { useCallback, useEffect } from "react";
import type { FieldValues, Path, PathValue, UseFormReturn } from "react-hook-form";
import { hasEntry, onSessionStorage, readEntry, writeEntry } from "@/lib/device-storage";

// Typed text that isn't saved yet lives on this device only, so a reload, a closed tab or a phone
// that dropped the page doesn't lose it. It is kept in the session's sealed storage
// (src/lib/device-storage.ts): removed when the form is saved, unreadable once the session ends,
// and deleted by sign-out, Clear-Site-Data or the next page of another session.
const PREFIX = "draft:";

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
    let live = true;
    const restore = async () => {
      const saved = (await readEntry(PREFIX + key)) as Record<string, unknown> | null;
      if (!live || !saved || typeof saved !== "object") return;
      for (const f of fields) {
        const value = saved[f];
        // Text typed while the draft was being opened wins.
        if (typeof value === "string" && value !== initial[f] && String(getValues(f) ?? "") === initial[f]) {
          setValue(f, value as PathValue<T, Path<T>>, { shouldDirty: true });
        }
      }
    };
    void restore();
    const stop = onSessionStorage(() => void restore());
    const subscription = watch((values) => {
      const current = Object.fromEntries(
        fields.map((f) => [f, String((values as Record<string, unknown>)[f] ?? "")]),
      );
      // Only what differs from what the form started with is a draft.
      const differs = fields.some((f) => current[f] !== initial[f]);
      void writeEntry(PREFIX + key, differs ? current : null);
    });
    return () => {
      live = false;
      stop();
      subscription.unsubscribe();
    };
  }, [key, watch, setValue, getValues]);

  return useCallback(() => {
    if (key) void writeEntry(PREFIX + key, null);
  }, [key]);
}

/** True when a draft is kept under `key` (to reopen its form after a reload). */
export function hasDraft(key: string): boolean {
  return hasEntry(PREFIX + key);
}
