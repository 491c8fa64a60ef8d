// Which engine a Prisma client (or a transaction client) talks to, for the few statements that
// differ (LISTEN/NOTIFY, SKIP LOCKED). Its own module: src/server/db.ts imports the live bus.
export const isPostgres = (db: unknown) =>
  (db as { _activeProvider?: string })._activeProvider === "postgresql";
