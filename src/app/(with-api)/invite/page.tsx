import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { CodeEntry } from "@/features/partners/components/code-entry";
import { requireUser } from "@/trpc/server";

export const metadata: Metadata = { title: "Enter an invitation code" };

export default async function InviteCodePage() {
  await requireUser("/invite");
  return (
    <div className="mx-auto flex max-w-lg flex-col gap-6">
      <h1 className="text-2xl font-semibold text-stone-900">Enter your partner's code</h1>
      <Card>
        <CodeEntry />
      </Card>
    </div>
  );
}
