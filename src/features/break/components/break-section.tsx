"use client";

import { NoticeAlert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Form } from "@/components/ui/form";
import { useAppForm } from "@/components/ui/use-app-form";
import { type TStartBreak, ZStartBreak } from "@/domain/break/break";
import { formatDay } from "@/domain/commitment/format-day";
import { zodFormResolver } from "@/lib/form-resolver";
import { useTRPC } from "@/trpc/react";
import { useAppMutation } from "@/trpc/use-app-mutation";

type Mine = { from: string; until: string; note: string | null } | null;

/** Start a break (1–30 days, an optional note for the partner), or end one's own early. */
export function BreakSection({ mine, partnerName }: { mine: Mine; partnerName: string }) {
  const trpc = useTRPC();
  const form = useAppForm<{ days: number; note?: string }, unknown, TStartBreak>({
    resolver: zodFormResolver(ZStartBreak),
    defaultValues: { days: 7, note: "" },
  });
  const start = useAppMutation(trpc.sharingBreak.start.mutationOptions(), { form });
  const end = useAppMutation(trpc.sharingBreak.end.mutationOptions());

  if (mine) {
    return (
      <div className="flex flex-col gap-3">
        <p className="text-stone-800" data-testid="my-break">
          You're taking a break until {formatDay(mine.until, { weekday: undefined })}.{" "}
          <bdi>{partnerName}</bdi> sees that, and none of your check-ins, notes or figures for these days.
        </p>
        <NoticeAlert notice={end.notice} />
        <Button variant="secondary" className="self-start" pending={end.pending} onClick={() => end.run()}>
          End my break now
        </Button>
      </div>
    );
  }
  const { field } = form;
  // Folded by default: most days nobody needs it, and an open form on every Home reads as a hint.
  return (
    <details className="group" open={form.formState.isDirty || undefined}>
      <summary className="flex min-h-11 cursor-pointer items-center text-sm font-medium text-sage-700 underline">
        Need some room? Take a break
      </summary>
      <Form
        onSubmit={form.handleSubmit((values) => start.run(values, "Your break has started."))}
        className="mt-2 flex flex-col gap-4"
      >
        <p className="text-sm text-stone-700">
          Need some room? For the days you choose, <bdi>{partnerName}</bdi> sees only that you're taking a
          break and until when: not your check-ins, notes or figures. Those days count for neither of you, and
          reminders stop. You can end it early; nothing else changes.
        </p>
        <NoticeAlert notice={start.notice} />
        <TextField
          label="How many days (1–30)"
          type="number"
          inputMode="numeric"
          min={1}
          max={30}
          {...field("days", { valueAsNumber: true })}
        />
        <TextField
          label={`A note for ${partnerName} (optional)`}
          maxLength={300}
          dir="auto"
          {...field("note")}
        />
        <Button type="submit" variant="secondary" pending={start.pending} className="self-start">
          Take a break
        </Button>
      </Form>
    </details>
  );
}
