import { Gauge, register } from "prom-client";
import { db } from "@/server/db";

// The mail outbox in /api/metrics: how many mails wait, are being sent or gave up, and
// how long the oldest waiting one has waited. Read from the database at each scrape (two indexed
// statements), so every instance reports the same shared outbox.

const DEPTH = "kept_mail_outbox_mails";
const AGE = "kept_mail_outbox_oldest_pending_seconds";

if (!register.getSingleMetric(DEPTH)) {
  new Gauge({
    name: DEPTH,
    help: "Mails in the outbox by status (pending, sending, failed)",
    labelNames: ["status"],
    async collect() {
      const rows = await db.mailOutbox.groupBy({
        by: ["status"],
        where: { status: { in: ["pending", "sending", "failed"] } },
        _count: { _all: true },
      });
      for (const status of ["pending", "sending", "failed"]) {
        this.set({ status }, rows.find((r) => r.status === status)?._count._all ?? 0);
      }
    },
  });
}

if (!register.getSingleMetric(AGE)) {
  new Gauge({
    name: AGE,
    help: "How long the oldest mail waiting to be sent has waited (0 when none waits)",
    async collect() {
      const oldest = await db.mailOutbox.findFirst({
        where: { status: "pending", runAt: { lte: new Date() } },
        orderBy: { runAt: "asc" },
        select: { createdAt: true },
      });
      this.set(oldest ? (Date.now() - oldest.createdAt.getTime()) / 1000 : 0);
    },
  });
}
