// Issue #7, suite 2: hostile input to every procedure through the router's HTTP face (the very
// handler the route serves: URL and body parsing, superjson, zod, the procedures).
// Per procedure, at least 200 inputs the procedure's own zod schema refuses — each field replaced
// by wrong types, huge and strange strings, broken and far-off dates, negative numbers; the
// valid input with extra fields (userId, coupleId, version, ownerId, __proto__, …); and
// fast-check's random values — plus shape-valid but hostile values (unknown ids, injection
// strings, dates out of range) the domain must turn away. Every answer must be 4xx (never 5xx),
// carry no internals, and the refused ones must leave the database exactly as it was.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ZodType } from "zod";
import { allChoices } from "@/domain/notification/schemas";
import { handleTRPCRequest } from "@/server/api/http";
import { API_BODY_LIMIT } from "@/server/api/request-guards";
import { appRouter } from "@/server/api/root";
import type { Db } from "@/server/db";
import { PROCEDURES as E2E_PROCEDURES } from "../../e2e/procedures";
import { dumpTables } from "../support/dump";
import { createTestDb } from "../support/test-db";
import { type World, world } from "../support/world";

let db: Db;
let url: string;
let w: World;
beforeAll(async () => {
  ({ db, url } = await createTestDb());
  w = await world(db);
}, 60_000);

const LEAKS = /prisma|sqlite|postgres|SELECT |INSERT |at .+\(|\/work\/|node_modules|\.ts:\d+|\.js:\d+/i;
const PER_PROCEDURE = 200;

/** A valid input for each procedure that takes one (the actor is Ava unless noted). */
function validInputs(w: World): Record<string, { input: unknown; as?: "partner" }> {
  const text = {
    title: "A new boundary",
    description: "What it means",
    category: "communication",
    owner: "ours",
  };
  return {
    "auth.requestPasswordReset": { input: { email: "n@example.test" } },
    "auth.resetPassword": { input: { token: "A".repeat(43), password: "a long new passphrase" } },
    "auth.verifyEmail": { input: { userId: w.users.self?.id ?? "", token: "A".repeat(43) } },
    "auth.signUp": {
      input: { name: "N", email: "n@example.test", password: "a long passphrase", timeZone: "UTC" },
    },
    "account.delete": { input: { password: "a calm and long passphrase" } },
    "user.updateProfile": { input: { name: "Ava", timeZone: "Europe/Berlin", weekStartsOn: 1 } },
    "user.setTheme": { input: { theme: "dark" } },
    "user.changePassword": {
      input: { currentPassword: "a calm and long passphrase", newPassword: "another passphrase" },
    },
    "user.changeEmail": {
      input: { email: "moved@example.test", currentPassword: "a calm and long passphrase" },
    },
    "mail.updateSettings": {
      input: {
        choices: { "partner-news": true, reminders: false, "weekly-summary": false },
        titles: false,
        reminderTime: "08:00",
        quietFrom: "22:00",
        quietTo: "07:00",
        weeklySummaryDay: 0,
      },
    },
    "notification.markRead": { input: { id: w.eliNotification } },
    "notification.updateSettings": {
      input: { choices: allChoices(false) },
    },
    "session.end": { input: { id: w.users.self?.claims.sessionId ?? "" } },
    "invite.preview": { input: { token: w.inviteToken } },
    "invite.accept": { input: { token: w.inviteToken } },
    "invite.sendByEmail": { input: { email: "partner@example.test" } },
    "invite.decline": { input: { code: "WXYZ-2345" } },
    "boundary.list": { input: { view: "all" } },
    "boundary.get": { input: { id: w.pending.id } },
    "boundary.propose": { input: { ...text, note: "why" } },
    "boundary.agree": { input: { ...w.pending, versionNumber: 1 }, as: "partner" },
    "boundary.edit": { input: { ...w.pending, text } },
    "boundary.decline": { input: { ...w.pending, note: "no" }, as: "partner" },
    "boundary.withdraw": { input: { ...w.pending, note: "never mind" } },
    "boundary.proposeRevision": { input: { id: w.active.id, rev: 1, text } },
    "boundary.proposeRetire": { input: { id: w.active.id, rev: 1 } },
    "boundary.setReview": { input: { id: w.active.id, rev: 1, reviewOn: null } },
    "boundary.review": { input: { id: w.active.id, rev: 1, answer: "retire", note: "n" } },
    "boundary.respect": { input: { id: w.active.id, respected: true, note: "thanks" } },
    "commitment.list": { input: { view: "active" } },
    "commitment.today": { input: { day: w.today } },
    "commitment.get": { input: { id: w.avasOwn } },
    "commitment.create": {
      input: {
        title: "Something",
        description: "what",
        who: "me",
        cadence: { kind: "weekdays", days: [1, 3] },
      },
    },
    "commitment.edit": { input: { id: w.avasOwn, title: "Changed", cadence: { kind: "daily" } } },
    "commitment.archive": { input: { id: w.avasOwn, archived: true } },
    "commitment.pause": { input: { commitmentId: w.avasOwn, from: w.today, to: w.today } },
    "commitment.unpause": { input: { id: w.avasPause } },
    "commitment.checkIn": {
      input: { commitmentId: w.avasOwn, day: w.today, outcome: "kept", note: "n", noteShared: false },
    },
    "commitment.undoCheckIn": { input: { id: w.avasCheckIn } },
    "commitment.acknowledge": {
      input: { checkInId: w.avasCheckIn, kind: "differ", note: "hm" },
      as: "partner",
    },
    "commitment.unacknowledge": { input: { id: w.bensCheckIn } },
    "consistency.dashboard": { input: { range: "12w", person: "both" } },
    "amends.get": { input: { id: w.avasAmends } },
    "amends.create": { input: { whatIDid: "w", impact: "i", different: "d", share: false } },
    "amends.edit": { input: { id: w.avasDraft, rev: 0, whatIDid: "w", impact: "i", different: "d" } },
    "amends.share": { input: { id: w.avasDraft, rev: 0 } },
    "amends.deleteDraft": { input: { id: w.avasDraft } },
    "amends.answer": { input: { id: w.avasAmends, answer: "talk", note: "n" }, as: "partner" },
    "amends.followUp": { input: { id: w.avasAmends, note: "n" } },
    "amends.markTalked": { input: { id: w.avasAmends } },
    "amends.followThrough": { input: { id: w.avasAmends, as: "commitment", title: "Ask first" } },
    "talk.get": { input: { week: w.lastWeek } },
    "talk.setDay": { input: { day: 0 } },
    "talk.save": {
      input: { week: w.today, appreciation: "a", wentWell: "w", hard: "h", request: "r", submit: true },
      as: "partner",
    },
    "talk.skip": { input: { week: w.today, skipped: true } },
    "talk.reflect": { input: { answerId: w.avasLastTalk, prompt: "hard", text: "t" }, as: "partner" },
    "talk.confirm": { input: { reflectionId: w.bensReflection, verdict: "not-quite", note: "n" } },
    "talk.followThrough": { input: { id: w.avasLastTalk, as: "boundary", title: "Call if late" } },
    "journey.get": { input: { filter: "talks" } },
    "sharingBreak.start": { input: { days: 3, note: "Back soon" } },
    "timeOut.start": { input: { minutes: 20 } },
    "repairTalk.get": { input: { id: w.repairTalk } },
    "repairTalk.start": { input: { about: "What happened" } },
    "repairTalk.save": {
      input: { id: w.repairTalk, step: "felt", feelings: ["sad"], text: "t", share: false },
      as: "partner",
    },
    "repairTalk.hearAgain": { input: { id: w.repairTalk, text: "t" } },
    "repairTalk.confirm": { input: { answerId: w.avasHeard, verdict: "yes" }, as: "partner" },
    "repairTalk.stop": { input: { id: w.repairTalk, to: "counselor" } },
    "repairTalk.followThrough": { input: { id: w.avasPlan, as: "commitment", title: "Pause first" } },
    "qualityTime.get": { input: { id: w.qualityTime } },
    "qualityTime.mark": { input: { ideaKey: w.walk, choice: "maybe" } },
    "qualityTime.addIdea": { input: { title: "Tea on the roof", kind: "at-home", effort: "small" } },
    "qualityTime.schedule": { input: { ideaKey: w.walk, day: w.today } },
    "qualityTime.reflect": { input: { id: w.qualityTime, moment: "The light", closeness: 3 }, as: "partner" },
    "repairTalk.makeAmends": {
      input: { id: w.avasPart, whatIDid: "w", impact: "i", different: "d", share: false },
    },
    "counselor.summary": { input: { from: w.today, to: w.today, includeMyNotes: true } },
    "counselor.propose": { input: { from: w.today, to: w.today, days: 14, includeMyNotes: false } },
    "counselor.approve": { input: { id: w.active.id, includeMyNotes: false } },
    "counselor.revoke": { input: { id: w.active.id } },
    "counselor.view": { input: { token: "A".repeat(43) } },
  };
}

const HUGE = "x".repeat(100_000);
const HOSTILE_VALUES: unknown[] = [
  null,
  0,
  -1,
  -2_147_483_649,
  1e308,
  0.5,
  true,
  false,
  [],
  [1, 2],
  {},
  { nested: { deeper: [null] } },
  "",
  " ",
  HUGE,
  "👩‍❤️‍👨".repeat(3000),
  "\u0000",
  "\u202Eevil",
  "\uD800",
  "Z̷̧̛a̶l̵g̸o".repeat(500),
  "-0001-01-01",
  "0000-00-00",
  "2026-02-30",
  "275760-09-13",
  "1e9",
];
const EXTRA_FIELDS: Record<string, unknown>[] = [
  { userId: "someone-else" },
  { coupleId: "another-couple" },
  { version: 99 },
  { ownerId: "someone-else" },
  { createdById: "someone-else" },
  { rev: -1 },
  { sessionVersion: 0 },
  { constructor: { prototype: { admin: true } } },
];
/** Shape-valid values the domain must still turn away (or simply not find). */
const DOMAIN_HOSTILE: Record<string, unknown[]> = {
  id: ["' OR 1=1 --", "../../etc/passwd", "ckxxxxxxxxxxxxxxxxxxxxxxx", "😈".repeat(10), "%00"],
  day: ["9999-12-31", "1970-01-01", "2000-02-29"],
  week: ["9999-12-31", "1970-01-01", "2000-02-29"],
  answerId: ["' OR 1=1 --", "../../etc/passwd", "%00"],
  reflectionId: ["' OR 1=1 --", "../../etc/passwd", "%00"],
  from: ["9999-12-31", "1970-01-01"],
  token: ["' OR 1=1 --", "x".repeat(100)],
  code: ["' OR '1'='1", "AAAA-AAAA"],
};

type Dict = Record<string, unknown>;
const isDict = (v: unknown): v is Dict => typeof v === "object" && v !== null && !Array.isArray(v);

/** Every way of replacing one field (at any depth) of `valid` with `value`. */
function replacements(valid: unknown, value: unknown): unknown[] {
  if (!isDict(valid)) return [];
  return Object.keys(valid).flatMap((key) => [
    { ...valid, [key]: value },
    ...replacements(valid[key], value).map((inner) => ({ ...valid, [key]: inner })),
  ]);
}

function domainHostile(valid: unknown): unknown[] {
  if (!isDict(valid)) return [];
  return Object.entries(DOMAIN_HOSTILE).flatMap(([field, values]) =>
    field in valid ? values.map((v) => ({ ...valid, [field]: v })) : [],
  );
}

type ProcedureDef = { _def: { type: "query" | "mutation" | "subscription"; inputs: ZodType[] } };
const procedures = appRouter._def.procedures as unknown as Record<string, ProcedureDef>;

/** At least PER_PROCEDURE inputs the procedure's own schema refuses, deterministic per procedure. */
function refusedInputs(path: string, valid: unknown): unknown[] {
  const schema = procedures[path]?._def.inputs[0];
  // What is sent is the value's JSON: `{ "": undefined }` goes out as `{}`, which may be valid.
  const sent = (v: unknown) => {
    const json = JSON.stringify(v);
    return json === undefined ? undefined : (JSON.parse(json) as unknown);
  };
  const refused = (v: unknown) =>
    schema ? !schema.safeParse(v).success && !schema.safeParse(sent(v)).success : v !== undefined;
  const candidates = [
    ...HOSTILE_VALUES.flatMap((v) => replacements(valid, v)),
    ...EXTRA_FIELDS.map((extra) => (isDict(valid) ? { ...valid, ...extra } : extra)),
    ...HOSTILE_VALUES,
  ].filter(refused);
  const seed = [...path].reduce((h, c) => (h * 31 + c.charCodeAt(0)) | 0, 7);
  const random = fc.sample(fc.anything({ withBigInt: false, withBoxedValues: false }).filter(refused), {
    numRuns: Math.max(50, PER_PROCEDURE - candidates.length),
    seed,
  });
  return [...candidates, ...random];
}

function request(path: string, type: string, input: unknown) {
  const json = JSON.stringify({ json: input });
  const headers = { "x-kept-peer-address": `192.0.2.${Math.floor(Math.random() * 250)}` };
  return type !== "mutation"
    ? new Request(`http://localhost/api/trpc/${path}?input=${encodeURIComponent(json)}`, { headers })
    : new Request(`http://localhost/api/trpc/${path}`, {
        method: "POST",
        headers: { ...headers, "content-type": "application/json" },
        body: json,
      });
}

/**
 * A subscription answers 200 with an event stream even when it refuses: the refusal is its one
 * `serialized-error` event (then the stream ends), carrying the status a query would have had.
 */
function statusOf(res: Response, body: string) {
  if (!res.headers.get("content-type")?.startsWith("text/event-stream")) return res.status;
  const match = /event: serialized-error\ndata: .*"httpStatus":(\d+)/.exec(body);
  return match ? Number(match[1]) : res.status;
}

/** Every row of every table but the rate limiter's counters, for "nothing changed". */
const snapshot = () => dumpTables(db, url, ["RateLimit", "_prisma_migrations"]);

const figures = { procedures: 0, refused: 0, domainHostile: 0, fiveHundreds: 0 };

describe("hostile input", () => {
  const inputsFor = () => validInputs(w);

  it("e2e/procedures.ts (the list the over-HTTP run uses) matches the router", () => {
    expect(E2E_PROCEDURES).toEqual(
      Object.fromEntries(Object.entries(procedures).map(([path, p]) => [path, p._def.type])),
    );
  });

  it("covers every procedure", () => {
    const paths = Object.keys(procedures);
    const withInput = Object.keys(inputsFor());
    for (const path of paths) {
      const takesInput = (procedures[path]?._def.inputs[0]?.safeParse(undefined).success ?? true) === false;
      if (takesInput) expect(withInput, `${path} needs a valid input in this file`).toContain(path);
    }
    expect(withInput.filter((p) => !paths.includes(p))).toEqual([]);
  });

  it.each(Object.keys(procedures).sort())("%s", { timeout: 120_000 }, async (path) => {
    const def = procedures[path]?._def;
    if (!def) throw new Error(path);
    const valid = inputsFor()[path];
    const users = w.users;
    const claims = (valid?.as === "partner" ? users.partner : users.self)?.claims ?? null;
    const inputs = refusedInputs(path, valid?.input);
    expect(inputs.length).toBeGreaterThanOrEqual(PER_PROCEDURE);
    const before = await snapshot();
    for (const input of inputs) {
      const req = request(path, def.type, input);
      // A body over the API's limit is refused unread (413); everything else by its schema (400).
      const tooLarge = req.method === "POST" && JSON.stringify({ json: input }).length > API_BODY_LIMIT;
      const res = await handleTRPCRequest(req, { db, claims });
      const body = await res.text();
      const status = statusOf(res, body);
      if (status >= 500) figures.fiveHundreds++;
      expect(status, `${path} ${JSON.stringify(input)?.slice(0, 200)}`).toBe(tooLarge ? 413 : 400);
      expect(body).not.toMatch(LEAKS);
    }
    expect(await snapshot(), `${path} changed the database on refused input`).toBe(before);
    figures.procedures++;
    figures.refused += inputs.length;
    // Shape-valid but hostile: any 4xx, never 5xx, never internals.
    for (const input of domainHostile(valid?.input)) {
      const res = await handleTRPCRequest(request(path, def.type, input), { db, claims });
      const body = await res.text();
      expect(statusOf(res, body), `${path} ${JSON.stringify(input)}`).toBeLessThan(500);
      expect(body).not.toMatch(LEAKS);
      figures.domainHostile++;
    }
  });

  it("can't pollute prototypes: a __proto__ key is dropped on the way in", async () => {
    const claims = w.users.self?.claims ?? null;
    for (const path of ["commitment.list", "consistency.dashboard", "user.updateProfile"]) {
      const body = `{"json":{"__proto__":{"polluted":true,"isAdmin":true},"constructor":{"prototype":{"polluted":true}}}}`;
      const def = procedures[path]?._def;
      const req =
        def?.type === "query"
          ? new Request(`http://localhost/api/trpc/${path}?input=${encodeURIComponent(body)}`)
          : new Request(`http://localhost/api/trpc/${path}`, {
              method: "POST",
              headers: { "content-type": "application/json" },
              body,
            });
      const res = await handleTRPCRequest(req, { db, claims });
      expect(res.status, path).toBeLessThan(500);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    }
  });

  it("turns away bodies that aren't JSON at all, and broken superjson", async () => {
    const claims = w.users.self?.claims ?? null;
    const bodies = [
      "{",
      "[]",
      "null",
      '{"json":',
      "\u0000",
      HUGE,
      '{"0":{"json":{},"meta":{"values":{"x":["Date"]}}}}',
    ];
    for (const body of bodies) {
      const res = await handleTRPCRequest(
        new Request("http://localhost/api/trpc/commitment.create", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body,
        }),
        { db, claims },
      );
      expect(res.status, body.slice(0, 40)).toBeGreaterThanOrEqual(400);
      expect(res.status, body.slice(0, 40)).toBeLessThan(500);
      expect(await res.text()).not.toMatch(LEAKS);
    }
    const query = await handleTRPCRequest(
      new Request("http://localhost/api/trpc/commitment.list?input=%7B%7B"),
      {
        db,
        claims,
      },
    );
    expect(query.status).toBe(400);
  });
});

afterAll(() => {
  process.stdout.write(
    `\nHostile input: ${figures.procedures} procedures, ${figures.refused} refused inputs (all 400, database unchanged), ` +
      `${figures.domainHostile} shape-valid hostile inputs (all < 500), ${figures.fiveHundreds} answers ≥ 500\n`,
  );
});
