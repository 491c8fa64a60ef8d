export default function Loading() {
  return (
    <p role="status" className="py-8 text-stone-500">
      Loading…
    </p>
  );
}
