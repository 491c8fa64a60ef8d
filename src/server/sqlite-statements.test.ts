import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it, vi } from "vitest";
import { cacheAdapterStatements, withStatementCache } from "./sqlite-statements";

afterEach(() => {
  vi.restoreAllMocks();
});

// The calls @prisma/adapter-better-sqlite3 makes, in its own words.
const query = (client: Database.Database, sql: string, args: unknown[]) => {
  const stmt = client.prepare(sql).bind(args);
  if (!stmt.reader) return stmt.run();
  return { columns: stmt.columns().map((c) => c.name), rows: stmt.raw().all() };
};

describe("the SQLite statement cache", () => {
  it("answers the adapter's calls as fresh statements do, compiling each SQL once", () => {
    const plain = new Database(":memory:");
    const cached = withStatementCache(new Database(":memory:"));
    const prepare = vi.spyOn(Database.prototype, "prepare");
    const script: [string, unknown[]][] = [
      ["CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)", []],
      ["INSERT INTO t (name) VALUES (?)", ["ana"]],
      ["INSERT INTO t (name) VALUES (?)", ["ben"]],
      ["SELECT id, name FROM t WHERE name = ?", ["ana"]],
      ["SELECT id, name FROM t WHERE name = ?", ["ben"]],
      ["SELECT id, name FROM t WHERE name = ?", ["nobody"]],
      ["UPDATE t SET name = ? WHERE id = ?", ["cy", 1]],
      ["SELECT * FROM t ORDER BY id", []],
      // A schema change under a kept statement: SQLite recompiles it, new column included.
      ["ALTER TABLE t ADD COLUMN note TEXT", []],
      ["SELECT * FROM t ORDER BY id", []],
    ];
    for (const [sql, args] of script) {
      expect(query(cached, sql, args), sql).toEqual(query(plain, sql, args));
    }
    // Each SQL compiled once, except `SELECT *`, compiled every time.
    const byCache = prepare.mock.calls
      .filter((_, i) => prepare.mock.contexts[i] !== plain)
      .map(([sql]) => sql);
    const star = "SELECT * FROM t ORDER BY id";
    expect(byCache.filter((sql) => sql !== star)).toEqual(
      [...new Set(script.map(([sql]) => sql))].filter((sql) => sql !== star),
    );
    expect(byCache.filter((sql) => sql === star)).toHaveLength(2);
  });

  it("forgets what it kept when a script changes the schema", () => {
    const plain = new Database(":memory:");
    const cached = withStatementCache(new Database(":memory:"));
    for (const client of [plain, cached])
      client.exec("CREATE TABLE t (id INTEGER PRIMARY KEY); INSERT INTO t VALUES (1)");
    expect(query(cached, "SELECT * FROM t", [])).toEqual(query(plain, "SELECT * FROM t", []));
    for (const client of [plain, cached]) client.exec("ALTER TABLE t ADD COLUMN note TEXT DEFAULT 'hi'");
    expect(query(cached, "SELECT * FROM t", [])).toEqual({ columns: ["id", "note"], rows: [[1, "hi"]] });
    expect(query(cached, "SELECT * FROM t", [])).toEqual(query(plain, "SELECT * FROM t", []));
  });

  it("after another connection changes the schema, answers as a fresh statement does", () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "kept-statements-")), "db.sqlite");
    const plain = new Database(file);
    const cached = withStatementCache(new Database(file));
    plain.exec(
      "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO t (id, name) VALUES (1, 'ana')",
    );
    const reads: [string, unknown[]][] = [
      ["SELECT id, name FROM t WHERE id = ?", [1]],
      ["SELECT * FROM t", []],
    ];
    for (const [sql, args] of reads) expect(query(cached, sql, args)).toEqual(query(plain, sql, args));
    new Database(file).exec("ALTER TABLE t ADD COLUMN note TEXT DEFAULT 'hi'");
    for (const [sql, args] of [...reads, ["SELECT id, note FROM t", []] as [string, unknown[]]]) {
      expect(query(cached, sql, args), sql).toEqual(query(plain, sql, args));
    }
  });

  it("keeps no statement that expands `*`", () => {
    const client = withStatementCache(new Database(":memory:"));
    client.exec("CREATE TABLE t (id INTEGER PRIMARY KEY)");
    const prepare = vi.spyOn(Database.prototype, "prepare");
    const expanding = [
      "SELECT /* every column */ * FROM t",
      "-- all of it\nSELECT * FROM t",
      "SELECT * FROM t",
      "select distinct * from t",
      "SELECT id, * FROM t",
      "SELECT t.* FROM t",
      "INSERT INTO t (id) VALUES (NULL) RETURNING *",
    ];
    const naming = ["SELECT COUNT(*) FROM t", "SELECT id * 2 FROM t"];
    for (let i = 0; i < 2; i++) for (const sql of [...expanding, ...naming]) query(client, sql, []);
    const compiled = prepare.mock.calls.map(([sql]) => sql);
    for (const sql of expanding)
      expect(
        compiled.filter((s) => s === sql),
        sql,
      ).toHaveLength(2);
    for (const sql of naming)
      expect(
        compiled.filter((s) => s === sql),
        sql,
      ).toHaveLength(1);
  });

  it("runs transactions and passes errors through", () => {
    const client = withStatementCache(new Database(":memory:"));
    client.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL)");
    for (const [begin, end] of [
      ["BEGIN", "ROLLBACK"],
      ["BEGIN", "COMMIT"],
    ] as const) {
      client.prepare(begin).run();
      query(client, "INSERT INTO t (name) VALUES (?)", [end]);
      client.prepare(end).run();
    }
    expect(query(client, "SELECT name FROM t", [])).toEqual({ columns: ["name"], rows: [["COMMIT"]] });
    expect(() => query(client, "INSERT INTO t (name) VALUES (?)", [null])).toThrow(/NOT NULL/);
    expect(() => query(client, "SELECT nope FROM t", [])).toThrow(/no such column/);
    expect(() => query(client, "SELECT name FROM t WHERE id = ?", [])).toThrow(RangeError);
    // Still usable after each failure.
    expect(query(client, "SELECT name FROM t WHERE id = ?", [1])).toEqual({
      columns: ["name"],
      rows: [["COMMIT"]],
    });
  });

  it("finds the adapter's connection, or says it couldn't", () => {
    const adapter = { client: new Database(":memory:") };
    expect(cacheAdapterStatements(adapter)).toBe(true);
    const prepare = vi.spyOn(Database.prototype, "prepare");
    for (let i = 0; i < 3; i++) query(adapter.client, "SELECT ? AS n", [i]);
    expect(prepare.mock.calls.map(([sql]) => sql)).toEqual(["SELECT ? AS n"]);
    expect(cacheAdapterStatements({ connection: new Database(":memory:") })).toBe(false);
  });
});
