import Link from "next/link";
import { QuickExitButton } from "@/features/safety/components/quick-exit-button";

/**
 * The safety controls of every signed-in page: "Get help" and "Quick exit" (also Escape twice).
 * Mounted once in the root layout; the neutral address comes from QUICK_EXIT_URL (src/app/api/exit).
 */
export function QuickExit() {
  return (
    <div className="flex items-center gap-2 text-sm">
      <Link href="/get-help" className="inline-flex min-h-11 items-center px-1 hover:underline">
        Get help
      </Link>
      <QuickExitButton />
    </div>
  );
}
