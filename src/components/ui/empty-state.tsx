import { cn } from "@/lib/cn";

/** What a list says when it has nothing to show. */
export function EmptyState({ className, children }: { className?: string; children: React.ReactNode }) {
  return <p className={cn("text-stone-600", className)}>{children}</p>;
}
