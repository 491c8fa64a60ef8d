"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { isCurrent, NAV_ENTRIES, NAV_GROUPS, type NavEntry, type NavGroup } from "@/components/nav-entries";
import { NavIcon } from "@/components/nav-icons";
import { SignOutButton } from "@/features/auth/components/sign-out-button";

// Plain class strings, not cn(): this file is on every page, and cn() would bring tailwind-merge
// (about 9 kB gzipped) to pages that otherwise ship none of it (the dashboard, help, landing).
const join = (...classes: (string | false)[]) => classes.filter(Boolean).join(" ");

/** The entries of each group, in the list's order. */
const grouped = (entries: readonly NavEntry[]) =>
  (Object.keys(NAV_GROUPS) as NavGroup[])
    .map((group) => ({ group, entries: entries.filter((e) => e.group === group) }))
    .filter((g) => g.entries.length > 0);

/** Wide screens: every entry in a column beside the page, grouped, and Sign out at its end. */
export function SideNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" className="sticky top-20 hidden w-52 shrink-0 self-start py-6 md:block">
      {grouped(NAV_ENTRIES).map(({ group, entries }) => (
        <div key={group} className="mb-3">
          {group === "daily" ? null : (
            <p id={`side-${group}`} className="px-3 pb-1 text-xs font-semibold text-stone-500">
              {NAV_GROUPS[group]}
            </p>
          )}
          <ul
            aria-labelledby={group === "daily" ? undefined : `side-${group}`}
            className="flex flex-col gap-0.5"
          >
            {entries.map((e) => {
              const current = isCurrent(pathname, e);
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
                    <NavIcon name={e.icon} className="size-5 shrink-0" />
                    {e.label}
                  </Link>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
      <div className="border-t border-stone-200 px-2 pt-2 text-sm text-stone-700">
        <SignOutButton />
      </div>
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
  const moreCurrent = MORE.some((e) => isCurrent(pathname, e));

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
          className="absolute inset-x-2 bottom-full mb-2 max-h-[calc(100dvh-8rem)] overflow-y-auto rounded-2xl border border-stone-200 bg-white p-2 shadow-lg"
        >
          {grouped(MORE).map(({ group, entries }) => (
            <div key={group} className="border-b border-stone-100 pb-1 last:border-b-0">
              <p id={`more-${group}`} className="px-3 pt-2 pb-1 text-xs font-semibold text-stone-500">
                {NAV_GROUPS[group]}
              </p>
              <ul aria-labelledby={`more-${group}`} className="flex flex-col">
                {entries.map((e) => (
                  <li key={e.href}>
                    <Link
                      href={e.href}
                      aria-current={isCurrent(pathname, e) ? "page" : undefined}
                      className="flex min-h-12 items-center gap-3 rounded-lg px-3 text-stone-800 hover:bg-stone-50 aria-[current=page]:font-semibold aria-[current=page]:text-sage-700"
                    >
                      <NavIcon name={e.icon} className="size-5 shrink-0 text-sage-700" />
                      {e.label}
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          ))}
          <div className="px-3 pt-1 text-stone-800">
            <SignOutButton />
          </div>
        </div>
      ) : null}
      <ul className="mx-auto flex max-w-lg">
        {TABS.map((e) => {
          const current = isCurrent(pathname, e);
          return (
            <li key={e.href} className="flex flex-1">
              <Link
                href={e.href}
                aria-current={current ? "page" : undefined}
                className={join(item, current ? "font-semibold text-sage-700" : "text-stone-600")}
              >
                <NavIcon name={e.icon} />
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
