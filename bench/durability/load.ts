// The clients of the durability bench: each one is a signed-in person who, until the deadline,
// logs a check-in and then reads the dashboard, over and over. Every check-in changes the value of
// its (commitment, day) key, so each acknowledged write must leave exactly one row behind: the
// check-in itself (the first write of a key) or a revision (every later one). Bodies are read, so
// the bench knows which writes were acknowledged and with what.

export const OUTCOMES = ["kept", "partly", "missed"] as const;
export type Outcome = (typeof OUTCOMES)[number];

export type ClientSpec = {
  cookie: string;
  ip: string;
  /** The keys this client writes, cycled in order: (commitment, local day). */
  keys: { commitmentId: string; day: string }[];
};

/** What a client knows about one key at the end. */
export type KeyLedger = {
  commitmentId: string;
  day: string;
  /** 2xx answers with status created or amended. */
  acknowledged: number;
  /** Answers that didn't say (5xx, no answer): the write may or may not have landed. */
  uncertain: number;
  lastAcknowledged: Outcome | null;
  /** Whether a write without an answer came after the last acknowledged one. */
  uncertainAfterLast: boolean;
};

export type Tally = {
  requests: number;
  s2xx: number;
  s4xx: number;
  s5xx: number;
  /** No HTTP answer at all (connection error or the 30 s client timeout). */
  noAnswer: number;
  latenciesMs: number[];
};

export type LoadResult = {
  checkIn: Tally & { created: number; amended: number; unchanged: number };
  dashboard: Tally;
  ledgers: KeyLedger[];
  /** A few distinct non-2xx answers, to say what went wrong. */
  samples: string[];
};

const tally = (): Tally => ({ requests: 0, s2xx: 0, s4xx: 0, s5xx: 0, noAnswer: 0, latenciesMs: [] });

const dashboardPath = `/api/trpc/consistency.dashboard?input=${encodeURIComponent(JSON.stringify({ json: {} }))}`;

type Answer = { status: number; body: string; ms: number } | { status: 0; body: string; ms: number };

async function call(url: string, init: RequestInit): Promise<Answer> {
  const started = performance.now();
  try {
    const res = await fetch(url, { ...init, signal: AbortSignal.timeout(30_000) });
    const body = await res.text();
    return { status: res.status, body, ms: performance.now() - started };
  } catch (error) {
    return {
      status: 0,
      body: error instanceof Error ? error.message : String(error),
      ms: performance.now() - started,
    };
  }
}

function count(t: Tally, a: Answer) {
  t.requests++;
  t.latenciesMs.push(a.ms);
  if (a.status === 0) t.noAnswer++;
  else if (a.status >= 500) t.s5xx++;
  else if (a.status >= 400) t.s4xx++;
  else if (a.status >= 200 && a.status < 300) t.s2xx++;
}

/** The status of a check-in answer (`{"result":{"data":{"json":{"id","status"}}}}`). */
function saveStatus(body: string): string | null {
  try {
    const parsed = JSON.parse(body) as { result?: { data?: { json?: { status?: unknown } } } };
    const status = parsed.result?.data?.json?.status;
    return typeof status === "string" ? status : null;
  } catch {
    return null;
  }
}

export async function runClients(
  baseUrl: string,
  clients: ClientSpec[],
  seconds: number,
  /** Asked after `seconds`: the clients go on while it says so (e.g. until a restart is over). */
  keepGoing: () => boolean = () => false,
): Promise<LoadResult> {
  const result: LoadResult = {
    checkIn: { ...tally(), created: 0, amended: 0, unchanged: 0 },
    dashboard: tally(),
    ledgers: [],
    samples: [],
  };
  const sample = (what: string, a: Answer) => {
    const line = `${what} ${a.status || "no answer"}: ${a.body.slice(0, 200)}`;
    if (result.samples.length < 10 && !result.samples.includes(line)) result.samples.push(line);
  };
  const deadline = performance.now() + seconds * 1000;

  await Promise.all(
    clients.map(async (client) => {
      const headers = { cookie: client.cookie, "x-forwarded-for": client.ip };
      const ledgers: (KeyLedger & { pending: Outcome | null })[] = client.keys.map((k) => ({
        ...k,
        acknowledged: 0,
        uncertain: 0,
        lastAcknowledged: null,
        uncertainAfterLast: false,
        pending: null,
      }));
      for (let n = 0; performance.now() < deadline || keepGoing(); n++) {
        const ledger = ledgers[n % ledgers.length];
        if (!ledger) break;
        // A value the key holds neither for sure nor possibly, so that the write is a real change.
        const outcome =
          OUTCOMES.find((o) => o !== ledger.lastAcknowledged && o !== ledger.pending) ?? OUTCOMES[0];
        const write = await call(`${baseUrl}/api/trpc/commitment.checkIn`, {
          method: "POST",
          headers: { ...headers, "content-type": "application/json" },
          body: JSON.stringify({
            json: { commitmentId: ledger.commitmentId, day: ledger.day, outcome, noteShared: false },
          }),
        });
        count(result.checkIn, write);
        if (write.status >= 200 && write.status < 300) {
          const status = saveStatus(write.body);
          if (status === "created") result.checkIn.created++;
          else if (status === "amended") result.checkIn.amended++;
          else {
            result.checkIn.unchanged++;
            sample("check-in answered", write);
          }
          if (status === "created" || status === "amended") {
            ledger.acknowledged++;
            ledger.lastAcknowledged = outcome;
            ledger.uncertainAfterLast = false;
            ledger.pending = null;
          }
        } else if (write.status === 0 || write.status >= 500) {
          ledger.uncertain++;
          ledger.uncertainAfterLast = true;
          ledger.pending = outcome;
          sample("check-in", write);
        } else {
          sample("check-in", write);
        }

        const read = await call(`${baseUrl}${dashboardPath}`, { headers });
        count(result.dashboard, read);
        if (read.status < 200 || read.status >= 300) sample("dashboard", read);
      }
      for (const { pending: _pending, ...ledger } of ledgers) result.ledgers.push(ledger);
    }),
  );
  return result;
}

export function percentiles(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
  return { p50Ms: at(0.5), p95Ms: at(0.95), p99Ms: at(0.99), maxMs: sorted.at(-1) ?? 0 };
}
