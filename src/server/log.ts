import { env } from "@/env";

// A small structured logger. Callers pass identifiers and codes, never user text (notes,
// boundaries), passwords or tokens.
const levels = { error: 0, warn: 1, info: 2, debug: 3 } as const;
type Level = keyof typeof levels;

function write(level: Level, message: string, fields?: Record<string, unknown>) {
  if (levels[level] > levels[env.LOG_LEVEL]) return;
  const line = JSON.stringify({ time: new Date().toISOString(), level, message, ...fields });
  if (level === "error" || level === "warn") console.error(line);
  else console.log(line);
}

export const log = {
  error: (message: string, fields?: Record<string, unknown>) => write("error", message, fields),
  warn: (message: string, fields?: Record<string, unknown>) => write("warn", message, fields),
  info: (message: string, fields?: Record<string, unknown>) => write("info", message, fields),
  debug: (message: string, fields?: Record<string, unknown>) => write("debug", message, fields),
};

/**
 * What to log about an error: its name, code, the reason (the message's last line) and the stack
 * frames. Not the whole message: a database error's message can quote the statement's arguments
 * (a note, a boundary's text), and the stack's first line repeats the message.
 */
export function describeError(error: unknown) {
  if (!(error instanceof Error)) return { error: typeof error };
  const lines = error.message
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  const code = (error as { code?: unknown }).code;
  return {
    error: error.name,
    ...(typeof code === "string" ? { code } : {}),
    detail: (lines.at(-1) ?? "").slice(0, 300),
    stack: (error.stack ?? "")
      .split("\n")
      .filter((l) => l.trim().startsWith("at "))
      .slice(0, 12)
      .join("\n"),
  };
}
