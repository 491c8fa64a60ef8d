// The adapter check of issue #7, suite 7: can a busy COMMIT make the app lose writes it has already
// acknowledged? (prisma/orm#29933: in @prisma/adapter-better-sqlite3 7.x, when `COMMIT` fails, the
// engine calls the adapter's `rollback()`, which only releases its mutex and sends no ROLLBACK, so the
// one shared connection stays inside the failed transaction; every later autocommit write "succeeds"
// inside it and is rolled back when the process ends, and the next `BEGIN` fails.)
//
// Each scenario uses the app's client as `createDb` configures it (the same adapter, 5 s busy
// timeout) but without `createDb`'s WAL guard, which would turn the first scenario into the second:
// it shows why the guard is there. A second connection stands for another process (the backup, a
// CLI) that holds a lock:
//   - rollback journal + a reader: COMMIT needs an EXCLUSIVE lock the reader's SHARED lock denies;
//   - WAL + a reader (the app's configuration, the backup's case): readers never block a commit;
//   - WAL + another writer: the first write inside the transaction waits, then fails; the engine's
//     rollback path sends a real ROLLBACK.
// Then one more autocommit write is acknowledged, the client is closed and a fresh connection counts.
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import Database from "better-sqlite3";
import { PrismaClient } from "@/generated/prisma-sqlite/client";
import { root } from "../http/server";

export type BusyCommitScenario = {
  name: string;
  journalMode: "delete" | "wal";
  holder: "reader" | "writer";
  /** How the transaction held up against the other connection's lock. */
  transaction: "committed" | "failed";
  transactionError: string | null;
  /** Writes the app's client reported as done (the transaction when it committed, then one plain write). */
  acknowledged: number;
  /** Rows a fresh connection finds after the client is closed. */
  persisted: number;
  lost: number;
  /** Whether a transaction could start again afterwards on the same client. */
  laterTransaction: "ok" | string;
};

const reason = (error: unknown) =>
  error instanceof Error ? (error.message.split("\n").filter(Boolean).at(-1) ?? error.name) : String(error);

async function scenario(
  dir: string,
  name: string,
  journalMode: "delete" | "wal",
  holder: "reader" | "writer",
): Promise<BusyCommitScenario> {
  const file = path.join(dir, `${name}.db`);
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(`${file}${suffix}`, { force: true });
  const setup = new Database(file);
  setup.pragma(`journal_mode = ${journalMode}`);
  setup.exec("CREATE TABLE t (x INTEGER NOT NULL)");
  setup.close();

  const db = new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: file, timeout: 5000 }) });
  await db.$queryRawUnsafe("SELECT 1");
  const other = new Database(file);
  other.exec(holder === "reader" ? "BEGIN" : "BEGIN IMMEDIATE");
  other.prepare("SELECT count(*) FROM t").get();
  // The other connection lets go once the app's client has waited out its busy timeout.
  const release = setTimeout(() => other.exec("ROLLBACK"), 6500);

  let acknowledged = 0;
  let transaction: BusyCommitScenario["transaction"] = "committed";
  let transactionError: string | null = null;
  try {
    await db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("INSERT INTO t (x) VALUES (1)");
    });
    acknowledged++;
  } catch (error) {
    transaction = "failed";
    transactionError = reason(error);
  }
  await new Promise((resolve) => setTimeout(resolve, 7000));
  clearTimeout(release);
  if (other.inTransaction) other.exec("ROLLBACK");
  other.close();

  await db.$executeRawUnsafe("INSERT INTO t (x) VALUES (2)");
  acknowledged++;
  let laterTransaction = "ok";
  try {
    await db.$transaction(async (tx) => tx.$queryRawUnsafe("SELECT 1"), { maxWait: 2000 });
  } catch (error) {
    laterTransaction = reason(error);
  }
  await db.$disconnect();

  const check = new Database(file, { readonly: true });
  const row = check.prepare("SELECT count(*) AS n FROM t").get() as { n: number };
  check.close();
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(`${file}${suffix}`, { force: true });
  return {
    name,
    journalMode,
    holder,
    transaction,
    transactionError,
    acknowledged,
    persisted: row.n,
    lost: Math.max(0, acknowledged - row.n),
    laterTransaction,
  };
}

export async function busyCommitCheck(): Promise<BusyCommitScenario[]> {
  const dir = path.join(root, "data/bench");
  mkdirSync(dir, { recursive: true });
  const id = Date.now().toString(36);
  return [
    await scenario(dir, `busy-${id}-journal-reader`, "delete", "reader"),
    await scenario(dir, `busy-${id}-wal-reader`, "wal", "reader"),
    await scenario(dir, `busy-${id}-wal-writer`, "wal", "writer"),
  ];
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  for (const s of await busyCommitCheck()) process.stdout.write(`${JSON.stringify(s)}\n`);
}
