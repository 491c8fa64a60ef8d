/** What a list says when it has nothing to show. */
export function EmptyState({ children }: { children: React.ReactNode }) {
  return <p className="text-stone-600">{children}</p>;
}
