import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { ButtonLink } from "@/components/ui/text-link";
import { AmendsList } from "@/features/amends/components/amends-list";
import { AMENDS_GUIDANCE } from "@/features/amends/components/guidance";
import { LinkFirst } from "@/features/partners/components/link-first";
import { getCaller, requireUser } from "@/trpc/server";

export const metadata: Metadata = { title: "Amends" };

export default async function AmendsPage() {
  await requireUser("/amends");
  const caller = await getCaller();
  const notLinked = (error: unknown) => {
    if (error instanceof TRPCError && error.code === "NOT_FOUND") return null;
    throw error;
  };
  const [list, couple, archive] = await Promise.all([
    caller.amends.list().catch(notLinked),
    caller.couple.get().catch(notLinked),
    caller.amends.archive(),
  ]);
  const partnerName = couple?.partner.name ?? "your partner";
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title="Amends">
        <p className="text-stone-700">{AMENDS_GUIDANCE.intro}</p>
      </PageHeader>
      {list ? (
        <>
          <ButtonLink href="/amends/new" className="self-start">
            Write an amends
          </ButtonLink>
          <Card>
            <AmendsList
              items={list}
              partnerName={partnerName}
              empty="Nothing here yet. When one of you writes an amends and shares it, it shows here for both of you."
            />
          </Card>
        </>
      ) : (
        <LinkFirst>Amends are written to a partner. Once you're linked, you can write one here.</LinkFirst>
      )}
      {archive.map((c) => (
        <Card key={c.coupleId} title={`With ${c.partnerName} (ended)`} headingId={`archive-${c.coupleId}`}>
          <AmendsList items={c.amends} partnerName={c.partnerName} empty="" />
        </Card>
      ))}
    </div>
  );
}
