import { cn } from "@/lib/cn";

const tones = {
  error: { role: "alert", style: "border-rose-200 bg-rose-50 text-rose-900" },
  success: { role: "status", style: "border-sage-200 bg-sage-50 text-sage-800" },
  /** Standing information about the page, e.g. that it is a read-only archive. */
  note: { role: "note", style: "border-stone-300 bg-stone-50 text-stone-800" },
} as const;

type AlertTone = keyof typeof tones;

export function Alert({ tone = "error", children }: { tone?: AlertTone; children: React.ReactNode }) {
  return (
    <div role={tones[tone].role} className={cn("rounded-lg border px-3 py-2 text-sm", tones[tone].style)}>
      {children}
    </div>
  );
}

export type Notice = { tone: "error" | "success"; text: string };

/** The outcome of the last action, when there is one. */
export function NoticeAlert({ notice }: { notice: Notice | null }) {
  return notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null;
}
