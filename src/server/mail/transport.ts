// How mail leaves the app: one pooled SMTP transport per process (nodemailer over SMTP_URL).
// Never closed per send: the pool keeps a few connections open and `socketTimeout` reaps idle ones.
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/env";

export type MailTransport = Pick<Transporter, "sendMail" | "close">;

/** Whether this server sends mail at all (SMTP_URL set). Without it the app works fully. */
export const mailEnabled = () => Boolean(env.SMTP_URL);

export function createMailTransport(url: string, options: { tls?: boolean } = {}): MailTransport {
  return nodemailer.createTransport({
    url,
    pool: true,
    maxConnections: 3,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
    // Test servers (smtp-server) offer STARTTLS with an expired certificate of their own.
    ...(options.tls === false ? { ignoreTLS: true } : {}),
  });
}

const globalForMail = globalThis as unknown as { keptMailTransport?: MailTransport };

/** The process's transport, made on first use; null when mail is off. */
export function mailTransport(): MailTransport | null {
  if (!env.SMTP_URL) return null;
  globalForMail.keptMailTransport ??= createMailTransport(env.SMTP_URL);
  return globalForMail.keptMailTransport;
}
