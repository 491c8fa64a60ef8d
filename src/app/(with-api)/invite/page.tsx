import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { CodeEntry } from "@/features/partners/components/code-entry";
import { requireUser } from "@/trpc/server";

export const metadata: Metadata = { title: "Enter an invitation code" };

export default async function InviteCodePage() {
  await requireUser("/invite");
  return (
    <div className="mx-auto flex max-w-lg flex-col gap-6">
      <PageHeader title="Enter your partner's code" />
      <Card>
        <CodeEntry />
      </Card>
    </div>
  );
}
