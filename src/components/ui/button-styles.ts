// Shared by Button (a client component) and ButtonLink (rendered on the server too).
export type ButtonVariant = "primary" | "secondary" | "danger";

export const buttonBase =
  "inline-flex min-h-11 items-center justify-center rounded-lg px-4 py-2 text-sm font-medium transition-colors";

export const buttonVariants: Record<ButtonVariant, string> = {
  primary: "bg-sage-600 text-white hover:bg-sage-700 disabled:bg-sage-600/60",
  secondary: "border border-stone-300 bg-white text-stone-800 hover:bg-stone-50 disabled:text-stone-400",
  danger: "border border-rose-300 bg-white text-rose-800 hover:bg-rose-50 disabled:text-rose-400",
};
