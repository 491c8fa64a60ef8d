export function Alert({
  tone = "error",
  children,
}: {
  tone?: "error" | "success";
  children: React.ReactNode;
}) {
  const style =
    tone === "error"
      ? "border-rose-200 bg-rose-50 text-rose-900"
      : "border-sage-200 bg-sage-50 text-sage-800";
  return (
    <div
      role={tone === "error" ? "alert" : "status"}
      className={`rounded-lg border px-3 py-2 text-sm ${style}`}
    >
      {children}
    </div>
  );
}
