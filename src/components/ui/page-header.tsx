/** A page's title, with an optional way back above it and its introduction below. */
export function PageHeader({
  title,
  back,
  children,
}: {
  title: React.ReactNode;
  back?: React.ReactNode;
  children?: React.ReactNode;
}) {
  return (
    <div className="flex flex-col gap-2">
      {back}
      <h1 className="text-2xl font-semibold text-stone-900">{title}</h1>
      {children}
    </div>
  );
}
