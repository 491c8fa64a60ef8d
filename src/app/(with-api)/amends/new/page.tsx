import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { AmendsForm } from "@/features/amends/components/amends-form";
import { AMENDS_GUIDANCE } from "@/features/amends/components/guidance";
import { LinkFirst } from "@/features/partners/components/link-first";
import { getCaller, requireUser } from "@/trpc/server";

export const metadata: Metadata = { title: "Write an amends" };

export default async function NewAmendsPage() {
  await requireUser("/amends/new");
  const couple = await (await getCaller()).couple.get().catch((error: unknown) => {
    if (error instanceof TRPCError && error.code === "NOT_FOUND") return null;
    throw error;
  });
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title="Write an amends" back={{ href: "/amends", label: "All amends" }}>
        <p className="text-stone-700">{AMENDS_GUIDANCE.intro}</p>
      </PageHeader>
      {couple ? (
        <Card>
          <AmendsForm partnerName={couple.partner.name} />
        </Card>
      ) : (
        <LinkFirst>Amends are written to a partner. Once you're linked, you can write one here.</LinkFirst>
      )}
    </div>
  );
}
