import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import type { BrowserContext } from "@playwright/test";
import { addDays, dayOfWeek } from "../src/domain/commitment/schedule";
import { builtInKey } from "../src/domain/quality-time/ideas";
import { createAccount, expect, fakeIp, newUserData, signInOverHttp, test } from "./fixtures";

// "Days, not minutes" (docs/security.md) for what the pages carry: after Ava did one of everything
// Ben can see, every page of the app (the list comes from src/app itself, so a new page without a
// row fails this file), as HTML and as its RSC payload, holds no instant finer than a day (an ISO
// time, or a Date in the payload) and no id holding its creation time (a cuid v1, decoded).
// tests/integration/days-not-minutes.test.ts does the same for every procedure, the export, every
// mail kind and the live events.

const APP = join(process.cwd(), "src", "app");

/** Every page's route, as Next.js reads src/app: route groups dropped, `[x]` a parameter. */
function pageRoutes(dir = APP): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return pageRoutes(path);
    if (entry.name !== "page.tsx") return [];
    const segments = relative(APP, dir)
      .split(sep)
      .filter((s) => s && !/^\(.*\)$/.test(s));
    return [`/${segments.join("/")}`];
  });
}

type World = Awaited<ReturnType<typeof oneOfEverything>>;

/** Each page's route, and the addresses of it Ben opens. */
const PAGES: Record<string, (w: World) => string[]> = {
  "/": () => ["/"],
  "/home": () => ["/home"],
  "/today": () => ["/today"],
  "/commitments": () => ["/commitments", "/commitments?view=archived"],
  "/commitments/[id]": (w) => [`/commitments/${w.shared}`, `/commitments/${w.avasOwn}`],
  "/boundaries": () => ["/boundaries"],
  "/boundaries/[id]": (w) => [`/boundaries/${w.boundary}`],
  "/dashboard": () => ["/dashboard"],
  "/notifications": () => ["/notifications"],
  "/amends": () => ["/amends"],
  "/amends/new": () => ["/amends/new"],
  "/amends/[id]": (w) => [`/amends/${w.amends}`],
  "/talk": () => ["/talk"],
  "/talk/[week]": (w) => [`/talk/${w.lastWeek}`],
  "/talk/past": () => ["/talk/past"],
  "/repair": () => ["/repair"],
  "/repair/[id]": (w) => [`/repair/${w.repairTalk}`],
  "/quality-time": () => ["/quality-time"],
  "/quality-time/[id]": (w) => [`/quality-time/${w.qualityTime}`],
  "/journey": () => ["/journey"],
  "/counselor": () => ["/counselor"],
  "/c/[token]": (w) => [`/c/${w.counselorToken}`],
  "/time-out": () => ["/time-out"],
  "/settings": () => ["/settings"],
  "/help": () => ["/help"],
  "/get-help": () => ["/get-help"],
  "/invite": () => ["/invite"],
  "/invite/[token]": (w) => [`/invite/${w.inviteToken}`],
  "/sign-in": () => ["/sign-in"],
  "/sign-up": () => ["/sign-up"],
  "/forgot-password": () => ["/forgot-password"],
  "/reset-password/[token]": () => ["/reset-password/not-a-real-token"],
  "/verify-email/[token]": () => ["/verify-email/not-a-real-token"],
  "/unsubscribe": () => ["/unsubscribe"],
};

async function call(context: BrowserContext, path: string, json?: unknown): Promise<Record<string, string>> {
  const res = await context.request.post(`/api/trpc/${path}`, { data: { json } });
  expect(res.status(), `${path}: ${await res.text()}`).toBe(200);
  return ((await res.json()) as { result: { data: { json: Record<string, string> } } }).result.data.json;
}

/** Ava's activity in every form Ben can read (tests/support/world.ts, over HTTP). */
async function oneOfEverything(ava: BrowserContext, ben: BrowserContext) {
  const invite = await call(ava, "invite.create");
  const inviteToken = new URL(invite.url ?? "").pathname.split("/").pop() ?? "";
  await call(ben, "invite.accept", { token: inviteToken });
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" }).format(new Date());
  const { id: boundary = "" } = await call(ben, "boundary.propose", {
    title: "Phones away at dinner",
    description: "Both of us",
    category: "communication",
    owner: "ours",
  });
  await call(ava, "boundary.agree", { id: boundary, rev: 0, versionNumber: 1 });
  await call(ava, "boundary.propose", {
    title: "Mine, pending",
    description: "What it means",
    category: "communication",
    owner: "mine",
    note: "A note",
  });
  const { id: shared = "" } = await call(ben, "commitment.create", {
    title: "Walk together",
    who: "both",
    cadence: { kind: "daily" },
  });
  const { id: avasOwn = "" } = await call(ava, "commitment.create", {
    title: "Call when late",
    who: "me",
    cadence: { kind: "daily" },
    boundaryId: boundary,
  });
  await call(ava, "commitment.checkIn", {
    commitmentId: avasOwn,
    day: today,
    outcome: "partly",
    note: "shared now",
    noteShared: true,
  });
  await call(ava, "commitment.checkIn", { commitmentId: shared, day: today, outcome: "kept" });
  const { id: bensCheckIn = "" } = await call(ben, "commitment.checkIn", {
    commitmentId: shared,
    day: today,
    outcome: "kept",
    note: "Ben's shared note",
    noteShared: true,
  });
  await call(ava, "commitment.acknowledge", {
    checkInId: bensCheckIn,
    kind: "differ",
    note: "I remember it so",
  });
  const text = { whatIDid: "What I did", impact: "How it landed", different: "What I'll do" };
  await call(ava, "amends.create", text);
  const { id: amends = "" } = await call(ava, "amends.create", { ...text, share: true });
  await call(ben, "amends.answer", { id: amends, answer: "talk", note: "Let's talk" });
  await call(ava, "amends.followUp", { id: amends, note: "A follow-up" });
  await call(ben, "amends.markTalked", { id: amends });
  await call(ava, "talk.setDay", { day: dayOfWeek(today) });
  const lastWeek = addDays(today, -7);
  const said = (tag: string) => ({ appreciation: tag, wentWell: tag, hard: tag, request: tag, submit: true });
  await call(ava, "talk.save", { week: lastWeek, ...said("Ava's talk") });
  await call(ben, "talk.save", { week: lastWeek, ...said("Ben's talk") });
  await call(ava, "talk.save", { week: today, ...said("Ava's answer, not revealed"), submit: false });
  const { id: repairTalk = "" } = await call(ava, "repairTalk.start", { about: "What happened" });
  await call(ava, "repairTalk.save", {
    id: repairTalk,
    step: "felt",
    feelings: ["hurt"],
    text: "How I felt",
    share: true,
  });
  const walk = builtInKey("evening-walk");
  await call(ava, "qualityTime.mark", { ideaKey: walk, choice: "yes" });
  await call(ben, "qualityTime.mark", { ideaKey: walk, choice: "yes" });
  await call(ava, "qualityTime.mark", { ideaKey: builtInKey("hike"), choice: "not-now" });
  const { id: qualityTime = "" } = await call(ava, "qualityTime.schedule", { ideaKey: walk, day: today });
  await call(ava, "qualityTime.reflect", { id: qualityTime, moment: "Ava's moment", closeness: 4 });
  await call(ben, "qualityTime.reflect", { id: qualityTime, moment: "Ben's moment", closeness: 3 });
  const { id: share = "" } = await call(ava, "counselor.propose", {});
  const { url = "" } = await call(ben, "counselor.approve", { id: share, includeMyNotes: false });
  await call(ava, "sharingBreak.start", { days: 2 });
  await call(ava, "sharingBreak.end");
  return {
    shared,
    avasOwn,
    boundary,
    amends,
    lastWeek,
    repairTalk,
    qualityTime,
    inviteToken,
    counselorToken: url.split("/c/")[1] ?? "",
  };
}

/** What in a page's text tells a time of day: an ISO time, a payload's Date, a cuid v1 (decoded). */
function timesIn(body: string): string[] {
  const iso = body.match(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}[^"\\<\s]*/g) ?? [];
  const dates = body.match(/"\$D[^"]*"/g) ?? [];
  const ids = (body.match(/\bc[a-z0-9]{24}\b/g) ?? []).filter(
    (id) => Math.abs(Number.parseInt(id.slice(1, 9), 36) - Date.now()) < 365 * 86_400_000,
  );
  return [...iso, ...dates, ...ids.map((id) => `id ${id}`)];
}

test("finds a time when there is one (the walker works)", () => {
  const v1 = `c${Date.now().toString(36)}0000abcdefghijkl`;
  expect(timesIn(`<a href="/x/${v1}">"2026-12-01T10:00:00.000Z" "$D2026-12-01T10:00:00.000Z"</a>`)).toEqual([
    "2026-12-01T10:00:00.000Z",
    "2026-12-01T10:00:00.000Z",
    '"$D2026-12-01T10:00:00.000Z"',
    `id ${v1}`,
  ]);
  expect(timesIn('"2026-12-01" ctk1z8yqe3x0w2v9u8t7s6r5q')).toEqual([]);
});

test("lists every page of the app", () => {
  const routes = pageRoutes().sort();
  expect(routes.filter((r) => !(r in PAGES))).toEqual([]);
  expect(Object.keys(PAGES).filter((r) => !routes.includes(r))).toEqual([]);
});

test("no page Ben opens, as HTML or RSC payload, carries a time of day or a time-bearing id", async ({
  browser,
  context,
  user,
}) => {
  test.slow();
  expect(user.email).toBeTruthy();
  const ben = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": fakeIp() } });
  const benUser = newUserData("Ben");
  await createAccount(ben.request, benUser);
  await signInOverHttp(ben, benUser);
  const w = await oneOfEverything(context, ben);
  const found: string[] = [];
  let pages = 0;
  let payloads = 0;
  for (const [route, urls] of Object.entries(PAGES)) {
    for (const url of urls(w)) {
      for (const headers of [{}, { rsc: "1" }] as Record<string, string>[]) {
        const res = await ben.request.get(url, { headers });
        const body = await res.text();
        expect(res.status(), `${url} ${JSON.stringify(headers)}`).toBeLessThan(500);
        if (res.ok()) pages += 1;
        if (headers.rsc && res.headers()["content-type"]?.includes("text/x-component")) payloads += 1;
        for (const time of timesIn(body))
          found.push(`${route} ${url}${headers.rsc ? " (RSC)" : ""}: ${time}`);
      }
    }
  }
  // The walk read real pages (so an error page everywhere can't pass).
  expect(pages).toBeGreaterThan(50);
  expect(payloads).toBeGreaterThan(25);
  const amends = await ben.request.get(`/amends/${w.amends}`);
  expect(await amends.text()).toContain("A follow-up");
  expect(found).toEqual([]);
  await ben.close();
});
