import { z } from "zod";
import { isValidTimeZone } from "@/domain/user/time-zone";
import { isCommonPassword } from "./common-passwords";

// Shared by the forms (react-hook-form + zodResolver) and the tRPC inputs.

const PASSWORD_MIN = 8;
const PASSWORD_MAX = 128;

export const ZEmail = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "That email address is too long.")
  .pipe(z.email("Enter a valid email address."));

// No composition rules (NIST SP 800-63B): length, and not one of the most common passwords.
export const ZNewPassword = z
  .string()
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`)
  .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters.`)
  .refine((p) => !isCommonPassword(p), "This password is too common. Choose one that is harder to guess.");

const ZDisplayName = z.string().trim().min(1, "Enter your name.").max(60, "Use at most 60 characters.");

export const ZTimeZone = z
  .string()
  .trim()
  .min(1, "Choose a time zone.")
  .max(64)
  .refine(isValidTimeZone, "Choose a time zone from the list.");

const ZWeekStartsOn = z.number().int().min(0).max(6);

export const ZSignUpInput = z.strictObject({
  name: ZDisplayName,
  email: ZEmail,
  password: ZNewPassword,
  timeZone: ZTimeZone,
});
export type TSignUpInput = z.infer<typeof ZSignUpInput>;

export const ZSignInInput = z.strictObject({
  email: ZEmail,
  password: z.string().min(1, "Enter your password.").max(PASSWORD_MAX),
});
export type TSignInInput = z.infer<typeof ZSignInInput>;

export const ZUpdateProfileInput = z.strictObject({
  name: ZDisplayName,
  timeZone: ZTimeZone,
  weekStartsOn: ZWeekStartsOn,
  showStreaks: z.boolean().optional(),
});
export type TUpdateProfileInput = z.infer<typeof ZUpdateProfileInput>;

export const ZChangePasswordInput = z.strictObject({
  currentPassword: z.string().min(1, "Enter your current password.").max(PASSWORD_MAX),
  newPassword: ZNewPassword,
});
export type TChangePasswordInput = z.infer<typeof ZChangePasswordInput>;
