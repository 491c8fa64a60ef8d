import { type Db, isPostgresUrl } from "@/server/db";

/** Every row of every table (but `except`), as one text: for "nothing changed" and "nothing left". */
export async function dumpTables(db: Db, url: string, except: string[] = []) {
  const tables = isPostgresUrl(url)
    ? await db.$queryRawUnsafe<{ name: string }[]>(
        "SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1",
      )
    : await db.$queryRawUnsafe<{ name: string }[]>(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY 1",
      );
  const dump: Record<string, unknown> = {};
  for (const { name } of tables) {
    if (except.includes(name)) continue;
    dump[name] = await db.$queryRawUnsafe(`SELECT * FROM "${name}" ORDER BY 1`);
  }
  return JSON.stringify(dump, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v));
}
