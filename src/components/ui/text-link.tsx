import Link from "next/link";
import type { ComponentProps } from "react";
import { type ButtonVariant, buttonBase, buttonVariants } from "@/components/ui/button-styles";
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

/** A link that looks like one of our buttons: the main way on from a page. */
export function ButtonLink({
  variant = "primary",
  className,
  children,
  ...props
}: ComponentProps<typeof Link> & { variant?: Exclude<ButtonVariant, "danger"> }) {
  // One flex item for the label, as in Button: the space before a name in <bdi> stays.
  return (
    <Link {...props} className={cn(buttonBase, buttonVariants[variant], className)}>
      <span>{children}</span>
    </Link>
  );
}

/** A pill in a row of filters or days; the current one is filled. */
export function PillLink({
  current,
  className,
  ...props
}: ComponentProps<typeof Link> & { current: boolean }) {
  return (
    <Link
      {...props}
      aria-current={current ? "page" : undefined}
      className={cn(
        "inline-flex min-h-11 items-center gap-2 rounded-full border px-4 text-sm",
        current
          ? "border-sage-600 bg-sage-600 text-white"
          : "border-stone-300 bg-white text-stone-800 hover:bg-stone-50",
        className,
      )}
    />
  );
}

/** One item of a list that opens its own page: its title, then a line or two about it. */
export function ItemLink({
  href,
  title,
  children,
}: {
  href: string;
  title: string;
  children: React.ReactNode;
}) {
  return (
    <Link
      href={href}
      className="flex flex-col gap-1 rounded-xl border border-stone-200 px-4 py-3 hover:border-sage-600"
    >
      <span dir="auto" className="font-medium text-stone-900">
        {title}
      </span>
      {children}
    </Link>
  );
}
