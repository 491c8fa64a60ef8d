"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/** The main navigation's links, marking the current section for sight and for screen readers. */
export function NavLinks({ links }: { links: readonly { href: string; label: string }[] }) {
  const pathname = usePathname();
  return links.map((l) => {
    const current = pathname === l.href || pathname.startsWith(`${l.href}/`);
    return (
      <Link
        key={l.href}
        href={l.href}
        aria-current={current ? "page" : undefined}
        className={`inline-flex min-h-11 items-center px-1 hover:underline ${current ? "font-semibold text-sage-700" : ""}`}
      >
        {l.label}
      </Link>
    );
  });
}
