export function Card({
  title,
  headingId,
  children,
}: {
  title?: string;
  /** Names the section after its heading, so it becomes a landmark screen readers can jump to. */
  headingId?: string;
  children: React.ReactNode;
}) {
  return (
    <section
      aria-labelledby={title && headingId ? headingId : undefined}
      className="rounded-2xl border border-stone-200 bg-white p-5 shadow-sm sm:p-6"
    >
      {title ? (
        <h2 id={headingId} dir="auto" className="mb-4 text-lg font-semibold text-stone-900">
          {title}
        </h2>
      ) : null}
      {children}
    </section>
  );
}
