"use client";

import { useState } from "react";
import { NoticeAlert } from "@/components/ui/alert";
import type { TTheme } from "@/domain/user/theme";
import { useTRPC } from "@/trpc/react";
import { useAppMutation } from "@/trpc/use-app-mutation";

const CHOICES: { theme: TTheme; label: string; hint: string }[] = [
  {
    theme: "system",
    label: "Same as this device",
    hint: "Light or dark as the device is set, changing with it.",
  },
  { theme: "light", label: "Light", hint: "Always light pages." },
  { theme: "dark", label: "Dark", hint: "Always dark pages: easier in the evening." },
];

/** Applies at once (the page turns as the choice is made) and is kept for the person's every device. */
export function ThemeSettings({ theme }: { theme: TTheme }) {
  const trpc = useTRPC();
  const [chosen, setChosen] = useState(theme);
  const save = useAppMutation(trpc.user.setTheme.mutationOptions());

  async function choose(next: TTheme) {
    const before = chosen;
    setChosen(next);
    document.documentElement.dataset.theme = next;
    const result = await save.run({ theme: next }, "Saved.");
    if (!result.ok) {
      setChosen(before);
      document.documentElement.dataset.theme = before;
    }
  }

  return (
    <div className="flex flex-col gap-3">
      <NoticeAlert notice={save.notice} />
      <fieldset className="flex flex-col gap-1">
        <legend className="mb-1 font-medium text-stone-900">Pages</legend>
        {CHOICES.map((c) => (
          <label key={c.theme} className="flex min-h-11 items-start gap-3 py-1 text-sm text-stone-800">
            <input
              type="radio"
              name="theme"
              value={c.theme}
              checked={chosen === c.theme}
              onChange={() => void choose(c.theme)}
              className="mt-0.5 size-5 shrink-0 accent-sage-600"
            />
            <span>
              <span className="block font-medium">{c.label}</span>
              <span className="block text-stone-600">{c.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
    </div>
  );
}
