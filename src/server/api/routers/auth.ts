import { TRPCError } from "@trpc/server";
import { ZSignUpInput } from "@/domain/auth/schemas";
import { createTRPCRouter, publicProcedure, rateLimit } from "@/server/api/trpc";
import { hashPassword } from "@/server/auth/password";
import { isUniqueViolation } from "@/server/db-errors";

export const authRouter = createTRPCRouter({
  signUp: publicProcedure
    .input(ZSignUpInput)
    .use(rateLimit((ctx) => [["signUpIp", ctx.ip]]))
    .mutation(async ({ ctx, input }) => {
      const passwordHash = await hashPassword(input.password);
      try {
        const user = await ctx.db.user.create({
          data: { email: input.email, name: input.name, timeZone: input.timeZone, passwordHash },
          select: { id: true },
        });
        return { id: user.id };
      } catch (error) {
        if (isUniqueViolation(error)) {
          throw new TRPCError({
            code: "CONFLICT",
            message: "An account with this email already exists. Sign in instead.",
          });
        }
        throw error;
      }
    }),
});
