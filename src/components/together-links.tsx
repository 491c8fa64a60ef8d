import Link from "next/link";
import { NAV_ENTRIES } from "@/components/nav-entries";
import { NavIcon } from "@/components/nav-icons";

/** The repair half of Kept, one tap from wherever this is shown (Home, Journey). */
export function TogetherLinks({ exclude }: { exclude?: string }) {
  const entries = NAV_ENTRIES.filter((e) => e.group === "together" && e.href !== exclude);
  return (
    <ul aria-label="Repair together" className="flex flex-col">
      {entries.map((e) => (
        <li key={e.href}>
          <Link
            href={e.href}
            className="flex min-h-11 items-center gap-2 rounded-lg px-2 text-sm font-medium text-sage-700 hover:bg-sage-50"
          >
            <NavIcon name={e.icon} className="size-5 shrink-0" />
            {e.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
