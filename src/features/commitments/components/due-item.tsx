"use client";

import { useEffect, useState } from "react";
import { TextLink } from "@/components/ui/text-link";
import { OUTCOME_LABELS } from "@/domain/commitment/commitment";
import type { Outcome } from "@/domain/commitment/schemas";
import { describeWeek, points, pointsOf } from "@/domain/commitment/week-count";
import { hasDraft } from "@/lib/use-draft";
import type { TTodayItem } from "../types";
import { CheckInForm } from "./check-in-form";
import { CheckInSummary, OUTCOME_MARKS } from "./check-in-summary";
import { QuickAnswer } from "./quick-check-in";

/** The partner's answer on a shared commitment: their day and week, in days, never times. */
function PartnerLine({
  partner,
  name,
  isToday,
}: {
  partner: NonNullable<TTodayItem["partner"]>;
  name: string;
  isToday: boolean;
}) {
  const kept = partner.week.reduce((n, o) => n + pointsOf(o), 0);
  const answered = partner.week.length;
  const today = partner.onDay as Outcome | null;
  return (
    <span>
      <bdi>{name}</bdi>:{" "}
      {partner.onBreak && !today ? (
        <span data-testid="partner-on-break">on a break</span>
      ) : today ? (
        <>
          <span aria-hidden="true">{OUTCOME_MARKS[today]}</span> {OUTCOME_LABELS[today].toLowerCase()}{" "}
          {isToday ? "today" : "that day"}
        </>
      ) : (
        `not answered ${isToday ? "yet" : "that day"}`
      )}
      {answered > 0 ? ` · ${points(kept)} kept this week` : ""}
    </span>
  );
}

/**
 * One commitment due on the day shown: its title, how the week goes, one-tap answers, then a
 * compact row with Change and "Add a note" once answered, and the notes and responses on it.
 */
export function DueItem({
  item,
  day,
  partnerName,
  userId,
  compact = false,
  isToday = true,
}: {
  item: TTodayItem;
  day: string;
  /** The day shown is today (else the partner's answer is "that day"). */
  isToday?: boolean;
  partnerName: string;
  userId: string;
  /** Home's list: no description, no history link. */
  compact?: boolean;
}) {
  const [noteOpen, setNoteOpen] = useState(false);
  const draftKey = `check-in:${item.id}:${day}`;
  // A note typed before a reload opens again with its draft.
  useEffect(() => {
    if (item.checkIn && hasDraft(draftKey)) setNoteOpen(true);
  }, [draftKey, item.checkIn]);
  const c = item.checkIn;
  const hasDetails =
    c !== null && (c.note !== null || c.acks.length > 0 || c.revisions.length > 0 || c.excused);
  const headingId = `c-${item.id}`;
  return (
    <section
      aria-labelledby={headingId}
      className="flex flex-col gap-2 rounded-2xl border border-stone-200 bg-white p-3 shadow-sm sm:p-4"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-x-3">
        <h3 id={headingId} dir="auto" className="font-semibold text-stone-900">
          {item.title}
        </h3>
        {item.week ? (
          <span className="text-sm text-stone-600" data-testid="week-count">
            {describeWeek(item.week.done, item.week.target)}
          </span>
        ) : null}
      </div>
      <p className="text-sm text-stone-600">
        {item.cadenceLabel}
        {item.shared && item.partner ? (
          <>
            {" · shared · "}
            <PartnerLine partner={item.partner} name={partnerName} isToday={isToday} />
          </>
        ) : null}
        {compact ? null : (
          <>
            {" · "}
            <TextLink href={`/commitments/${item.id}`} aria-label={`History of “${item.title}”`}>
              History
            </TextLink>
          </>
        )}
      </p>
      {!compact && item.description ? (
        <p dir="auto" className="text-sm text-stone-700">
          {item.description}
        </p>
      ) : null}
      <QuickAnswer item={item} day={day} userId={userId} onAddNote={() => setNoteOpen(true)} />
      {noteOpen && c ? (
        <CheckInForm
          key={`${item.id}-${day}-${c.rev}`}
          commitmentId={item.id}
          day={day}
          existing={c}
          partnerName={partnerName}
          onDone={() => setNoteOpen(false)}
        />
      ) : null}
      {hasDetails && c && !noteOpen ? (
        <CheckInSummary
          checkIn={c}
          partnerName={partnerName}
          showDay={false}
          showOutcome={false}
          clamp={compact}
        />
      ) : null}
    </section>
  );
}
