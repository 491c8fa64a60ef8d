import { ZAgree, ZAnswer, ZEdit, ZPropose, ZReviewAnswer, ZSetReview } from "@/domain/boundary/schemas";
import { coupleProcedure } from "@/server/api/trpc";
import { act } from "@/server/boundary/act";
import { answerReview, setReview } from "@/server/boundary/review";
import { proposeBoundary } from "@/server/boundary/write";

// Every action but `propose` is a transition of the state machine (src/domain/boundary), applied
// by `act` only where the boundary's `rev` is still the one the actor saw.
export const actionProcedures = {
  propose: coupleProcedure.input(ZPropose).mutation(({ ctx, input }) => proposeBoundary(ctx, input)),

  agree: coupleProcedure
    .input(ZAgree)
    .mutation(({ ctx, input }) =>
      act(ctx, input, { type: "agree", by: ctx.user.id, versionNumber: input.versionNumber }),
    ),

  /** A counter-proposal by the partner, or the author's own edit: a new version either way. */
  edit: coupleProcedure.input(ZEdit).mutation(({ ctx, input }) => {
    const { note, ...text } = input.text;
    return act(ctx, { id: input.id, rev: input.rev, note }, { type: "edit", by: ctx.user.id }, text);
  }),

  decline: coupleProcedure
    .input(ZAnswer)
    .mutation(({ ctx, input }) => act(ctx, input, { type: "decline", by: ctx.user.id })),

  withdraw: coupleProcedure
    .input(ZAnswer)
    .mutation(({ ctx, input }) => act(ctx, input, { type: "withdraw", by: ctx.user.id })),

  proposeRevision: coupleProcedure.input(ZEdit).mutation(({ ctx, input }) => {
    const { note, ...text } = input.text;
    return act(
      ctx,
      { id: input.id, rev: input.rev, note },
      { type: "proposeRevision", by: ctx.user.id },
      text,
    );
  }),

  /** A review date on an agreed boundary ("for 90 days"), or none. */
  setReview: coupleProcedure.input(ZSetReview).mutation(({ ctx, input }) => setReview(ctx, input)),
  /** Keep, loosen (a revision proposal) or retire (a retirement proposal), on the review date. */
  review: coupleProcedure.input(ZReviewAnswer).mutation(({ ctx, input }) => answerReview(ctx, input)),

  proposeRetire: coupleProcedure
    .input(ZAnswer)
    .mutation(({ ctx, input }) => act(ctx, input, { type: "proposeRetire", by: ctx.user.id })),
};
