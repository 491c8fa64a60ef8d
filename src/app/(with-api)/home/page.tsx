import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { TogetherLinks } from "@/components/together-links";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { TextLink } from "@/components/ui/text-link";
import { formatDay } from "@/domain/commitment/format-day";
import { BreakBanner } from "@/features/break/components/break-banner";
import { BreakSection } from "@/features/break/components/break-section";
import { DueList } from "@/features/commitments/components/due-list";
import { WaitingList } from "@/features/notifications/components/waiting-list";
import { InvitePanel } from "@/features/partners/components/invite-panel";
import { TimeOutNotice } from "@/features/time-out/components/time-out-notice";
import { formatLocalDay } from "@/lib/format";
import { getCaller, requireUser } from "@/trpc/server";

export const metadata: Metadata = { title: "Home" };

const notLinked = (error: unknown) => {
  if (error instanceof TRPCError && error.code === "NOT_FOUND") return null;
  throw error;
};

/** The daily hub: today's answers first, then what waits on you, the two of you, and the ways on. */
export default async function HomePage() {
  const user = await requireUser("/home");
  const caller = await getCaller();
  const [couple, waiting, today] = await Promise.all([
    caller.couple.get().catch(notLinked),
    caller.notification.listWaiting(),
    caller.commitment.today({}).catch(notLinked),
  ]);

  const [breaks, timeOut] = couple
    ? await Promise.all([caller.sharingBreak.get(), caller.timeOut.get()])
    : [null, null];

  if (!couple || !today) {
    return (
      <div className="flex flex-col gap-6">
        <PageHeader
          title={
            <>
              Hello, <bdi>{user.name}</bdi>
            </>
          }
        />
        <Card title="Link with your partner">
          <InvitePanel timeZone={user.timeZone} />
        </Card>
        <p className="text-sm text-stone-600">
          Days are counted in your time zone, {user.timeZone.replaceAll("_", " ")}.{" "}
          <TextLink href="/settings">Change it in settings</TextLink>.
        </p>
      </div>
    );
  }

  return (
    <div className="flex flex-col gap-4 lg:grid lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] lg:items-start lg:gap-6">
      <section aria-labelledby="today-heading" className="flex flex-col gap-3">
        <div className="flex flex-wrap items-baseline justify-between gap-x-3">
          <h1 dir="auto" className="text-xl font-semibold text-stone-900">
            Hello, <bdi>{user.name}</bdi>
          </h1>
          <h2 id="today-heading" className="text-sm text-stone-600">
            Today, {formatDay(today.day, { weekday: "long" })}
          </h2>
        </div>
        <TimeOutNotice partner={timeOut?.partner ?? null} timeZone={user.timeZone} />
        <BreakBanner partnerBreak={breaks?.partner ?? null} />
        {today.items.length === 0 ? (
          <Card>
            <EmptyState>
              Nothing is due for you today. <TextLink href="/commitments">Make a commitment</TextLink> and it
              will show up on the days it's due.
            </EmptyState>
          </Card>
        ) : (
          <DueList
            items={today.items}
            day={today.day}
            partnerName={today.partnerName}
            userId={user.id}
            compact
          />
        )}
        <p className="text-sm text-stone-600">
          <TextLink href="/today">Earlier days and notes</TextLink>
        </p>
      </section>

      <div className="flex flex-col gap-4">
        <Card title="Waiting on you" headingId="waiting">
          <WaitingList items={waiting} />
        </Card>
        <Card title="The two of you" headingId="partner">
          <p className="text-stone-800">
            You and{" "}
            <strong data-testid="partner-name">
              <bdi>{couple.partner.name}</bdi>
            </strong>
            , linked since <span data-testid="linked-since">{formatLocalDay(couple.linkedOn)}</span>.
          </p>
          <ul className="mt-3 flex flex-col gap-1 text-sm">
            <li>
              <TextLink href="/dashboard">Consistency: your weeks side by side</TextLink>
            </li>
            <li>
              <TextLink href="/boundaries">Boundaries you agreed together</TextLink>
            </li>
            <li>
              <TextLink href="/commitments">All commitments</TextLink>
            </li>
            <li>
              <TextLink href="/settings#partner">Partner settings, including unlinking</TextLink>
            </li>
          </ul>
          <p className="mt-3 text-sm text-stone-500">
            Days are counted in your time zone, {user.timeZone.replaceAll("_", " ")}.
          </p>
        </Card>
        <Card title="Repair together" headingId="together">
          <TogetherLinks />
        </Card>
        <Card title="A break from sharing" headingId="break">
          <BreakSection mine={breaks?.mine ?? null} partnerName={couple.partner.name} />
        </Card>
      </div>
    </div>
  );
}
