import {
  isWanted,
  NOTIFICATION_KIND_NAMES,
  NOTIFICATION_KINDS,
  type NotificationChoices,
  parseChoices,
} from "@/domain/notification/kinds";
import { ZMarkReadInput, ZOnChangeInput, ZUpdateSettingsInput } from "@/domain/notification/schemas";
import { createTRPCRouter, NO_INPUT, protectedProcedure } from "@/server/api/trpc";
import { liveStream } from "@/server/live/stream";
import { bellCount, listNotifications, markAllRead, markRead } from "@/server/notification/read";
import { waitingFor } from "@/server/notification/waiting";

// A person's own notifications (everything here is scoped to ctx.user.id) and what is waiting on
// them. Not couple-scoped: after an unlink the history stays readable.
export const notificationRouter = createTRPCRouter({
  list: protectedProcedure.input(NO_INPUT).query(({ ctx }) => listNotifications(ctx)),

  /** What the bell shows: unread notifications plus what is waiting on this person (bellCount). */
  count: protectedProcedure.input(NO_INPUT).query(({ ctx }) => bellCount(ctx)),

  listWaiting: protectedProcedure
    .input(NO_INPUT)
    .query(({ ctx }) => (ctx.activeCouple ? waitingFor({ ...ctx, couple: ctx.activeCouple }) : [])),

  /**
   * The open page's live stream (src/server/live/stream.ts): an event id whenever something of the
   * person or their couple changed; the page then re-reads. Ends when the session does.
   */
  onChange: protectedProcedure.input(ZOnChangeInput).subscription(({ ctx, input, signal }) =>
    liveStream({
      db: ctx.db,
      claims: { userId: ctx.user.id, sessionId: ctx.sessionId },
      userId: ctx.user.id,
      lastEventId: input?.lastEventId,
      signal,
    }),
  ),

  markRead: protectedProcedure
    .input(ZMarkReadInput)
    .mutation(({ ctx, input }) => markRead(ctx, input.id, input.sameEntry)),

  markAllRead: protectedProcedure.input(NO_INPUT).mutation(({ ctx }) => markAllRead(ctx)),

  settings: protectedProcedure.input(NO_INPUT).query(async ({ ctx }) => {
    const row = await ctx.db.user.findUniqueOrThrow({
      where: { id: ctx.user.id },
      select: { notificationSettings: true },
    });
    const choices = parseChoices(row.notificationSettings);
    return NOTIFICATION_KIND_NAMES.map((kind) => ({
      kind,
      label: NOTIFICATION_KINDS[kind].label,
      category: NOTIFICATION_KINDS[kind].category,
      switchable: NOTIFICATION_KINDS[kind].switchable,
      on: isWanted(kind, choices),
    }));
  }),

  updateSettings: protectedProcedure.input(ZUpdateSettingsInput).mutation(async ({ ctx, input }) => {
    // Only what differs from the default is kept, so a changed default reaches those who never chose.
    const choices: NotificationChoices = {};
    for (const [kind, on] of Object.entries(input.choices) as [keyof typeof NOTIFICATION_KINDS, boolean][]) {
      if (on !== NOTIFICATION_KINDS[kind].defaultOn) choices[kind] = on;
    }
    await ctx.db.user.update({
      where: { id: ctx.user.id },
      data: { notificationSettings: JSON.stringify(choices) },
    });
    return { ok: true as const };
  }),
});
