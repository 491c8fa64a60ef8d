import Link from "next/link";
import type { ComponentProps } from "react";
import { cn } from "@/lib/cn";

const textLinkClass = "text-sage-700 underline";

/** An inline link in running text. */
export function TextLink({ className, ...props }: ComponentProps<typeof Link>) {
  return <Link {...props} className={cn(textLinkClass, className)} />;
}

/** A button that reads as a link: small actions beside a field or a notice. */
export function TextButton({ className, type = "button", ...props }: ComponentProps<"button">) {
  return <button {...props} type={type} className={cn("self-start text-sm", textLinkClass, className)} />;
}
