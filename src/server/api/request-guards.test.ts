import { describe, expect, it } from "vitest";
import { isCrossSite, ownOrigin, withinBodyLimit } from "./request-guards";

// Next builds a route handler's req.url from its own configuration, not from the Host header.
const post = (headers: Record<string, string>) =>
  new Request("http://localhost:3000/api/trpc/user.updateProfile", { method: "POST", headers, body: "{}" });

describe("isCrossSite", () => {
  it("accepts our own pages at APP_URL, or at whatever address the request was sent to", () => {
    expect(isCrossSite(post({ origin: "http://localhost:3000", host: "localhost:3000" }))).toBe(false);
    // The origin trap: the same server opened at 127.0.0.1, or started on another port.
    expect(isCrossSite(post({ origin: "http://127.0.0.1:3000", host: "127.0.0.1:3000" }))).toBe(false);
    expect(isCrossSite(post({ origin: "http://localhost:3977", host: "localhost:3977" }))).toBe(false);
    // Behind a TLS proxy that names the public host.
    expect(
      isCrossSite(
        post({
          origin: "https://kept.example",
          host: "10.0.0.5:3000",
          "x-forwarded-host": "kept.example",
          "x-forwarded-proto": "https",
        }),
      ),
    ).toBe(false);
  });

  it("refuses another site's page, whatever address the request went to", () => {
    expect(isCrossSite(post({ origin: "https://evil.test", host: "127.0.0.1:3000" }))).toBe(true);
    expect(isCrossSite(post({ origin: "http://127.0.0.1:3000", host: "localhost:3977" }))).toBe(true);
    expect(isCrossSite(post({ origin: "null", host: "localhost:3000" }))).toBe(true);
  });

  it("leaves GET and requests without an Origin to the other rules", () => {
    expect(
      isCrossSite(new Request("http://localhost:3000/x", { headers: { origin: "https://evil.test" } })),
    ).toBe(false);
    expect(isCrossSite(post({ host: "localhost:3000" }))).toBe(false);
  });

  it("reads the request's own origin from Host or X-Forwarded-Host and the protocol", () => {
    expect(ownOrigin(post({ host: "127.0.0.1:3977" }))).toBe("http://127.0.0.1:3977");
    expect(
      ownOrigin(post({ host: "a", "x-forwarded-host": "kept.example, b", "x-forwarded-proto": "https" })),
    ).toBe("https://kept.example");
    expect(ownOrigin(post({ host: "bad host/" }))).toBeNull();
  });
});

describe("withinBodyLimit", () => {
  const stream = (chunks: number, size: number, pulled: { count: number }) =>
    new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled.count >= chunks) return controller.close();
        pulled.count++;
        controller.enqueue(new Uint8Array(size));
      },
    });
  const streamed = (body: ReadableStream<Uint8Array>, headers: Record<string, string> = {}) =>
    new Request("http://localhost/api/trpc/x", {
      method: "POST",
      body,
      headers,
      duplex: "half",
    } as RequestInit);

  it("refuses a declared length over the limit without reading a byte", async () => {
    const pulled = { count: 0 };
    expect(
      await withinBodyLimit(streamed(stream(100, 1024, pulled), { "content-length": "102400" }), 64 * 1024),
    ).toBeNull();
    // A stream fills its queue of one chunk by itself; nothing past that is asked for.
    expect(pulled.count).toBeLessThanOrEqual(1);
  });

  it("stops reading a body sent without a length once it passes the limit", async () => {
    const pulled = { count: 0 };
    expect(await withinBodyLimit(streamed(stream(30 * 1024, 1024, pulled)), 64 * 1024)).toBeNull();
    expect(pulled.count).toBeLessThan(70);
  });

  it("passes a body within the limit on whole", async () => {
    const req = await withinBodyLimit(post({ "content-type": "application/json" }), 64 * 1024);
    expect(await req?.text()).toBe("{}");
    expect(req?.headers.get("content-type")).toBe("application/json");
  });
});
