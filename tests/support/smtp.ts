// A real SMTP server for tests (smtp-server), with mailparser reading what arrived. STARTTLS is
// off: smtp-server's bundled certificate has expired, and nodemailer would refuse it.
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export type TestSmtp = {
  url: string;
  port: number;
  inbox: ParsedMail[];
  /** Attempts refused (when `refuse` said so). */
  refused: number;
  /** Waits until a mail to `to` (or `count` of them) arrived, or fails after `ms`. */
  waitFor(to: string, options?: { count?: number; ms?: number; subject?: string }): Promise<ParsedMail[]>;
  close(): Promise<void>;
};

export async function startSmtp(options: { refuse?: () => boolean } = {}): Promise<TestSmtp> {
  const inbox: ParsedMail[] = [];
  const state = { refused: 0 };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      const refuse = options.refuse?.() ?? false;
      simpleParser(stream).then(
        (mail) => {
          if (refuse) {
            state.refused++;
            const error = Object.assign(new Error("Try again later"), { responseCode: 451 });
            callback(error);
            return;
          }
          inbox.push(mail);
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  // A client killed mid-conversation resets its connection: expected in the fault tests.
  server.on("error", () => {});
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  const recipients = (m: ParsedMail) =>
    (Array.isArray(m.to) ? m.to : m.to ? [m.to] : []).flatMap((a) =>
      a.value.map((v) => v.address?.toLowerCase()),
    );
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    inbox,
    get refused() {
      return state.refused;
    },
    async waitFor(to, { count = 1, ms = 10_000, subject } = {}) {
      const deadline = Date.now() + ms;
      for (;;) {
        const found = inbox.filter(
          (m) => recipients(m).includes(to.toLowerCase()) && (subject === undefined || m.subject === subject),
        );
        if (found.length >= count) return found;
        if (Date.now() > deadline)
          throw new Error(`no mail to ${to} within ${ms} ms (${found.length} of ${count})`);
        await new Promise((r) => setTimeout(r, 25));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
