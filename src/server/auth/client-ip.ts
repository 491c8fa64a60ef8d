// The client's address for rate limiting. Next.js's server appends the socket's address to
// X-Forwarded-For, and a reverse proxy appends its peer's: the rightmost entry is the one the
// client cannot forge.
export function clientIp(headers: Headers | Record<string, string | string[] | undefined>) {
  const get = (name: string) => {
    if (headers instanceof Headers) return headers.get(name) ?? undefined;
    const value = headers[name];
    return Array.isArray(value) ? value.join(",") : value;
  };
  const forwarded = get("x-forwarded-for")
    ?.split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  return forwarded?.at(-1) ?? get("x-real-ip") ?? "unknown";
}
