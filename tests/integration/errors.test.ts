// Issue #7, suite 3: when the database fails, the client gets a generic error and the server log
// gets the detail; the log never holds a note, a boundary's text, a token or a password.
import { writeFileSync } from "node:fs";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { handleTRPCRequest } from "@/server/api/http";
import { GENERIC_ERROR_MESSAGE } from "@/server/api/trpc";
import { createDb, type Db, isPostgresUrl, sqliteFilePath } from "@/server/db";
import { callerFor, signUp } from "../support/callers";
import { createTestDb } from "../support/test-db";

const LEAKS =
  /prisma|sqlite|postgres|SELECT |INSERT |at .+\(|\/work\/|node_modules|\.ts:\d+|\.js:\d+|ECONNREFUSED/i;

/** Everything the server logs (pino, on stdout) or writes to its console while `fn` runs. */
async function captureLog(fn: () => Promise<void>) {
  const lines: string[] = [];
  const record = (...args: unknown[]) => {
    lines.push(args.map(String).join(" "));
  };
  const spies = [
    vi.spyOn(console, "error").mockImplementation(record),
    vi.spyOn(console, "log").mockImplementation(record),
    vi.spyOn(console, "warn").mockImplementation(record),
    vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    }),
  ];
  try {
    await fn();
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
  return lines.join("\n");
}

afterEach(() => {
  vi.restoreAllMocks();
});

function post(path: string, json: unknown) {
  return new Request(`http://localhost/api/trpc/${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ json }),
  });
}

async function expectGeneric(res: Response) {
  expect(res.status).toBe(500);
  const text = await res.text();
  expect(text).toContain(GENERIC_ERROR_MESSAGE);
  expect(text).not.toMatch(LEAKS);
}

describe("a database that is down or broken", () => {
  let url: string;
  beforeAll(async () => {
    ({ url } = await createTestDb());
  });

  it("answers a generic 500 and logs the detail", async () => {
    let broken: Db;
    if (isPostgresUrl(url)) {
      // Nothing listens on port 9: the server is "stopped".
      const down = new URL(url);
      down.port = "9";
      broken = createDb(down.toString());
    } else {
      // A database file that has been overwritten with something else.
      const { url: other } = await createTestDb();
      writeFileSync(sqliteFilePath(other), "this file is no longer a database ".repeat(200));
      broken = createDb(other);
    }
    const log = await captureLog(async () => {
      await expectGeneric(
        await handleTRPCRequest(
          post("auth.signUp", {
            name: "N",
            email: "n@example.test",
            password: "a long passphrase",
            timeZone: "UTC",
          }),
          {
            db: broken,
            claims: null,
          },
        ),
      );
      await expectGeneric(
        await handleTRPCRequest(new Request("http://localhost/api/trpc/user.me"), {
          db: broken,
          claims: { userId: "someone", sessionId: "some-session" },
        }),
      );
    });
    expect(log).toContain("trpc procedure failed");
    expect(log).toMatch(/"path":"auth.signUp"/);
    expect(log).toMatch(/"path":"user.me"/);
    await broken.$disconnect().catch(() => undefined);
  });
});

describe("the server log", () => {
  it("never holds notes, boundary text, tokens or passwords, even when procedures fail", async () => {
    const { db } = await createTestDb();
    const SECRET = "SENTINEL-7f3a";
    let token = "";
    let code = "";
    const log = await captureLog(async () => {
      const password = `${SECRET} password`;
      const a = await signUp(db, { password });
      const b = await signUp(db);
      const invite = await callerFor(db, a.claims).invite.create();
      await callerFor(db, b.claims).invite.accept({
        token: new URL(invite.url).pathname.split("/").pop() ?? "",
      });
      const { id } = await callerFor(db, a.claims).commitment.create({
        title: `${SECRET} title`,
        who: "me",
        cadence: { kind: "daily" },
      });
      await callerFor(db, a.claims).boundary.propose({
        title: `${SECRET} boundary`,
        description: `${SECRET} meaning`,
        category: "communication",
        owner: "ours",
        note: `${SECRET} why`,
      });
      // Now break the tables these writes need, and send user text through the failing paths.
      for (const table of ["CheckInAck", "CheckInRevision", "CheckIn", "BoundaryEvent", "RateLimit"]) {
        await db.$executeRawUnsafe(`DROP TABLE "${table}"`);
      }
      const attempts: [string, unknown, typeof a][] = [
        [
          "commitment.checkIn",
          {
            commitmentId: id,
            day: new Date().toISOString().slice(0, 10),
            outcome: "kept",
            note: `${SECRET} note`,
            noteShared: false,
          },
          a,
        ],
        [
          "boundary.propose",
          {
            title: `${SECRET} t2`,
            description: `${SECRET} d2`,
            category: "communication",
            owner: "ours",
            note: `${SECRET} n2`,
          },
          b,
        ],
        ["user.changePassword", { currentPassword: password, newPassword: `${SECRET} new password` }, a],
        [
          "auth.signUp",
          { name: `${SECRET}`, email: "sentinel@example.test", password: `${SECRET} pw`, timeZone: "UTC" },
          a,
        ],
      ];
      for (const [path, input, user] of attempts) {
        const res = await handleTRPCRequest(post(path, input), { db, claims: user.claims });
        expect(res.status, path).toBeGreaterThanOrEqual(400);
        expect(await res.text()).not.toContain(SECRET);
      }
      token = new URL(invite.url).pathname.split("/").pop() ?? "";
      code = invite.code;
    });
    // The failures were logged (so this test can see a leak if there is one)…
    expect(log).toContain("trpc procedure failed");
    expect(log.match(/trpc procedure failed/g)?.length ?? 0).toBeGreaterThanOrEqual(3);
    // …and nothing anybody typed, no token, no password.
    expect(log).not.toContain(SECRET);
    expect(token.length).toBeGreaterThan(10);
    expect(log).not.toContain(token);
    expect(log).not.toContain(code);
  });
});
