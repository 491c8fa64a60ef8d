// One outbox worker in a process of its own, for the delivery-under-faults test
// (tests/integration/mail-delivery.test.ts), which SIGKILLs it mid-run. Reads DATABASE_URL and
// SMTP_URL; short leases and retry pauses so the test runs in seconds.
import { createDb } from "@/server/db";
import { createMailTransport } from "@/server/mail/transport";
import { createMailWorker } from "@/server/mail/worker";

const db = createDb(process.env.DATABASE_URL);
const transport = createMailTransport(process.env.SMTP_URL ?? "", { tls: false });
const worker = createMailWorker({
  db,
  transport,
  from: "Kept <kept@example.test>",
  appUrl: "https://kept.example.test",
  pollMs: 50,
  lockMs: 3_000,
  retryBaseMs: 40,
  batch: 20,
});
worker.start();
// The worker's timers don't hold a process open (in the app the HTTP server does): this does.
setInterval(() => {}, 60_000);
process.send?.("ready");
