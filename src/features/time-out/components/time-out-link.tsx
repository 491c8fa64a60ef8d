import Link from "next/link";

/** On every signed-in page, beside Get help: a time-out is one tap away when a conversation heats up. */
export function TimeOutLink() {
  return (
    <Link
      href="/time-out"
      className="inline-flex min-h-11 items-center whitespace-nowrap px-1 hover:underline"
      aria-label="Time-out: I need a break from this conversation"
    >
      Time-out
    </Link>
  );
}
