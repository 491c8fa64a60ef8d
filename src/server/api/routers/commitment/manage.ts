import { ZArchive, ZCreate, ZEdit, ZIdInput, ZPause } from "@/domain/commitment/schemas";
import { coupleProcedure } from "@/server/api/trpc";
import {
  archiveCommitment,
  createCommitment,
  editCommitment,
  pauseCommitment,
  unpauseCommitment,
} from "@/server/commitment/manage";

export const manageProcedures = {
  create: coupleProcedure.input(ZCreate).mutation(({ ctx, input }) => createCommitment(ctx, input)),

  /** A new cadence applies from the editor's next week once there are check-ins. */
  edit: coupleProcedure.input(ZEdit).mutation(({ ctx, input }) => editCommitment(ctx, input)),

  /** Archive (history kept) or bring back. */
  archive: coupleProcedure.input(ZArchive).mutation(({ ctx, input }) => archiveCommitment(ctx, input)),

  /** Pause my part of a commitment for a range of my local days (up to 7 days back). */
  pause: coupleProcedure.input(ZPause).mutation(({ ctx, input }) => pauseCommitment(ctx, input)),

  unpause: coupleProcedure.input(ZIdInput).mutation(({ ctx, input }) => unpauseCommitment(ctx, input.id)),
};
