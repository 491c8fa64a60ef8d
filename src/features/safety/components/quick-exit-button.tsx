"use client";

import { useEffect } from "react";

/** Two presses of Escape within this many milliseconds leave the app. */
const DOUBLE_PRESS_MS = 1000;

/** Kept's own exit (src/app/api/exit/route.ts): clears this site's data, then the neutral site. */
const EXIT_PATH = "/api/exit";

/**
 * Replaces this page with a neutral site. `location.replace` swaps the current history entry, so
 * Back doesn't bring the page that was open back into view; the exit route drops this site's
 * caches and storage and sends no referrer.
 */
function leaveNow() {
  // location.replace has no referrer option: the document's own policy decides, so it changes
  // first (the exit route's no-referrer alone doesn't hold for the redirect's target).
  const noReferrer = document.createElement("meta");
  noReferrer.name = "referrer";
  noReferrer.content = "no-referrer";
  document.head.append(noReferrer);
  document.title = "";
  document.body.style.visibility = "hidden";
  window.location.replace(EXIT_PATH);
}

/** Whether some text field holds typed text that would be lost (Escape also closes and clears). */
function hasUnsavedText() {
  const fields = document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
    "textarea, input:not([type]), input[type=text], input[type=search], input[type=email], input[type=url]",
  );
  const active = document.activeElement;
  for (const field of fields) {
    // Typed since the page loaded, or being written in now (a controlled field keeps its
    // default in step with its value).
    if (field.value !== field.defaultValue || (field === active && field.value.trim() !== "")) return true;
  }
  return active instanceof HTMLElement && active.isContentEditable && (active.textContent ?? "") !== "";
}

export function QuickExitButton() {
  useEffect(() => {
    let last = 0;
    function onKey(event: KeyboardEvent) {
      if (event.key !== "Escape") return;
      // Never while someone is writing: a stray double Escape must not throw their words away.
      if (hasUnsavedText()) {
        last = 0;
        return;
      }
      const now = event.timeStamp;
      if (last && now - last < DOUBLE_PRESS_MS) leaveNow();
      last = now;
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
  return (
    // A plain link works before the page's script has loaded; the click handler replaces the
    // history entry instead of adding one.
    <a
      href={EXIT_PATH}
      rel="noreferrer noopener"
      referrerPolicy="no-referrer"
      title="Leaves Kept at once for a neutral site (or press Escape twice)"
      className="inline-flex min-h-11 items-center rounded-full bg-stone-800 px-3 font-medium text-white hover:bg-stone-900"
      onClick={(event) => {
        event.preventDefault();
        leaveNow();
      }}
    >
      Quick exit
    </a>
  );
}
