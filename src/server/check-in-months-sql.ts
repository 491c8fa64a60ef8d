// The SQL that builds CheckInMonth rows from CheckIn (see prisma/models.prisma): plain text with
// no imports, so the app (src/server/check-in-months.ts), the e2e seeder and the migration that
// filled the table all run the same statement. CASE, substr, ||, MAX and ON CONFLICT run
// unchanged on SQLite and PostgreSQL. The letters are ANSWER_CODES in the metrics.

const CODE = `CASE WHEN "outcome" = 'kept' THEN 'k' WHEN "outcome" = 'partly' THEN 'p' WHEN "outcome" = 'missed' AND "excused" THEN 'x' WHEN "outcome" = 'missed' THEN 'm' ELSE 'n' END`;

// One character per day of the month, "." where there is no check-in.
const CODES = Array.from({ length: 31 }, (_, i) => {
  const dd = String(i + 1).padStart(2, "0");
  return `COALESCE(MAX(CASE WHEN substr("day", 9, 2) = '${dd}' THEN ${CODE} END), '.')`;
}).join(" || ");

export const REBUILD_HEAD = `INSERT INTO "CheckInMonth" ("commitmentId", "userId", "month", "codes") SELECT "commitmentId", "userId", substr("day", 1, 7), ${CODES} FROM "CheckIn" WHERE `;
export const REBUILD_TAIL = ` GROUP BY "commitmentId", "userId", substr("day", 1, 7) ON CONFLICT ("commitmentId", "userId", "month") DO UPDATE SET "codes" = excluded."codes"`;

/**
 * (Re)builds the CheckInMonth rows of the CheckIn rows matching `where` (a condition on CheckIn,
 * "TRUE" for all). Months that have check-ins are replaced; nothing is deleted.
 */
export const rebuildCheckInMonthsSql = (where: string) => `${REBUILD_HEAD}${where}${REBUILD_TAIL}`;
