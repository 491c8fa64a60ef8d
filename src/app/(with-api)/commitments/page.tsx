import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { ItemLink, PillLink, TextLink } from "@/components/ui/text-link";
import { CommitmentForm } from "@/features/commitments/components/commitment-form";
import { LinkFirst } from "@/features/partners/components/link-first";
import { getCaller, requireUser } from "@/trpc/server";

export const metadata: Metadata = { title: "Commitments" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function CommitmentsPage({ searchParams }: { searchParams: SearchParams }) {
  const archived = (await searchParams).view === "archived";
  await requireUser(archived ? "/commitments?view=archived" : "/commitments");
  const caller = await getCaller();
  const notLinked = (error: unknown) => {
    if (error instanceof TRPCError && error.code === "NOT_FOUND") return null;
    throw error;
  };
  const [list, boundaries] = await Promise.all([
    caller.commitment.list({ view: archived ? "archived" : "active" }).catch(notLinked),
    caller.commitment.boundaryOptions().catch(notLinked),
  ]);

  if (!list) {
    return (
      <div className="flex flex-col gap-6">
        <PageHeader title="Commitments" />
        <LinkFirst>Commitments are promises made to a partner. Link first, then make one here.</LinkFirst>
      </div>
    );
  }

  const groups = [
    { key: "me", title: "Mine" },
    { key: "both", title: "Shared" },
    {
      key: "partner",
      title: `${list.partnerName}'s`,
    },
  ] as const;

  return (
    <div className="flex flex-col gap-6">
      <PageHeader title="Commitments">
        <p className="text-stone-700">
          Promises each of you makes, and the ones you make together. Check in on{" "}
          <TextLink href="/today">Today</TextLink>; {list.partnerName} sees your check-ins, never your private
          notes.
        </p>
      </PageHeader>
      <nav aria-label="Show" className="flex gap-2">
        {(
          [
            [false, "Current", "/commitments"],
            [true, "Archived", "/commitments?view=archived"],
          ] as const
        ).map(([isArchived, label, href]) => (
          <PillLink key={label} href={href} current={archived === isArchived}>
            {label}
          </PillLink>
        ))}
      </nav>

      {list.items.length === 0 ? (
        <Card>
          <EmptyState>
            {archived
              ? "Nothing archived. Archived commitments keep their history and can be brought back."
              : `No commitments yet. Start with one small promise you're sure you can keep; ${list.partnerName} will see it, and your check-ins, here.`}
          </EmptyState>
        </Card>
      ) : (
        groups.map((g) => {
          const items = list.items.filter((i) => i.who === g.key);
          // Only the groups that have something: an empty list per person reads like a scoreboard.
          if (items.length === 0) return null;
          return (
            <Card key={g.key} title={g.title} headingId={`group-${g.key}`}>
              <ul className="flex flex-col gap-3">
                {items.map((item) => (
                  <li key={item.id}>
                    <ItemLink href={`/commitments/${item.id}`} title={item.title}>
                      <span className="text-sm text-stone-600">
                        {item.cadenceLabel}
                        {item.boundary?.title ? ` · serves “${item.boundary.title}”` : ""}
                      </span>
                    </ItemLink>
                  </li>
                ))}
              </ul>
            </Card>
          );
        })
      )}

      {archived ? null : (
        <div id="new" className="scroll-mt-4">
          <Card title="Make a commitment" headingId="new-commitment">
            <CommitmentForm partnerName={list.partnerName} today={list.today} boundaries={boundaries ?? []} />
          </Card>
        </div>
      )}
    </div>
  );
}
