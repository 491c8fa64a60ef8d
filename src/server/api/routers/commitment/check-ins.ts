import { ZAck, ZCheckIn, ZIdInput } from "@/domain/commitment/schemas";
import { coupleProcedure } from "@/server/api/trpc";
import { acknowledge, unacknowledge } from "@/server/commitment/acknowledge";
import { checkIn, undoCheckIn } from "@/server/commitment/check-in-write";

export const checkInProcedures = {
  /** Kept / partly / missed / didn't come up for one of my local days; corrections are kept as history. */
  checkIn: coupleProcedure.input(ZCheckIn).mutation(({ ctx, input }) => checkIn(ctx, input)),

  /** Takes back a check-in just made (the Undo after a one-tap answer): only its author, only briefly. */
  undoCheckIn: coupleProcedure.input(ZIdInput).mutation(({ ctx, input }) => undoCheckIn(ctx, input.id)),

  /** The partner's response to a check-in: "I noticed" or "I see it differently" with a note. */
  acknowledge: coupleProcedure.input(ZAck).mutation(({ ctx, input }) => acknowledge(ctx, input)),

  /** Undo an acknowledgement. */
  unacknowledge: coupleProcedure.input(ZIdInput).mutation(({ ctx, input }) => unacknowledge(ctx, input.id)),
};
