"use client";

import { useEffect } from "react";

/** Two presses of Escape within this many milliseconds leave the app. */
const DOUBLE_PRESS_MS = 1000;

/**
 * Replaces this page with a neutral site. `location.replace` swaps the current history entry, so
 * Back doesn't bring the page that was open back into view.
 */
function leaveNow(href: string) {
  document.title = "";
  document.body.style.visibility = "hidden";
  window.location.replace(href);
}

export function QuickExitButton({ href }: { href: string }) {
  useEffect(() => {
    let last = 0;
    function onKey(event: KeyboardEvent) {
      if (event.key !== "Escape") return;
      const now = event.timeStamp;
      if (last && now - last < DOUBLE_PRESS_MS) leaveNow(href);
      last = now;
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [href]);
  return (
    // A plain link works before the page's script has loaded; the click handler replaces the
    // history entry instead of adding one.
    <a
      href={href}
      rel="noreferrer noopener"
      referrerPolicy="no-referrer"
      title="Leaves Kept at once for a neutral site (or press Escape twice)"
      className="inline-flex min-h-11 items-center rounded-full bg-stone-800 px-3 font-medium text-white hover:bg-stone-900"
      onClick={(event) => {
        event.preventDefault();
        leaveNow(href);
      }}
    >
      Quick exit
    </a>
  );
}
