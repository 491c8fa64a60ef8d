import { accountRouter } from "@/server/api/routers/account";
import { amendsRouter } from "@/server/api/routers/amends";
import { authRouter } from "@/server/api/routers/auth";
import { boundaryRouter } from "@/server/api/routers/boundary";
import { commitmentRouter } from "@/server/api/routers/commitment";
import { consistencyRouter } from "@/server/api/routers/consistency";
import { counselorRouter } from "@/server/api/routers/counselor";
import { coupleRouter } from "@/server/api/routers/couple";
import { inviteRouter } from "@/server/api/routers/invite";
import { journeyRouter } from "@/server/api/routers/journey";
import { mailRouter } from "@/server/api/routers/mail";
import { notificationRouter } from "@/server/api/routers/notification";
import { qualityTimeRouter } from "@/server/api/routers/quality-time";
import { repairTalkRouter } from "@/server/api/routers/repair-talk";
import { sessionRouter } from "@/server/api/routers/session";
import { sharingBreakRouter } from "@/server/api/routers/sharing-break";
import { talkRouter } from "@/server/api/routers/talk";
import { timeOutRouter } from "@/server/api/routers/time-out";
import { userRouter } from "@/server/api/routers/user";
import { createCallerFactory, createTRPCRouter } from "@/server/api/trpc";

export const appRouter = createTRPCRouter({
  auth: authRouter,
  user: userRouter,
  session: sessionRouter,
  account: accountRouter,
  invite: inviteRouter,
  couple: coupleRouter,
  notification: notificationRouter,
  mail: mailRouter,
  boundary: boundaryRouter,
  commitment: commitmentRouter,
  consistency: consistencyRouter,
  amends: amendsRouter,
  talk: talkRouter,
  repairTalk: repairTalkRouter,
  qualityTime: qualityTimeRouter,
  journey: journeyRouter,
  sharingBreak: sharingBreakRouter,
  timeOut: timeOutRouter,
  counselor: counselorRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
