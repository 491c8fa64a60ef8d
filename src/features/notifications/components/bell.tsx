import Link from "next/link";

/** The header's way to /notifications: a bell and, when something is new or waiting, its count. */
export function NotificationBell({ count }: { count: number }) {
  const label = count === 0 ? "Notifications" : `Notifications: ${count} new or waiting on you`;
  return (
    <Link
      href="/notifications"
      aria-label={label}
      data-testid="bell"
      className="relative inline-flex size-11 items-center justify-center rounded-full text-stone-700 hover:bg-stone-100"
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className="size-6"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
      >
        <path d="M6 16V11a6 6 0 1 1 12 0v5l1.5 2h-15L6 16Z" strokeLinejoin="round" />
        <path d="M10 20a2 2 0 0 0 4 0" strokeLinecap="round" />
      </svg>
      {count > 0 ? (
        <span
          data-testid="bell-count"
          className="absolute end-0 top-0 min-w-5 rounded-full bg-sage-700 px-1 text-center text-xs font-semibold leading-5 text-white"
        >
          {count > 99 ? "99+" : count}
        </span>
      ) : null}
    </Link>
  );
}
