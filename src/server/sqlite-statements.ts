import type Database from "better-sqlite3";
import { LRUCache } from "lru-cache";

// @prisma/adapter-better-sqlite3 (7.10) compiles every statement it runs afresh:
// `client.prepare(sql).bind(args)`, then `.run()` or `.raw().all()`. Compiling costs more than
// running most of ours (0.18 ms for the session statement, every signed-in request, measured
// with `npm run bench:http -- --cpu-prof`), and a better-sqlite3 statement can be bound only
// once, so the adapter can't simply be handed old ones. The connection below keeps compiled
// statements by their SQL and gives the adapter, for each call, an object that answers those same
// calls by running the kept statement with that call's arguments.
//
// Schema changes: SQLite recompiles a statement when the schema changes under it, but
// better-sqlite3 keeps the statement's first list of columns, so a `SELECT *` kept from before a
// change would name fewer columns than its rows then hold. So statements that expand `*` are
// never kept (Prisma names its columns; so does the app's own SQL), and a change made through
// this connection (DDL, or a script through `exec`) drops every kept statement. A statement that
// names its columns stays right when another connection changes the schema: SQLite recompiles
// it, or fails it (a dropped column) as it would fail a fresh one.

type Statement = Database.Statement<unknown[], unknown>;

/** How many distinct statements are kept (Prisma's SQL varies with `IN (…)` list lengths). */
const MAX_STATEMENTS = 500;

/** Statements that change the schema (SQLite's DDL, and what can rewrite it wholesale). */
const DDL = /^\s*(create|alter|drop|vacuum|attach|detach|pragma)\b/i;
/** SQL without its comments, for the two tests above (run once per new statement). */
const withoutComments = (sql: string) => sql.replace(/--[^\n]*|\/\*[\s\S]*?\*\//g, " ");
/** `SELECT *`, `SELECT a, *`, `t.*`, `RETURNING *` (not `COUNT(*)`). */
const EXPANDS_COLUMNS = /(\bselect(\s+(distinct|all))?|\breturning|,)\s*\*|\.\s*\*/i;

/** The calls the adapter makes on a prepared statement, answered by a kept one. */
function run(statement: Statement, args?: unknown[]) {
  return {
    reader: statement.reader,
    // Read afresh every time: after another connection rebuilds a table (how a migration changes
    // a column's type), SQLite recompiles the kept statement and its declared types change with
    // it; the adapter reads each value by its column's declared type.
    columns: () => statement.columns(),
    run: () => (args ? statement.run(args) : statement.run()),
    // The adapter reads every row as an array (`raw()`), so a kept reader is always in raw mode.
    raw: () => ({ all: () => (args ? statement.raw(true).all(args) : statement.raw(true).all()) }),
  };
}

/** `connection`, with `prepare` answered from a bounded cache of compiled statements. */
export function withStatementCache(connection: Database.Database): Database.Database {
  const statements = new LRUCache<string, Statement>({ max: MAX_STATEMENTS });
  const prepare = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = connection.prepare(sql);
      // A schema change is run once, uncached, and forgets everything kept before it.
      const code = withoutComments(sql);
      if (DDL.test(code)) statements.clear();
      else if (!EXPANDS_COLUMNS.test(code)) statements.set(sql, statement);
    }
    const kept = statement;
    return { ...run(kept), bind: (args: unknown[]) => run(kept, args) };
  };
  const exec = (script: string) => {
    statements.clear();
    return connection.exec(script);
  };
  return new Proxy(connection, {
    get(target, property) {
      if (property === "prepare") return prepare;
      if (property === "exec") return exec;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

const isConnection = (value: unknown): value is Database.Database =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as { prepare?: unknown }).prepare === "function" &&
  typeof (value as { exec?: unknown }).exec === "function";

/**
 * Gives the adapter's connection a statement cache. The adapter keeps its connection in `client`
 * (7.10); returns false, and changes nothing, if a later version keeps it elsewhere (the
 * integration test "compiles each statement once" then fails).
 */
export function cacheAdapterStatements(adapter: object): boolean {
  const holder = adapter as { client?: unknown };
  if (!isConnection(holder.client)) return false;
  holder.client = withStatementCache(holder.client);
  return true;
}
