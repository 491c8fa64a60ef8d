// Line icons for the navigation (24×24, stroke). An entry without one of these gets "dot".
const PATHS = {
  home: "M4 11.5 12 5l8 6.5V20a1 1 0 0 1-1 1h-4.5v-5.5h-5V21H5a1 1 0 0 1-1-1v-8.5Z",
  today: "M5 6h14v14H5zM5 10h14M9 3.5V7M15 3.5V7M9 15l2 2 4-4",
  boundaries: "M12 3.5 19 6v5.5c0 4.5-3 7.8-7 9-4-1.2-7-4.5-7-9V6l7-2.5Z",
  consistency: "M4.5 19.5h15M7 16v-4M12 16V7M17 16v-7",
  commitments: "M8 6.5h11M8 12h11M8 17.5h11M4.5 6.5h.01M4.5 12h.01M4.5 17.5h.01",
  settings:
    "M12 9a3 3 0 1 0 0 6 3 3 0 0 0 0-6ZM12 3v2.5M12 18.5V21M3 12h2.5M18.5 12H21M5.6 5.6l1.8 1.8M16.6 16.6l1.8 1.8M5.6 18.4l1.8-1.8M16.6 7.4l1.8-1.8",
  help: "M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18ZM9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.6v.6M12 17h.01",
  more: "M5 12h.01M12 12h.01M19 12h.01",
  dot: "M12 10a2 2 0 1 0 0 4 2 2 0 0 0 0-4Z",
} as const;

export type NavIconName = keyof typeof PATHS;

export function NavIcon({ name, className }: { name: NavIconName; className?: string }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      className={className ?? "size-6"}
      // Icons that point along the line of reading are mirrored on right-to-left pages: by name,
      // in src/app/globals.css (no code of their own in every page's first-load script).
      data-icon={name}
      fill="none"
      stroke="currentColor"
      strokeWidth={name === "more" ? 3 : 1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
