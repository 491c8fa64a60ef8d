import { z } from "zod";
import { ZLocalDate } from "@/domain/commitment/schemas";
import { userText } from "@/domain/user-text";

export const BOUNDARY_CATEGORIES = [
  { value: "personal-space", label: "Personal space" },
  { value: "privacy-phones", label: "Privacy & phones" },
  { value: "communication", label: "Communication" },
  { value: "time-plans", label: "Time & plans" },
  { value: "social-exes", label: "Social life & exes" },
  { value: "money", label: "Money" },
  { value: "intimacy", label: "Intimacy" },
  { value: "other", label: "Other" },
] as const;
export type BoundaryCategory = (typeof BOUNDARY_CATEGORIES)[number]["value"];
const CATEGORY_VALUES = BOUNDARY_CATEGORIES.map((c) => c.value) as [BoundaryCategory, ...BoundaryCategory[]];

export const categoryLabel = (value: string) =>
  BOUNDARY_CATEGORIES.find((c) => c.value === value)?.label ?? "Other";

/** Whose boundary it is, from the proposer's point of view. */
export const BOUNDARY_OWNERS = [
  { value: "mine", label: "Mine" },
  { value: "yours", label: "Yours, as I understood it" },
  { value: "ours", label: "Ours" },
] as const;

export const TITLE_MAX = 120;
export const DESCRIPTION_MAX = 2000;
export const NOTE_MAX = 1000;

const note = userText(NOTE_MAX, `Keep the note under ${NOTE_MAX} characters.`)
  .optional()
  .transform((v) => (v ? v : undefined));

// At least one visible character: letters, digits, punctuation or symbols (not only spaces,
// zero-width or control characters).
const hasVisible = (v: string) => /[\p{L}\p{N}\p{P}\p{S}]/u.test(v);

/** The text of a version, as the form edits it. */
const ZBoundaryText = z.strictObject({
  title: userText(TITLE_MAX, `Keep the title under ${TITLE_MAX} characters.`)
    .min(3, "Give the boundary a short title (at least 3 characters).")
    .refine(hasVisible, "The title needs some visible text."),
  description: userText(DESCRIPTION_MAX, `Keep the description under ${DESCRIPTION_MAX} characters.`)
    .min(1, "Say what it means in practice.")
    .refine(hasVisible, "The description needs some visible text."),
  category: z.enum(CATEGORY_VALUES, { error: "Pick a category." }),
  owner: z.enum(["mine", "yours", "ours"], { error: "Say whose boundary it is." }),
});
export type TBoundaryText = z.infer<typeof ZBoundaryText>;

export const ZBoundaryTextWithNote = ZBoundaryText.extend({ note });

const ZBoundaryId = z.string().min(1).max(64);

const ZRef = {
  id: ZBoundaryId,
  /** The `rev` the actor saw: the action only applies if the boundary hasn't changed since. */
  rev: z.number().int().min(0).max(1_000_000_000),
};

/** A review date ("for 90 days"): optional; monitoring-type boundaries suggest one. */
const ZReviewOn = ZLocalDate.nullable();

export const ZPropose = ZBoundaryTextWithNote.extend({ reviewOn: ZReviewOn.optional() });
export const ZAgree = z.strictObject({ ...ZRef, versionNumber: z.number().int().min(1).max(1_000_000) });
export const ZEdit = z.strictObject({ ...ZRef, text: ZBoundaryTextWithNote });
export const ZAnswer = z.strictObject({ ...ZRef, note });
export const ZList = z
  .strictObject({
    view: z.enum(["all", "active", "waiting-on-me", "waiting-on-partner", "retired"]).default("all"),
    category: z.enum(CATEGORY_VALUES).optional(),
  })
  .default({ view: "all" });
export const ZIdInput = z.strictObject({ id: ZBoundaryId });
export const ZRespect = z.strictObject({ id: ZBoundaryId, respected: z.boolean(), note });

export const ZSetReview = z.strictObject({ ...ZRef, reviewOn: ZReviewOn });

/** The answer on a review date: keep, or loosen (with the new wording), or retire. */
export const ZReviewAnswer = z.discriminatedUnion(
  "answer",
  [
    z.strictObject({ ...ZRef, answer: z.literal("keep") }),
    z.strictObject({ ...ZRef, answer: z.literal("loosen"), text: ZBoundaryTextWithNote }),
    z.strictObject({ ...ZRef, answer: z.literal("retire"), note }),
  ],
  { error: "Choose keep, loosen or retire." },
);
