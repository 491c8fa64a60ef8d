import { cn } from "@/lib/cn";

/** A person's own words: kept in their direction, wrapped anywhere, line breaks kept. */
export function UserText({ text, className }: { text: string; className?: string }) {
  return (
    <p dir="auto" className={cn("whitespace-pre-wrap text-stone-900 [overflow-wrap:anywhere]", className)}>
      {text}
    </p>
  );
}
