import Link from "next/link";
import { Card } from "@/components/ui/card";

/** Shown on couple pages to someone who isn't linked (yet, or any more). */
export function LinkFirst({ children }: { children: React.ReactNode }) {
  return (
    <Card title="Link with your partner first">
      <p className="text-stone-700">{children}</p>
      <Link href="/home" className="mt-4 inline-block text-sage-700 underline">
        Go to your home to link
      </Link>
    </Card>
  );
}
