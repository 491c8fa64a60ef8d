import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/trpc/server";

export const metadata: Metadata = { title: "Home" };

export default async function HomePage() {
  const user = await requireUser("/home");
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-semibold text-stone-900">Hello, {user.name}</h1>
      <Card title="Your space">
        <p className="text-stone-700">
          This is where you and your partner will agree on boundaries, keep track of the commitments you make,
          and see your consistency over time.
        </p>
        <p className="mt-3 text-sm text-stone-500">
          Days are counted in your time zone, {user.timeZone.replaceAll("_", " ")}.{" "}
          <Link href="/settings" className="text-sage-700 underline">
            Change it in settings
          </Link>
          .
        </p>
      </Card>
    </div>
  );
}
