"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { NavIcon, type NavIconName } from "@/components/nav-icons";
import { SignOutButton } from "@/features/auth/components/sign-out-button";

type NavEntry = {
  href: string;
  label: string;
  icon?: NavIconName;
  /** One of the phone's bottom tabs (keep it to four); the rest are under More. */
  tab?: boolean;
};

/**
 * Every place of the signed-in app, in order: the one list the phone's tab bar (with More) and the
 * wide screen's sidebar are built from. A new section is one line here.
 */
export const NAV_ENTRIES: readonly NavEntry[] = [
  { href: "/home", label: "Home", icon: "home", tab: true },
  { href: "/today", label: "Today", icon: "today", tab: true },
  { href: "/boundaries", label: "Boundaries", icon: "boundaries", tab: true },
  { href: "/dashboard", label: "Consistency", icon: "consistency", tab: true },
  { href: "/commitments", label: "Commitments", icon: "commitments" },
  { href: "/amends", label: "Amends" },
  { href: "/talk", label: "Weekly talk" },
  { href: "/repair", label: "What happened" },
  { href: "/quality-time", label: "Quality time" },
  { href: "/journey", label: "Journey" },
  { href: "/settings", label: "Settings", icon: "settings" },
  { href: "/help", label: "Help", icon: "help" },
];

const isCurrent = (pathname: string, href: string) => pathname === href || pathname.startsWith(`${href}/`);

// Plain class strings, not cn(): this file is on every page, and cn() would bring tailwind-merge
// (about 9 kB gzipped) to pages that otherwise ship none of it (the dashboard, help, landing).
const join = (...classes: (string | false)[]) => classes.filter(Boolean).join(" ");

/** Wide screens: every entry in a column beside the page, and Sign out at its end. */
export function SideNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" className="sticky top-20 hidden w-48 shrink-0 self-start py-6 md:block">
      <ul className="flex flex-col gap-1">
        {NAV_ENTRIES.map((e) => {
          const current = isCurrent(pathname, e.href);
          return (
            <li key={e.href}>
              <Link
                href={e.href}
                aria-current={current ? "page" : undefined}
                className={join(
                  "flex min-h-11 items-center gap-3 rounded-lg px-3 text-sm text-stone-700 hover:bg-white",
                  current && "bg-white font-semibold text-sage-700 shadow-sm",
                )}
              >
                <NavIcon name={e.icon ?? "dot"} className="size-5" />
                {e.label}
              </Link>
            </li>
          );
        })}
        <li className="mt-2 border-t border-stone-200 px-2 pt-2 text-sm text-stone-700">
          <SignOutButton />
        </li>
      </ul>
    </nav>
  );
}

const TABS = NAV_ENTRIES.filter((e) => e.tab);
const MORE = NAV_ENTRIES.filter((e) => !e.tab);

/** Phones: four tabs and More (the other entries and Sign out), fixed at the bottom, clear of the home bar. */
export function TabBar() {
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  const moreRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const moreCurrent = MORE.some((e) => isCurrent(pathname, e.href));

  // A new page closes the menu; Escape closes it and gives focus back to More.
  // biome-ignore lint/correctness/useExhaustiveDependencies: close on every navigation
  useEffect(() => setOpen(false), [pathname]);
  useEffect(() => {
    if (!open) return;
    panelRef.current?.querySelector<HTMLElement>("a, button")?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpen(false);
      moreRef.current?.focus();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [open]);

  // Labels stay on one line (the page's overflow-wrap: anywhere would split "Consistency").
  const item =
    "flex min-h-14 flex-1 flex-col items-center justify-center gap-0.5 whitespace-nowrap text-[11px] tracking-tight [overflow-wrap:normal]";
  return (
    <nav
      aria-label="Main"
      className="fixed inset-x-0 bottom-0 z-40 border-t border-stone-200 bg-white pb-[env(safe-area-inset-bottom)] md:hidden"
    >
      {open ? (
        <div
          ref={panelRef}
          id="more-menu"
          className="absolute inset-x-2 bottom-full mb-2 rounded-2xl border border-stone-200 bg-white p-2 shadow-lg"
        >
          <ul className="flex flex-col">
            {MORE.map((e) => (
              <li key={e.href}>
                <Link
                  href={e.href}
                  aria-current={isCurrent(pathname, e.href) ? "page" : undefined}
                  className="flex min-h-12 items-center gap-3 rounded-lg px-3 text-stone-800 hover:bg-stone-50 aria-[current=page]:font-semibold aria-[current=page]:text-sage-700"
                >
                  <NavIcon name={e.icon ?? "dot"} className="size-5" />
                  {e.label}
                </Link>
              </li>
            ))}
            <li className="border-t border-stone-100 px-3 pt-1 text-stone-800">
              <SignOutButton />
            </li>
          </ul>
        </div>
      ) : null}
      <ul className="mx-auto flex max-w-lg">
        {TABS.map((e) => {
          const current = isCurrent(pathname, e.href);
          return (
            <li key={e.href} className="flex flex-1">
              <Link
                href={e.href}
                aria-current={current ? "page" : undefined}
                className={join(item, current ? "font-semibold text-sage-700" : "text-stone-600")}
              >
                <NavIcon name={e.icon ?? "dot"} />
                {e.label}
              </Link>
            </li>
          );
        })}
        <li className="flex flex-1">
          <button
            ref={moreRef}
            type="button"
            aria-expanded={open}
            aria-controls="more-menu"
            onClick={() => setOpen((o) => !o)}
            className={join(item, moreCurrent || open ? "font-semibold text-sage-700" : "text-stone-600")}
          >
            <NavIcon name="more" />
            More
          </button>
        </li>
      </ul>
    </nav>
  );
}
