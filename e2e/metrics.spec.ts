import { expect, test } from "@playwright/test";

// Prometheus metrics, closed by default: only with METRICS_TOKEN (playwright.config.ts sets one),
// never because a request seems to come from this machine.
const AUTH = { authorization: "Bearer e2e-metrics-token-0123456789" };
test("/api/metrics: request and procedure durations with the token, nothing for anyone else", async ({
  request,
}) => {
  expect((await request.get("/api/trpc/user.me")).status()).toBe(401);
  expect((await request.get("/api/health/ready")).status()).toBe(200);
  const res = await request.get("/api/metrics", { headers: AUTH });
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("text/plain");
  const text = await res.text();
  expect(text).toMatch(
    /kept_trpc_procedure_duration_seconds_count\{procedure="user\.me",type="query",code="UNAUTHORIZED"\} [1-9]/,
  );
  expect(text).toMatch(
    /kept_http_request_duration_seconds_count\{method="GET",route="\/api\/health\/ready",status="200"\} [1-9]/,
  );
  // Node's default metrics under their standard names, for stock dashboards.
  expect(text).toMatch(/^process_resident_memory_bytes \d+/m);
  expect(text).toMatch(/^nodejs_eventloop_lag_seconds /m);
  expect(text).not.toContain("kept_process_");
  expect(text).toMatch(/^kept_live_streams_open \d+$/m);
  expect(text).toMatch(/^kept_mail_outbox_mails\{status="pending"\} \d+$/m);
  expect(text).toMatch(/^kept_mail_outbox_oldest_pending_seconds \d+/m);
  // From this machine without the token, directly or claiming to be it through the trusted proxy,
  // and from elsewhere: nothing.
  const tries: Record<string, string>[] = [
    {},
    { "x-forwarded-for": "127.0.0.1" },
    { "x-forwarded-for": "203.0.113.5" },
  ];
  for (const headers of tries) {
    const refused = await request.get("/api/metrics", { headers });
    expect(refused.status()).toBe(404);
    expect(await refused.text()).not.toContain("kept_");
  }
});
