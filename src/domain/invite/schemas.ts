import { z } from "zod";
import { ZEmail } from "@/domain/auth/schemas";

// An invitation is named either by its link token or by its short code.
export const ZInviteRef = z.union([
  z.strictObject({ token: z.string().trim().min(1).max(100) }),
  z.strictObject({ code: z.string().trim().min(1, "Enter the code your partner gave you.").max(20) }),
]);
export type TInviteRef = z.infer<typeof ZInviteRef>;

export const ZCodeForm = z.strictObject({
  code: z
    .string()
    .trim()
    .min(1, "Enter the code your partner gave you.")
    .max(20, "Codes are 8 characters, like ABCD-EFGH."),
});
export type TCodeForm = z.infer<typeof ZCodeForm>;

export const ZInviteByEmailInput = z.strictObject({ email: ZEmail });
export type TInviteByEmailInput = z.infer<typeof ZInviteByEmailInput>;
