import { TextLink } from "@/components/ui/text-link";

/** A page's title, with an optional way back above it and its introduction below. */
export function PageHeader({
  title,
  back,
  children,
}: {
  title: React.ReactNode;
  back?: { href: string; label: string };
  children?: React.ReactNode;
}) {
  return (
    <div className="flex flex-col gap-2">
      {back ? (
        <TextLink href={back.href} className="inline-flex min-h-11 items-center self-start text-sm">
          {back.label}
        </TextLink>
      ) : null}
      <h1 dir="auto" className="text-2xl font-semibold text-stone-900">
        {title}
      </h1>
      {children}
    </div>
  );
}
