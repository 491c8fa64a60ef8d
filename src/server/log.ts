import pino from "pino";
import { env } from "@/env";

// The server's log: pino's JSON lines on stdout, at LOG_LEVEL. Callers pass identifiers and codes,
// never user text (notes, boundaries), passwords, tokens or mail bodies: e2e/log-check.ts and the
// deploy test read the whole log for what the tests typed. One logger per process on globalThis,
// as Next's bundles (routes, instrumentation) each load this module. Written through
// process.stdout (synchronous for files and pipes on Linux), so a test can read what is logged.
const key = Symbol.for("kept.logger");
const holder = globalThis as { [key]?: pino.Logger };
holder[key] ??= pino({ level: env.LOG_LEVEL, base: { pid: process.pid } }, process.stdout);
const logger = holder[key];

type Fields = Record<string, unknown>;
export const log = {
  error: (message: string, fields?: Fields) => logger.error(fields ?? {}, message),
  warn: (message: string, fields?: Fields) => logger.warn(fields ?? {}, message),
  info: (message: string, fields?: Fields) => logger.info(fields ?? {}, message),
  debug: (message: string, fields?: Fields) => logger.debug(fields ?? {}, message),
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
