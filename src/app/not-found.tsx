import Link from "next/link";

export default function NotFound() {
  return (
    <div className="flex flex-col gap-4 py-8">
      <h1 className="text-2xl font-semibold text-stone-900">We couldn't find that page</h1>
      <p className="text-stone-700">It may have moved, or the link may be incomplete.</p>
      <Link href="/" className="text-sage-700 underline">
        Go to the start
      </Link>
    </div>
  );
}
