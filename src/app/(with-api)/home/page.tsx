import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { ButtonLink, TextLink } from "@/components/ui/text-link";
import { WaitingList } from "@/features/notifications/components/waiting-list";
import { InvitePanel } from "@/features/partners/components/invite-panel";
import { UnlinkSection } from "@/features/partners/components/unlink-section";
import { formatDate } from "@/lib/format";
import { getCaller, requireUser } from "@/trpc/server";

export const metadata: Metadata = { title: "Home" };

export default async function HomePage() {
  const user = await requireUser("/home");
  const caller = await getCaller();
  const [couple, waiting] = await Promise.all([
    caller.couple.get().catch((error: unknown) => {
      if (error instanceof TRPCError && error.code === "NOT_FOUND") return null;
      throw error;
    }),
    caller.notification.listWaiting(),
  ]);

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={
          <>
            Hello, <bdi>{user.name}</bdi>
          </>
        }
      />
      {couple ? (
        <>
          <Card title="Waiting on you">
            <WaitingList items={waiting} />
          </Card>
          <Card title="Your partner">
            <p className="text-lg text-stone-900">
              You and{" "}
              <strong data-testid="partner-name">
                <bdi>{couple.partner.name}</bdi>
              </strong>
            </p>
            <p className="mt-1 text-sm text-stone-600">
              Linked since{" "}
              <span data-testid="linked-since">{formatDate(couple.linkedAt, user.timeZone)}</span>
            </p>
            <p className="mt-4 text-stone-700">
              This is your shared space: boundaries you agree together, the commitments you make, and your
              consistency over time will appear here.
            </p>
            <div className="mt-4 flex flex-wrap gap-2">
              <ButtonLink href="/today">Today's check-ins</ButtonLink>
              <ButtonLink href="/commitments" variant="secondary">
                Commitments
              </ButtonLink>
              <ButtonLink href="/boundaries" variant="secondary">
                Boundaries
              </ButtonLink>
            </div>
          </Card>
          <Card title="Unlink">
            <UnlinkSection partnerName={couple.partner.name} />
          </Card>
        </>
      ) : (
        <Card title="Link with your partner">
          <InvitePanel timeZone={user.timeZone} />
        </Card>
      )}
      <p className="text-sm text-stone-500">
        Days are counted in your time zone, {user.timeZone.replaceAll("_", " ")}.{" "}
        <TextLink href="/settings">Change it in settings</TextLink>.
      </p>
    </div>
  );
}
