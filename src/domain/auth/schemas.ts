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

// Control characters (NUL, line breaks…) and the characters that reorder text around them (bidi
// embeddings, overrides, isolates and marks) can make a name hide or rewrite the sentence it sits
// in; a name must also show something (not only spaces or zero-width characters).
export const CONTROL_OR_BIDI = /[\p{Cc}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
const VISIBLE = /[^\p{Z}\p{Cc}\p{Cf}\p{M}\s]/u;

export const ZDisplayName = z
  .string()
  .transform((name) => name.normalize("NFC").trim())
  .pipe(
    z
      .string()
      .min(1, { error: "Enter your name.", abort: true })
      .max(60, "Use at most 60 characters.")
      .refine(
        (name) => !CONTROL_OR_BIDI.test(name),
        "Remove control or text-direction characters from your name.",
      )
      .refine((name) => VISIBLE.test(name), "Use at least one visible letter, number or symbol."),
  );

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

const ZCurrentPassword = z.string().min(1, "Enter your current password.").max(PASSWORD_MAX);

export const ZChangePasswordInput = z.strictObject({
  currentPassword: ZCurrentPassword,
  newPassword: ZNewPassword,
});
export type TChangePasswordInput = z.infer<typeof ZChangePasswordInput>;

/** A new address, normalized as at sign-up (trimmed, lower case), and the current password. */
export const ZChangeEmailInput = z.strictObject({
  email: ZEmail,
  currentPassword: ZCurrentPassword,
});
export type TChangeEmailInput = z.infer<typeof ZChangeEmailInput>;

export const ZEndSessionInput = z.strictObject({
  id: z.string().trim().min(1).max(64),
});
export type TEndSessionInput = z.infer<typeof ZEndSessionInput>;

export const ZRequestPasswordResetInput = z.strictObject({ email: ZEmail });
export type TRequestPasswordResetInput = z.infer<typeof ZRequestPasswordResetInput>;

/** A reset or verification link's token: 32 random bytes, base64url (43 characters). */
export const ZMailToken = z
  .string()
  .trim()
  .regex(
    /^[A-Za-z0-9_-]{43}$/,
    "This link is not complete. Open it again from the mail, or ask for a new one.",
  );

export const ZResetPasswordInput = z.strictObject({ token: ZMailToken, password: ZNewPassword });
export type TResetPasswordInput = z.infer<typeof ZResetPasswordInput>;

export const ZVerifyEmailInput = z.strictObject({
  userId: z.string().trim().min(1).max(100),
  token: ZMailToken,
});
export type TVerifyEmailInput = z.infer<typeof ZVerifyEmailInput>;
