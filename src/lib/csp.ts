/**
 * The Content-Security-Policy of every page. Scripts run only with this response's nonce (Next
 * puts it on its own scripts) or when loaded by one of them ('strict-dynamic'): an injected
 * <script> or inline handler doesn't run. Styles keep 'unsafe-inline' for React's style
 * attributes (charts, the heatmap); styles can't run code.
 */
export function pageCsp(nonce: string, { development }: { development: boolean }) {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** A fresh nonce per response: 128 random bits. */
export function newNonce() {
  return Buffer.from(crypto.randomUUID()).toString("base64");
}
