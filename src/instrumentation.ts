// Runs once when the server starts (Next's instrumentation hook): starts the mail outbox worker in
// this process when mail is on (SMTP_URL). Imported lazily so the edge runtime never loads it.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startMailWorker } = await import("@/server/mail/process-worker");
  startMailWorker();
}
