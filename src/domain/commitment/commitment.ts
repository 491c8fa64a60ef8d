// Rules for commitments and check-ins, as plain functions (no database, no HTTP).

import { formatDay } from "@/domain/commitment/format-day";
import {
  type CadencePeriod,
  cadenceOn,
  checkInDateProblem,
  isOffered,
  isPaused,
  type LocalDate,
  nextCadenceStart,
  type Pause,
} from "./schedule";
import { type Outcome, type TCadence, WEEKDAY_LABELS } from "./schemas";

type CommitmentKind = "recurring" | "conditional" | "once";

export function kindOf(cadence: TCadence): CommitmentKind {
  if (cadence.kind === "conditional") return "conditional";
  if (cadence.kind === "once") return "once";
  return "recurring";
}

/** What a check-in can say for each kind: "when it comes up" can't be partly kept, but may not come up. */
export function outcomesFor(kind: CommitmentKind): Outcome[] {
  return kind === "conditional" ? ["kept", "missed", "not-applicable"] : ["kept", "partly", "missed"];
}

/**
 * The answers offered for a day: a one-off can only be marked done before its due date (it can't
 * be missed yet); from the due date on, all answers of its kind.
 */
export function outcomesOn(cadence: TCadence, day: LocalDate): Outcome[] {
  if (cadence.kind === "once" && day < cadence.due) return ["kept"];
  return outcomesFor(kindOf(cadence));
}

export const OUTCOME_LABELS: Record<Outcome, string> = {
  kept: "Kept",
  partly: "Partly",
  missed: "Missed",
  "not-applicable": "Didn't come up",
};

export function describeCadence(cadence: TCadence): string {
  switch (cadence.kind) {
    case "daily":
      return "Every day";
    case "weekdays":
      return cadence.days.length === 7
        ? "Every day"
        : `Every ${cadence.days.map((d) => WEEKDAY_LABELS[d]).join(", ")}`;
    case "timesPerWeek":
      return cadence.times === 1 ? "Once a week" : `${cadence.times} times a week`;
    case "conditional":
      return "When it comes up";
    case "once":
      return `Once, by ${formatDay(cadence.due)}`;
  }
}

export const CHECK_IN_PROBLEMS = {
  future: "That day hasn't happened yet where you are, so it can't be checked in.",
  locked: "Check-ins older than 7 days are locked, so history stays honest.",
  notStarted: "This commitment didn't exist yet on that day.",
  paused: "You paused this commitment on that day, so there is nothing to check in.",
  notDue: "This commitment isn't due on that day.",
  outcome: "That answer doesn't fit this kind of commitment.",
  tooEarly: "Before its due date, a one-off can only be marked done; it isn't missed yet.",
  onceDone: "This one-off commitment already has a check-in on another day; correct that one instead.",
} as const;

/**
 * Why a check-in for `day` can't be made or corrected, or null when it can. `today` is the
 * person's local date now; `onceCheckedOn` the day of an existing check-in on a one-off commitment.
 */
export function checkInProblem(args: {
  periods: CadencePeriod[];
  pauses: Pause[];
  day: LocalDate;
  today: LocalDate;
  outcome: Outcome;
  onceCheckedOn?: LocalDate | null;
}): string | null {
  const dateProblem = checkInDateProblem(args.day, args.today);
  if (dateProblem) return CHECK_IN_PROBLEMS[dateProblem];
  const cadence = cadenceOn(args.periods, args.day);
  if (!cadence) return CHECK_IN_PROBLEMS.notStarted;
  if (isPaused(args.pauses, args.day)) return CHECK_IN_PROBLEMS.paused;
  // A one-off stays answerable after its due date (inside the window), to record that it was missed.
  if (cadence.kind !== "once" && !isOffered(args.periods, args.pauses, args.day))
    return CHECK_IN_PROBLEMS.notDue;
  if (cadence.kind === "once" && args.day < cadence.due && args.outcome !== "kept")
    return CHECK_IN_PROBLEMS.tooEarly;
  if (!outcomesFor(kindOf(cadence)).includes(args.outcome)) return CHECK_IN_PROBLEMS.outcome;
  if (cadence.kind === "once" && args.onceCheckedOn && args.onceCheckedOn !== args.day)
    return CHECK_IN_PROBLEMS.onceDone;
  return null;
}

/**
 * The first date a new cadence applies from. Once check-ins exist, a change starts with the next
 * week so past weeks keep the target they were measured against; before that, it applies at once.
 */
export function cadenceChangeFrom(args: {
  today: LocalDate;
  weekStartsOn: number;
  hasCheckIns: boolean;
  firstFrom: LocalDate;
}): LocalDate {
  if (!args.hasCheckIns) return args.firstFrom;
  return nextCadenceStart(args.today, args.weekStartsOn);
}

export type CheckInValues = {
  outcome: string;
  note: string | null;
  noteShared: boolean;
  excused: boolean;
  excuseNote: string | null;
};

/** A resubmission with the same values (double click, retry, second tab) changes nothing. */
export function sameValues(a: CheckInValues, b: CheckInValues): boolean {
  return (
    a.outcome === b.outcome &&
    a.note === b.note &&
    a.noteShared === b.noteShared &&
    a.excused === b.excused &&
    a.excuseNote === b.excuseNote
  );
}

/** A different outcome or excuse is a correction of the answer; a note or excuse text alone is not. */
export function answerChanged(a: CheckInValues, b: CheckInValues): boolean {
  return a.outcome !== b.outcome || a.excused !== b.excused;
}

/**
 * What a viewer may see of check-in values: the author sees everything; anyone else sees the note
 * only if the author shared it. The excuse note is always for the partner. Every read path that
 * returns check-in values goes through here.
 */
export function visibleValues<T extends CheckInValues>(
  values: T,
  authorId: string,
  viewerId: string,
): Omit<T, "note"> & { note: string | null; notePrivate: boolean } {
  const own = authorId === viewerId;
  return {
    ...values,
    note: own || values.noteShared ? values.note : null,
    // Only ever true for the author: to the partner a private note doesn't exist at all.
    notePrivate: own && values.note !== null && !values.noteShared,
  };
}
