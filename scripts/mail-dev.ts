// `npm run mail:dev`: a local mail catcher for development. An SMTP server on 127.0.0.1:1025 (or
// MAIL_DEV_PORT) that accepts every mail and prints it: headers that matter, the text part, and
// the links in it. Point the app at it with SMTP_URL=smtp://127.0.0.1:1025 in .env.
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

const port = Number(process.env.MAIL_DEV_PORT ?? 1025);
const server = new SMTPServer({
  authOptional: true,
  // smtp-server's own STARTTLS certificate has expired: plain SMTP on localhost only.
  disabledCommands: ["STARTTLS"],
  logger: false,
  onData(stream, _session, callback) {
    simpleParser(stream).then(
      (mail) => {
        const to = Array.isArray(mail.to) ? mail.to.map((a) => a.text).join(", ") : (mail.to?.text ?? "");
        const unsubscribe = mail.headers.get("list-unsubscribe");
        console.log(
          [
            "─".repeat(72),
            `To:       ${to}`,
            `Subject:  ${mail.subject ?? ""}`,
            `Id:       ${mail.messageId ?? ""}`,
            ...(unsubscribe ? [`Unsubscribe: ${JSON.stringify(unsubscribe)}`] : []),
            "",
            (mail.text ?? "").trim(),
          ].join("\n"),
        );
        callback();
      },
      (error: Error) => callback(error),
    );
  },
});
server.listen(port, "127.0.0.1", () => {
  console.log(
    `Mail catcher on smtp://127.0.0.1:${port}: set SMTP_URL=smtp://127.0.0.1:${port} and start Kept.`,
  );
});
process.on("SIGINT", () => server.close(() => process.exit(0)));
